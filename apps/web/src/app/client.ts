import type { Client as WsClient } from 'graphql-ws';
import {
  Client,
  cacheExchange,
  fetchExchange,
  getOperationName,
  mapExchange,
  subscriptionExchange,
  type Operation,
} from 'urql';

/**
 * Headers of every request: the CSRF header that Apollo's csrfPrevention asks of cookie requests.
 * The session itself is the API's httpOnly cookie, which no script here can read.
 */
export function requestHeaders(): Record<string, string> {
  return { 'apollo-require-preflight': 'true' };
}

const SIGN_IN_OPERATIONS = new Set([
  'Login',
  'Logout',
  'RegisterOrganization',
  'RegisterStudent',
  'AcceptInvitation',
  'Me',
  'RequestPasswordReset',
  'ResetPassword',
]);

const operationName = (operation: Operation) => getOperationName(operation.query) ?? '';

/** Whether the subscription socket is open; pages poll instead while it is not. */
let socketOpen = false;
const socketListeners = new Set<() => void>();
function setSocketOpen(open: boolean) {
  if (open === socketOpen) return;
  socketOpen = open;
  socketListeners.forEach((listener) => listener());
}
export const liveSocket = {
  isOpen: () => socketOpen,
  subscribe: (listener: () => void) => {
    socketListeners.add(listener);
    return () => socketListeners.delete(listener);
  },
};

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

let ws: Promise<WsClient> | null = null;

/** The graphql-ws client, loaded on the first subscription so the sign-in page does not carry it. */
function wsClient(): Promise<WsClient> {
  ws ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: webSocketUrl(window.location),
      lazy: true,
      // Keeps trying after a drop; the pages poll meanwhile.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: () => setSocketOpen(true),
        closed: () => setSocketOpen(false),
        error: () => setSocketOpen(false),
      },
    }),
  );
  return ws;
}

/** Closes the socket (at sign-out), so the next member's subscriptions open one with their own cookie. */
export function closeLiveSocket(): void {
  const current = ws;
  ws = null;
  setSocketOpen(false);
  void current?.then((client) => client.dispose());
}

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
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe(sink) {
            let unsubscribe: (() => void) | null = null;
            let closed = false;
            void wsClient().then((client) => {
              if (!closed) unsubscribe = client.subscribe({ ...request, query: request.query ?? '' }, sink);
            });
            return {
              unsubscribe() {
                closed = true;
                unsubscribe?.();
              },
            };
          },
        }),
      }),
    ],
  });
}
