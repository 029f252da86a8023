import { useRef } from 'react';
import { createRequest, type AnyVariables, type Client, type DocumentInput, type RequestPolicy } from 'urql';
import { OfferSearchDocument, TopicsDocument } from '../gql/graphql';
import { CITIES, offerSearchVariables, readSearch } from '../student/pages/search-params';

/**
 * Queries that the page at the address the app was opened at will ask first, sent at start-up
 * alongside the session check (`me`) instead of one round trip after it, the area's chunk and the
 * page's chunk. A signed-out visitor's answers are errors without data, which urql does not cache.
 */
const prefetched = new Map<number, number>();
/**
 * How long a prefetched answer stands in for the page's own request. Longer means the page did not
 * open at once (a signed-out visitor signing in first, whose answer may differ): it asks again.
 */
const FRESH_MS = 15_000;

function prefetch<D, V extends AnyVariables>(client: Client, query: DocumentInput<D, V>, variables: V): void {
  const request = createRequest(query, variables);
  prefetched.set(request.key, Date.now());
  void client.executeQuery(request, { requestPolicy: 'network-only' }).toPromise();
}

export function prefetchOpenedPage(client: Client, location: Pick<Location, 'pathname' | 'search'>): void {
  if (/^\/student\/offers\/?$/.test(location.pathname)) {
    const search = readSearch(new URLSearchParams(location.search));
    // Distance from the student's own university needs their profile first.
    if (search.near !== 'university' && (!search.near || search.near in CITIES))
      prefetch(client, OfferSearchDocument, offerSearchVariables(search, CITIES));
    prefetch(client, TopicsDocument, {});
  }
}

/**
 * The request policy of a page's query: the cache only, for the first request of the page when the
 * start-up prefetch asked it already (urql's default, cache-and-network, would ask again at once);
 * undefined (the client's default) otherwise.
 */
export function usePrefetchedPolicy<D, V extends AnyVariables>(
  query: DocumentInput<D, V>,
  variables: V,
): RequestPolicy | undefined {
  const key = createRequest(query, variables).key;
  const first = useRef<number | null | undefined>(undefined);
  if (first.current === undefined) {
    const at = prefetched.get(key);
    prefetched.delete(key);
    first.current = at !== undefined && Date.now() - at < FRESH_MS ? key : null;
  }
  // Once the page asks something else (other filters, the next page), it is never the prefetched one again.
  else if (first.current !== key) first.current = null;
  return first.current === key ? 'cache-first' : undefined;
}
