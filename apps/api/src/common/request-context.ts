import { Actor } from '@practicum/core';
import { Request } from 'express';

/** The outcome of reading a request's bearer token: who it is, or why the token was refused. */
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
