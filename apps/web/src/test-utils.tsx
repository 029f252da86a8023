import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Client } from 'urql';
import { fromValue, subscribe } from 'wonka';
import { AuthProvider } from './app/auth';
import { theme } from './app/theme';

type Answer = { data?: unknown; error?: unknown };

/** A urql client whose queries and mutations answer from `answer(operationName, variables)`. */
export function fakeClient(
  answer: (name: string, variables: Record<string, unknown>) => Answer,
): Client & { calls: { name: string; variables: Record<string, unknown> }[] } {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const respond = (operation: {
    query: { definitions: readonly { kind: string; name?: { value: string } }[] };
    variables: Record<string, unknown>;
  }) => {
    const name = operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';
    calls.push({ name, variables: operation.variables });
    const source = fromValue({ operation, stale: false, hasNext: false, ...answer(name, operation.variables) });
    // As urql's sources: `subscribe` (usePagedQuery's further pages) besides being a wonka source.
    return Object.assign(source, { subscribe: (onResult: (result: unknown) => void) => subscribe(onResult)(source) });
  };
  const client = {
    calls,
    executeQuery: respond,
    executeMutation: respond,
    executeSubscription: respond,
    query: (query: unknown, variables: Record<string, unknown>) => ({
      toPromise: async () => ({
        ...answer(
          (query as { definitions: { name?: { value: string } }[] }).definitions[0].name?.value ?? '',
          variables ?? {},
        ),
      }),
    }),
    mutation: (query: unknown, variables: Record<string, unknown>) => ({
      toPromise: async () => {
        const name = (query as { definitions: { name?: { value: string } }[] }).definitions[0].name?.value ?? '';
        calls.push({ name, variables: variables ?? {} });
        return { ...answer(name, variables ?? {}) };
      },
    }),
    reexecuteOperation: () => undefined,
    suspense: false,
  };
  return client as unknown as Client & { calls: typeof calls };
}

export function renderWithApp(ui: ReactElement, client: Client, path = '/') {
  return render(
    <MantineProvider theme={theme}>
      <AuthProvider client={client}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </AuthProvider>
    </MantineProvider>,
  );
}
