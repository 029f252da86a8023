import { Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePrefetchedPolicy } from '../../app/prefetch';
import { OfferCard } from '../components/OfferCard';
import { OfferSearchDocument, StudentProfileDocument, type OfferSearchQuery } from '../../gql/graphql';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore, useLoadMore } from '../../ui/useLoadMore';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTopics } from '../../ui/useTopics';
import { CITIES, offerSearchVariables, readSearch, writeSearch, type SearchState } from './search-params';

const NARROW = '(max-width: 47.99em)';
const narrowAtStart = typeof window !== 'undefined' && !!window.matchMedia?.(NARROW).matches;

// The filters beyond the words, loaded when shown; on a wide screen that is at once, so their chunk starts with this one's.
const loadFilters = () => import('./OfferFilters');
if (typeof window !== 'undefined' && !narrowAtStart) loadFilters().catch(() => undefined);
const FilterFields = lazy(() => loadFilters().then((m) => ({ default: m.FilterFields })));
const FilterOptions = lazy(() => loadFilters().then((m) => ({ default: m.FilterOptions })));

export default function OffersPage() {
  usePageTitle('Find offers');
  const topics = useTopics();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => readSearch(params), [params]);
  const [draft, setDraft] = useState<SearchState>(applied);
  // On a phone the results come first: words and Search, the other filters behind "More filters"
  // (their chunk is not loaded, nor rendered, until asked for, which keeps the first render light).
  const narrow = useMediaQuery(NARROW, narrowAtStart, {
    getInitialValueInEffect: false,
  });
  const [moreOpen, setMoreOpen] = useState(false);
  const allFilters = !narrow || moreOpen;
  // The student's university: a place to measure distance from, needed once the distance filter shows or uses it.
  const [profile] = useQuery({
    query: StudentProfileDocument,
    pause: !allFilters && applied.near !== 'university',
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

  const search = offerSearchVariables(applied, places);
  const pages = useLoadMore<NonNullable<OfferSearchQuery['offers']['edges']>[number]>(
    JSON.stringify({ filter: search.filter, sort: search.sort }),
    (edge) => edge.node.id,
  );
  const variables = { ...search, after: pages.after };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfferSearchDocument,
    variables,
    // The first page was asked at start-up when the app opened here (app/prefetch.ts).
    requestPolicy: usePrefetchedPolicy(OfferSearchDocument, variables),
    pause: applied.near === 'university' && !profile.data,
  });
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
  const submit = (event?: FormEvent) => {
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
        <form onSubmit={submit} role="search" aria-label="Offers">
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
                  <FilterFields draft={draft} set={set} places={places} topics={topics.options} />
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
              {edges.map((edge) => (
                <OfferCard key={edge.node.id} edge={edge} topicLabel={topics.label} />
              ))}
            </Stack>
          )}
          {edges.length > 0 && (
            <LoadMore
              shown={edges.length}
              noun="offers"
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
