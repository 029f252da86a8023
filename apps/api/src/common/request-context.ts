import { Actor, AuthService, UnauthenticatedError } from '@practicum/core';
import { Request } from 'express';
import { sessionTokenOfRequest } from './session-cookie';

/** The outcome of reading a request's bearer token (or session cookie): who it is, or why the token was refused. */
export interface Authentication {
  actor: Actor | null;
  error?: Error;
}

export type RequestWithActor = Request & {
  actor?: Actor | null;
  /** Read once per request and shared by every field of the operation (root fields run concurrently). */
  authentication?: Promise<Authentication>;
  id?: string | number;
};

/**
 * Who sent the request, read from its bearer token (or the portal's session cookie) once and shared by every root field (they run
 * concurrently) and by the listing cache. Public operations ignore a bad token (they answer as
 * anonymous); private ones refuse it.
 */
export function readAuthentication(req: RequestWithActor, auth: AuthService): Promise<Authentication> {
  return (req.authentication ??= authenticateRequest(req, auth));
}

/** Reads the request's token again, ignoring the one cached for the request (a subscription checks it on every push). */
export async function authenticateRequest(req: RequestWithActor, auth: AuthService): Promise<Authentication> {
  const header = req.headers?.authorization;
  // Programs send the header; the portal's browser sends the session cookie. The header wins.
  const token = header ? header.match(/^Bearer\s+(\S+)$/i)?.[1] : sessionTokenOfRequest(req);
  if (!header && !token) return { actor: null };
  if (!token)
    return { actor: null, error: new UnauthenticatedError('Send the token as Authorization: Bearer <token>') };
  try {
    return { actor: await auth.authenticate(token) };
  } catch (e) {
    return { actor: null, error: e as Error };
  }
}
