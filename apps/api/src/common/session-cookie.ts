import type { CookieOptions, Request, Response } from 'express';

/** The portal's session: the access token in an httpOnly cookie (also read by the queue dashboard). */
export const SESSION_COOKIE = 'practicum_token';

/** The token of the session cookie in a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  const raw = /(?:^|;\s*)practicum_token=([^;]*)/.exec(cookieHeader ?? '')?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export function sessionTokenOfRequest(req: Pick<Request, 'headers'>): string | undefined {
  return sessionTokenOf(req.headers?.cookie);
}

function options(secure: boolean): CookieOptions {
  // Lax keeps the cookie on a top-level link into the portal; cross-site POSTs and fetches go without it.
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(
  res: Response | undefined,
  token: { accessToken: string; expiresAt: Date },
  secure: boolean,
): void {
  res?.cookie(SESSION_COOKIE, token.accessToken, { ...options(secure), expires: token.expiresAt });
}

export function clearSessionCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(SESSION_COOKIE, options(secure));
}
