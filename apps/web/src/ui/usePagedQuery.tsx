import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export interface Connection<E> {
  edges: readonly E[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PageResult<D> {
  data?: D;
  fetching: boolean;
  error?: CombinedError;
}

type Refetch = () => void;

/**
 * One page of the connection: a live urql query (so a mutation that touches its items fetches it
 * again, as on any page), reporting its result to the list. It renders nothing.
 */
function PageQuery<D, V extends AnyVariables>({
  index,
  query,
  variables,
  pause,
  onResult,
}: {
  index: number;
  query: TypedDocumentNode<D, V>;
  variables: V;
  pause: boolean;
  onResult: (index: number, result: PageResult<D>, refetch: Refetch) => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery<D, V>({ query, variables, pause });
  useEffect(() => {
    onResult(index, { data, fetching, error }, () => reexecute({ requestPolicy: 'network-only' }));
  }, [index, data, fetching, error, reexecute, onResult]);
  return null;
}

/**
 * "Load more" over a connection whose items change under the user's hands (confirm, shortlist, retry):
 * every page shown stays a live query, and page n + 1 starts after page n's end cursor as it is now,
 * so the list stays whole and each item shows once when earlier pages change. `loadAll` fetches page
 * after page until the end (a ranking is over all of a student's applications).
 *
 * Render `queries` anywhere in the page; it holds the page queries and shows nothing.
 */
export function usePagedQuery<D, V extends AnyVariables & { after?: string | null }, E>({
  query,
  variables,
  connection,
  idOf,
  pause = false,
  loadAll = false,
}: {
  query: TypedDocumentNode<D, V>;
  /** Everything but `after`; new variables start again at the first page. */
  variables: Omit<V, 'after'>;
  connection: (data: D) => Connection<E>;
  idOf: (edge: E) => string;
  pause?: boolean;
  loadAll?: boolean;
}) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; count: number; results: PageResult<D>[] }>({
    key,
    count: 1,
    results: [],
  });
  const current = state.key === key ? state : { key, count: 1, results: [] };
  if (current !== state) setState(current);
  const refetches = useRef<Refetch[]>([]);

  const onResult = useCallback(
    (index: number, result: PageResult<D>, refetch: Refetch) => {
      refetches.current[index] = refetch;
      setState((s) => {
        if (s.key !== key) return s;
        const before = s.results[index];
        // While a page loads again (new cursor, a mutation), what it showed stays on screen.
        const next = { ...result, data: result.data ?? (result.fetching ? before?.data : undefined) };
        if (before && before.data === next.data && before.fetching === next.fetching && before.error === next.error)
          return s;
        const results = [...s.results];
        results[index] = next;
        return { ...s, results };
      });
    },
    [key],
  );

  // The caller's functions are usually written inline; the lists below change with the results only.
  const read = useRef({ connection, idOf });
  read.current = { connection, idOf };
  const pages = useMemo(() => current.results.slice(0, current.count), [current.results, current.count]);
  const connections = useMemo(
    () => pages.map((page) => (page?.data ? read.current.connection(page.data) : undefined)),
    [pages],
  );
  /** Every page's items in order, each once (an item that moved onto a later page shows where it first was). */
  const edges = useMemo(() => {
    const all: E[] = [];
    const seen = new Set<string>();
    for (const edge of connections.flatMap((page) => page?.edges ?? [])) {
      const id = read.current.idOf(edge);
      if (!seen.has(id)) all.push(edge);
      seen.add(id);
    }
    return all;
  }, [connections]);
  const last = connections[current.count - 1];
  const lastPage = pages[current.count - 1];
  const hasMore = !!last?.pageInfo.hasNextPage;
  const loadingMore = current.count > 1 && (!lastPage?.data || lastPage.fetching);

  const more = useCallback(() => {
    setState((s) => (s.key === key ? { ...s, count: s.count + 1 } : s));
  }, [key]);

  useEffect(() => {
    if (loadAll && hasMore && !lastPage?.fetching) more();
  }, [loadAll, hasMore, lastPage?.fetching, more]);

  const queries: ReactNode[] = [];
  for (let index = 0; index < current.count; index++) {
    const after = index === 0 ? null : (connections[index - 1]?.pageInfo.endCursor ?? null);
    queries.push(
      <PageQuery<D, V>
        key={`${key}#${index}`}
        index={index}
        query={query}
        variables={{ ...variables, after } as unknown as V}
        pause={pause || (index > 0 && !after)}
        onResult={onResult}
      />,
    );
  }

  const first = pages[0];
  return {
    /** The first page's answer (for the query's other fields). */
    data: first?.data,
    edges,
    /** The first page is loading and nothing is shown yet. */
    fetching: !first?.data && (first?.fetching ?? !pause),
    error: pages.find((page) => page?.error)?.error,
    hasMore,
    loadingMore,
    /** Fetches the next page (the button under the list). */
    more,
    /** Fetches every page shown again from the network. */
    refetch: () => refetches.current.slice(0, current.count).forEach((refetch) => refetch()),
    queries: <>{queries}</>,
  };
}
