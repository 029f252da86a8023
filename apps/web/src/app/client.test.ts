import { afterEach, describe, expect, it } from 'vitest';
import { hasAccessToken, requestHeaders, setAccessToken } from './client';

describe('GraphQL client credentials', () => {
  afterEach(() => setAccessToken(null));

  it('sends the CSRF header on every request and the token only while signed in', () => {
    expect(requestHeaders()).toEqual({ 'apollo-require-preflight': 'true' });
    setAccessToken('token-1');
    expect(requestHeaders()).toEqual({ 'apollo-require-preflight': 'true', authorization: 'Bearer token-1' });
    setAccessToken(null);
    expect(hasAccessToken()).toBe(false);
    expect(requestHeaders().authorization).toBeUndefined();
  });

  it('never writes the token to web storage', () => {
    setAccessToken('token-2');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).not.toContain('token-2');
  });
});
