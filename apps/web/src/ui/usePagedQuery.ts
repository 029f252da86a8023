import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createRequest,
  useClient,
  useQuery,
  type AnyVariables,
  type CombinedError,
  type DocumentInput,
  type RequestPolicy,
} from 'urql';

/** What a Relay-style connection gives a pager. */
export interface ConnectionPage<E> {
  edges: readonly E[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PageResult<D> {
  data?: D;
  error?: CombinedError;
  fetching: boolean;
}

/** The edges of the pages in order; an edge seen on an earlier page (the list moved meanwhile) is shown once, where it first was. */
export function mergePages<E>(pages: readonly (readonly E[] | undefined)[], idOf: (edge: E) => string): E[] {
  const seen = new Set<string>();
  const all: E[] = [];
  for (const page of pages)
    for (const edge of page ?? []) {
      const id = idOf(edge);
      if (seen.has(id)) continue;
      seen.add(id);
      all.push(edge);
    }
  return all;
}

interface State<D> {
  key: number;
  /** The `after` cursor of each page after the first, in order. */
  cursors: string[];
  results: Record<string, PageResult<D>>;
}

/**
 * A query over a cursor connection, shown page after page ("Load more"). The first page is an
 * ordinary `useQuery`; each further page is a query of its own (`after` the previous page's
 * endCursor) that stays subscribed, so a mutation that touches its items refreshes it as it does
 * the first. Other variables start again at the first page. With `all`, every page is fetched, one
 * after the other (for a list that must be whole, such as a ranking).
 *
 * The query takes `$after: String` and fixes its page size; `variables` are the others.
 */
export function usePagedQuery<D, V extends AnyVariables, E>({
  query,
  variables,
  connection,
  idOf,
  all = false,
  pause = false,
}: {
  query: DocumentInput<D, V>;
  variables: Omit<V, 'after'>;
  connection: (data: D) => ConnectionPage<E>;
  idOf: (edge: E) => string;
  all?: boolean;
  pause?: boolean;
}) {
  const client = useClient();
  const withCursor = (after: string | null) => ({ ...variables, after }) as unknown as V;
  const [first, refetchFirst] = useQuery<D, V>({ query, variables: withCursor(null), pause });
  const key = createRequest(query, withCursor(null)).key;

  const [state, setState] = useState<State<D>>({ key, cursors: [], results: {} });
  const current = useMemo<State<D>>(
    () => (state.key === key ? state : { key, cursors: [], results: {} }),
    [state, key],
  );
  if (state !== current) setState(current);

  // The live query of each further page, by cursor; all of them end when the variables or the client change.
  const subscriptions = useRef(new Map<string, { unsubscribe(): void }>());
  const latest = useRef({ query, withCursor, connection, idOf });
  latest.current = { query, withCursor, connection, idOf };
  const subscribe = useCallback(
    (cursor: string, requestPolicy?: RequestPolicy) => {
      subscriptions.current.get(cursor)?.unsubscribe();
      const request = createRequest(latest.current.query, latest.current.withCursor(cursor));
      const put = (result: PageResult<D>) =>
        setState((s) => (s.key === key ? { ...s, results: { ...s.results, [cursor]: result } } : s));
      put({ ...current.results[cursor], fetching: true });
      subscriptions.current.set(
        cursor,
        client
          .executeQuery(request, requestPolicy ? { requestPolicy } : undefined)
          .subscribe((result) => put({ data: result.data, error: result.error, fetching: false })),
      );
    },
    // `current.results` only seeds the entry with what it showed before; a stale copy is harmless.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, key],
  );
  useEffect(() => {
    const live = subscriptions.current;
    return () => {
      live.forEach((s) => s.unsubscribe());
      live.clear();
    };
  }, [client, key]);
  useEffect(() => {
    if (pause) return;
    for (const cursor of current.cursors) if (!subscriptions.current.has(cursor)) subscribe(cursor);
  }, [current.cursors, subscribe, pause]);

  const pages = [first, ...current.cursors.map((c): PageResult<D> => current.results[c] ?? { fetching: true })];
  const last = pages[pages.length - 1];
  const lastPage = last.data ? connection(last.data) : undefined;
  const loadingMore = current.cursors.length > 0 && last.fetching && !last.data;
  const error = first.error ?? pages.find((p) => p.error)?.error;
  const hasMore = loadingMore || !!lastPage?.pageInfo.hasNextPage;
  const endCursor = lastPage?.pageInfo.hasNextPage ? (lastPage.pageInfo.endCursor ?? null) : null;

  const loadMore = useCallback(() => {
    if (!endCursor) return;
    setState((s) =>
      s.key === key && !s.cursors.includes(endCursor) ? { ...s, cursors: [...s.cursors, endCursor] } : s,
    );
  }, [endCursor, key]);

  const refetch = useCallback(() => {
    refetchFirst({ requestPolicy: 'network-only' });
    current.cursors.forEach((cursor) => subscribe(cursor, 'network-only'));
  }, [refetchFirst, current.cursors, subscribe]);

  useEffect(() => {
    if (all && !pause && !error && !loadingMore && endCursor) loadMore();
  }, [all, pause, error, loadingMore, endCursor, loadMore]);

  // The same array while no page changes, so that effects over it run when the list does.
  const edges = useMemo(
    () =>
      mergePages(
        [first.data, ...current.cursors.map((c) => current.results[c]?.data)].map((d) =>
          d ? latest.current.connection(d).edges : undefined,
        ),
        latest.current.idOf,
      ),
    [first.data, current],
  );

  return {
    /** The first page's whole answer (for the query's other fields). */
    data: first.data,
    /** Every page's edges so far, in order. */
    edges,
    /** The first page is loading. */
    fetching: first.fetching,
    error,
    hasMore,
    loadingMore,
    /** With `all`: pages are still being fetched, so the list is not whole yet. */
    incomplete: all && hasMore,
    loadMore,
    /** Asks every page shown again, from the network. */
    refetch,
  };
}
