import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { takePrefetched } from '../../app/prefetch';
import { OfferSearchDocument, StudentProfileDocument, type OfferSearchQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { formatLabel, offerKindLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore, useLoadMore } from '../../ui/useLoadMore';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTopics } from '../../ui/useTopics';
import { CITIES, offerSearchVariables, readSearch, writeSearch, type SearchState } from './search-params';

const NARROW = '(max-width: 47.99em)';
const narrowAtStart = typeof window !== 'undefined' && !!window.matchMedia?.(NARROW).matches;

// The other filters are a chunk of their own: wider screens show them at once, so it loads with this
// page there; a phone fetches it when "More filters" is pressed.
const loadMoreFilters = () => import('./MoreFilters');
if (typeof window !== 'undefined' && !narrowAtStart) loadMoreFilters().catch(() => undefined);
const FilterFields = lazy(() => loadMoreFilters().then((m) => ({ default: m.FilterFields })));
const FilterOptions = lazy(() => loadMoreFilters().then((m) => ({ default: m.FilterOptions })));

export default function OffersPage() {
  usePageTitle('Find offers');
  const topics = useTopics();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => readSearch(params), [params]);
  const [draft, setDraft] = useState<SearchState>(applied);
  // Prefetched with the session check when the app opened here (app/prefetch.ts): the first answers
  // come from the cache without a second request.
  const [profilePrefetched] = useState(() => takePrefetched('StudentProfile'));
  const [offersPrefetched] = useState(() => takePrefetched('OfferSearch'));
  const [profile] = useQuery({
    query: StudentProfileDocument,
    requestPolicy: profilePrefetched ? 'cache-first' : undefined,
  });

  const places = useMemo(() => {
    const university = profile.data?.me.organization;
    const own =
      university?.latitude != null && university.longitude != null
        ? {
            university: {
              label: `My university (${university.city ?? university.name})`,
              latitude: university.latitude,
              longitude: university.longitude,
            },
          }
        : {};
    return { ...own, ...CITIES } as Record<string, { label: string; latitude: number; longitude: number }>;
  }, [profile.data]);

  // The first page's variables are the ones the prefetch (app/prefetch.ts) used, so it comes from the cache.
  const first = offerSearchVariables(applied, places);
  const [prefetchedSearch] = useState(() => (offersPrefetched ? JSON.stringify(first) : null));
  const pages = useLoadMore<NonNullable<OfferSearchQuery['offers']['edges']>[number]>(
    JSON.stringify({ filter: first.filter, sort: first.sort }),
    (edge) => edge.node.id,
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfferSearchDocument,
    variables: { ...first, after: pages.after },
    requestPolicy: !pages.after && prefetchedSearch === JSON.stringify(first) ? 'cache-first' : undefined,
    pause: applied.near === 'university' && !profile.data,
  });

  // On a phone the results come first: words and Search, the other filters behind "More filters"
  // (and not rendered until asked for, which keeps the first render light).
  const narrow = useMediaQuery(NARROW, narrowAtStart, {
    getInitialValueInEffect: false,
  });
  const [moreOpen, setMoreOpen] = useState(false);
  const allFilters = !narrow || moreOpen;
  const activeFilters = [
    applied.topics.length > 0,
    !!applied.kind,
    !!applied.from,
    !!applied.to,
    !!applied.near,
    applied.virtual,
    applied.sort !== 'DEADLINE',
  ].filter(Boolean).length;

  const set = <K extends keyof SearchState>(key: K, value: SearchState[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const search = (event?: FormEvent) => {
    event?.preventDefault();
    setParams(writeSearch(draft));
  };
  const reset = () => {
    const empty = readSearch(new URLSearchParams());
    setDraft(empty);
    setParams(new URLSearchParams());
  };
  const edges = pages.all(data?.offers.edges);

  return (
    <Stack gap="md">
      <PageTitle>Find offers</PageTitle>
      <Card withBorder component="section" aria-labelledby="filters-title">
        <Title order={2} size="h4" id="filters-title" mb="sm">
          Filters
        </Title>
        <form onSubmit={search} role="search" aria-label="Offers">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <TextInput
                label="Words"
                placeholder="CAR-T cleanroom"
                value={draft.text}
                onChange={(e) => set('text', e.currentTarget.value)}
              />
              {allFilters && (
                <Suspense fallback={null}>
                  <FilterFields draft={draft} set={set} places={places} topicOptions={topics.options} />
                </Suspense>
              )}
            </SimpleGrid>
            <Group justify="space-between" align="flex-end" wrap="wrap">
              {narrow && (
                <Button
                  variant="subtle"
                  px={0}
                  aria-expanded={moreOpen}
                  aria-controls="more-filters"
                  onClick={() => setMoreOpen((o) => !o)}
                >
                  {moreOpen ? 'Fewer filters' : `More filters${activeFilters ? ` (${activeFilters} in use)` : ''}`}
                </Button>
              )}
              {allFilters && (
                <Suspense fallback={null}>
                  <FilterOptions draft={draft} set={set} />
                </Suspense>
              )}
              <Group>
                <Button variant="default" onClick={reset}>
                  Clear
                </Button>
                <Button type="submit">Search</Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Card>

      <section aria-labelledby="results-title" aria-busy={fetching}>
        <Title order={2} size="h4" id="results-title" mb="sm">
          Offers
        </Title>
        <QueryState
          fetching={fetching && !pages.hasEarlier}
          error={error}
          hasData={!!data || pages.hasEarlier}
          retry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {edges.length === 0 ? (
            <EmptyState title="No offer matches">Try fewer filters, a larger distance or other dates.</EmptyState>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {edges.map(({ node: offer, distanceKm }) => {
                const free = offer.slots.reduce((sum, s) => sum + s.free, 0);
                const next = offer.slots[0];
                return (
                  <Card component="li" withBorder key={offer.id} padding="md">
                    <Stack gap={6}>
                      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                        <Anchor
                          component={Link}
                          to={`/student/offers/${offer.id}`}
                          fw={600}
                          size="lg"
                          className="break-words"
                        >
                          {offer.title}
                        </Anchor>
                        <Badge color="teal.9">{offerKindLabel(offer.kind)}</Badge>
                      </Group>
                      <Text size="sm">
                        {offer.company?.name ?? 'A company'} · {offer.facility.city}, {offer.facility.country}
                        {distanceKm != null && ` · ${Math.round(distanceKm)} km away`}
                      </Text>
                      <Group gap={6} wrap="wrap">
                        {offer.topics.map((t) => (
                          <Badge key={t} variant="outline" color="gray.8" size="sm">
                            {topics.label(t)}
                          </Badge>
                        ))}
                      </Group>
                      <Text size="sm" c="dimmed">
                        Apply by {formatDate(offer.applicationDeadline)}
                        {next && ` · starts ${formatDate(next.startsAt)}`} ·{' '}
                        {free > 0 ? `${free} onsite ${free === 1 ? 'seat' : 'seats'} free` : 'onsite seats full'}
                        {offer.virtualTwin && ` · virtual: ${formatLabel(offer.virtualTwin.format)}`}
                      </Text>
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          )}
          {edges.length > 0 && (
            <LoadMore
              shown={edges.length}
              noun="offers"
              one="offer"
              hasMore={fetching || !!data?.offers.pageInfo.hasNextPage}
              loading={fetching}
              onMore={() => data && pages.more(data.offers.edges, data.offers.pageInfo.endCursor)}
            />
          )}
        </QueryState>
      </section>
    </Stack>
  );
}
