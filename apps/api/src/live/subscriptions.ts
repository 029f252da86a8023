import type { IncomingMessage } from 'node:http';
import { AppConfig } from '@practicum/config';
import { AuthService } from '@practicum/core';
import type { Context } from 'graphql-ws';
import { authenticateRequest, RequestWithActor } from '../common/request-context';
import { sessionTokenOf } from '../common/session-cookie';

type WsContext = Context<Record<string, unknown> | undefined, unknown>;
const upgradeOf = (ctx: WsContext) => (ctx.extra as { request: IncomingMessage }).request;

/**
 * The request a subscription is authenticated with: the `authorization` connection parameter
 * (`Bearer <token>` or the bare token) for programs, or the session cookie sent with the upgrade.
 */
export function subscriptionRequest(ctx: WsContext): RequestWithActor {
  const given = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  const authorization =
    typeof given === 'string' && given ? (/^Bearer\s/i.test(given) ? given : `Bearer ${given}`) : undefined;
  const cookie = upgradeOf(ctx).headers.cookie;
  return { headers: { ...(authorization ? { authorization } : { cookie }) } } as RequestWithActor;
}

/** A browser sends the cookie with a WebSocket from any site: with the cookie, the page must be our own. */
function sameOrigin(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const { host } = new URL(origin);
    return host === request.headers.host || origin === new URL(config.publicUrl).origin;
  } catch {
    return false;
  }
}

/** graphql-ws on /graphql: a connection is accepted only for a valid token, and keeps the request it was authenticated with. */
export function graphqlWsOptions(auth: AuthService, config: AppConfig) {
  return {
    path: '/graphql',
    onConnect: async (ctx: WsContext) => {
      const req = subscriptionRequest(ctx);
      if (!req.headers.authorization && !sessionTokenOf(req.headers.cookie)) return false;
      if (!req.headers.authorization && !sameOrigin(upgradeOf(ctx), config)) return false;
      const { actor } = await authenticateRequest(req, auth);
      return !!actor;
    },
  };
}
