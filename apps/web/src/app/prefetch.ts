import type { Client } from 'urql';
import { OfferSearchDocument, StudentProfileDocument, TopicsDocument } from '../gql/graphql';
import { CITIES, offerSearchVariables, readSearch } from '../student/pages/search-params';

/**
 * Starts the queries of the page the app was opened at together with the session check, instead of
 * after it, the area's chunk and the page's chunk (on a slow network each is a round trip). The page
 * then finds the answers in the client's cache. Only the student's offer search does this so far: it
 * is the page students open most, and the one Lighthouse measures. Signed out, the API refuses the
 * queries and nothing is cached (urql keeps only answers with data).
 */
const prefetched = new Set<string>();

/**
 * Whether `operation` was just prefetched; true once. The page then takes the answer from the cache
 * without asking the API again on its first mount (`cache-first` instead of `cache-and-network`).
 */
export function takePrefetched(operation: string): boolean {
  return prefetched.delete(operation);
}

export function prefetchOpenedPage(client: Client, location: Pick<Location, 'pathname' | 'search'>): void {
  if (!/^\/student\/offers\/?$/.test(location.pathname)) return;
  const search = readSearch(new URLSearchParams(location.search));
  // Distance from the student's own university needs the profile first; the page asks then.
  if (search.near !== 'university') {
    void client.query(OfferSearchDocument, offerSearchVariables(search, CITIES)).toPromise();
    prefetched.add('OfferSearch');
  }
  void client.query(StudentProfileDocument, {}).toPromise();
  prefetched.add('StudentProfile');
  void client.query(TopicsDocument, {}, { requestPolicy: 'cache-first' }).toPromise();
}
