import { Client, cacheExchange, fetchExchange, mapExchange, type Operation } from 'urql';

let accessToken: string | null = null;

/**
 * Until the API sets its httpOnly cookie, the token that `login` returns is kept in memory only
 * (never in storage a script could read later); with the cookie, the browser sends it itself.
 */
export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Headers of every request: the CSRF header that Apollo's csrfPrevention asks of cookie requests, and the in-memory token. */
export function requestHeaders(): Record<string, string> {
  return {
    'apollo-require-preflight': 'true',
    ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
  };
}

const SIGN_IN_OPERATIONS = new Set(['Login', 'RegisterOrganization', 'RegisterStudent', 'AcceptInvitation', 'Me']);

const operationName = (operation: Operation) =>
  operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';

export function createGraphqlClient(onSessionLost: (message: string) => void, url = '/graphql'): Client {
  return new Client({
    url,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ credentials: 'include', headers: requestHeaders() }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (SIGN_IN_OPERATIONS.has(operationName(operation))) return;
          const lost = error.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (lost) onSessionLost(lost.message);
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
