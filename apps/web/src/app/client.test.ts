import { describe, expect, it } from 'vitest';
import { requestHeaders, webSocketUrl } from './client';

describe('GraphQL client', () => {
  it('sends the CSRF header on every request and no token of its own (the session is the httpOnly cookie)', () => {
    expect(requestHeaders()).toEqual({ 'apollo-require-preflight': 'true' });
  });

  it('opens the subscription socket on the same origin, encrypted when the page is', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'practicum.example' })).toBe('wss://practicum.example/graphql');
    expect(webSocketUrl({ protocol: 'http:', host: '127.0.0.1:3000' })).toBe('ws://127.0.0.1:3000/graphql');
  });
});
