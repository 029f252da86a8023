import type { OfferFilterInput, OfferKind, OfferSearchQueryVariables, OfferSort } from '../../gql/graphql';

/** Places a student can measure distance from (the student's university is added at run time). */
export const CITIES: Record<string, { label: string; latitude: number; longitude: number }> = {
  london: { label: 'London', latitude: 51.5072, longitude: -0.1276 },
  stockholm: { label: 'Stockholm', latitude: 59.3293, longitude: 18.0686 },
  leipzig: { label: 'Leipzig', latitude: 51.3397, longitude: 12.3731 },
  bonn: { label: 'Bonn', latitude: 50.7374, longitude: 7.0982 },
  boston: { label: 'Boston', latitude: 42.3601, longitude: -71.0589 },
  philadelphia: { label: 'Philadelphia', latitude: 39.9526, longitude: -75.1652 },
  sanfrancisco: { label: 'San Francisco Bay Area', latitude: 37.7749, longitude: -122.4194 },
};

export interface SearchState {
  text: string;
  topics: string[];
  kind: OfferKind | '';
  from: string;
  to: string;
  near: string;
  radiusKm: number | null;
  virtual: boolean;
  sort: OfferSort;
}

export function readSearch(params: URLSearchParams): SearchState {
  const kind = params.get('kind');
  const sort = params.get('sort');
  const radius = Number(params.get('radius'));
  return {
    text: params.get('q') ?? '',
    topics: params.getAll('topic'),
    kind: kind === 'INTERNSHIP' || kind === 'SITE_VISIT' ? kind : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    near: params.get('near') ?? '',
    radiusKm: Number.isFinite(radius) && radius > 0 ? radius : null,
    virtual: params.get('virtual') === '1',
    sort: sort === 'NEWEST' || sort === 'DISTANCE' ? sort : 'DEADLINE',
  };
}

export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  for (const topic of state.topics) params.append('topic', topic);
  if (state.kind) params.set('kind', state.kind);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.near) params.set('near', state.near);
  if (state.near && state.radiusKm) params.set('radius', String(state.radiusKm));
  if (state.virtual) params.set('virtual', '1');
  if (state.sort !== 'DEADLINE') params.set('sort', state.sort);
  return params;
}

type Place = { latitude: number; longitude: number };

/** The API's filter for a search; dates are whole local days. */
export function toFilter(state: SearchState, places: Record<string, Place>): OfferFilterInput {
  const place = state.near ? places[state.near] : undefined;
  return {
    text: state.text.trim() || undefined,
    topics: state.topics.length ? state.topics : undefined,
    kind: state.kind || undefined,
    from: state.from ? new Date(`${state.from}T00:00:00`).toISOString() : undefined,
    to: state.to ? new Date(`${state.to}T23:59:59`).toISOString() : undefined,
    hasVirtualTwin: state.virtual ? true : undefined,
    near: place
      ? { latitude: place.latitude, longitude: place.longitude, radiusKm: state.radiusKm ?? undefined }
      : undefined,
  };
}

/** How many offers a page of the search shows. */
export const OFFER_PAGE_SIZE = 10;

/**
 * The variables of the OfferSearch query for a search: the page and the prefetch at start-up build
 * them the same way, so that the page finds the prefetched result under the same key.
 */
export function offerSearchVariables(
  state: SearchState,
  places: Record<string, Place>,
  after: string | null = null,
): OfferSearchQueryVariables {
  const filter = toFilter(state, places);
  // Nearest first needs a place to measure from.
  const sort: OfferSort = state.sort === 'DISTANCE' && !filter.near ? 'DEADLINE' : state.sort;
  return { filter, sort, first: OFFER_PAGE_SIZE, after };
}
