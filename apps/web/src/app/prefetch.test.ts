import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Client, GraphQLRequest } from 'urql';
import { OfferSearchDocument } from '../gql/graphql';
import { CITIES, offerSearchVariables, readSearch } from '../student/pages/search-params';
import { prefetchOpenedPage, usePrefetchedPolicy } from './prefetch';

function recordingClient() {
  const sent: { name: string; variables: unknown }[] = [];
  const client = {
    executeQuery: (request: GraphQLRequest, context?: { requestPolicy?: string }) => {
      const definition = request.query.definitions[0] as { name?: { value: string } };
      sent.push({
        name: definition.name?.value ?? '',
        variables: request.variables,
      });
      expect(context?.requestPolicy).toBe('network-only');
      return { toPromise: async () => ({}) };
    },
  };
  return { client: client as unknown as Client, sent };
}

describe('prefetchOpenedPage', () => {
  it("sends the offer search's first page (the variables the page builds) and the topics when the app opens on it", () => {
    const { client, sent } = recordingClient();
    prefetchOpenedPage(client, { pathname: '/student/offers', search: '?q=cleanroom&near=london&radius=100' });
    const variables = offerSearchVariables(
      readSearch(new URLSearchParams('q=cleanroom&near=london&radius=100')),
      CITIES,
    );
    expect(sent).toEqual([
      { name: 'OfferSearch', variables },
      { name: 'Topics', variables: {} },
    ]);

    // The page's first request reads the cache; once it asks something else it is the client's default again.
    const { result, rerender } = renderHook(({ v }) => usePrefetchedPolicy(OfferSearchDocument, v), {
      initialProps: { v: variables },
    });
    expect(result.current).toBe('cache-first');
    rerender({ v: { ...variables, after: 'cursor' } });
    expect(result.current).toBeUndefined();
    rerender({ v: variables });
    expect(result.current).toBeUndefined();
    // Taken once: another mount of the page asks the network.
    expect(renderHook(() => usePrefetchedPolicy(OfferSearchDocument, variables)).result.current).toBeUndefined();
  });

  it("leaves the search to the page when it measures from the student's university, and other pages alone", () => {
    const { client, sent } = recordingClient();
    prefetchOpenedPage(client, { pathname: '/student/offers', search: '?near=university' });
    expect(sent.map((s) => s.name)).toEqual(['Topics']);
    prefetchOpenedPage(client, { pathname: '/student/applications', search: '' });
    expect(sent).toHaveLength(1);
  });
});
