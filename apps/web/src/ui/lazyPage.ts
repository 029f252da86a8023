import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy`, and when the address the app was opened at (or is at when this module first runs)
 * is this page's, the chunk starts loading at once: alongside the session check and the area's own
 * chunk instead of one round trip after each of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPage<T extends ComponentType<any>>(opensAt: RegExp, load: () => Promise<{ default: T }>) {
  if (typeof window !== 'undefined' && opensAt.test(window.location.pathname)) load().catch(() => undefined);
  return lazy(load);
}
