import { Button, Group, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { CompanyOffersDocument, type OfferStatus } from '../../gql/graphql';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore } from '../../ui/useLoadMore';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { FilterButtons } from '../components/FilterButtons';
import { waitlistByOffer } from '../components/fill';
import { OfferFillList } from '../components/OfferFillList';

const STATUSES = ['', 'DRAFT', 'PUBLISHED', 'CLOSED'] as const;

export default function OffersPage() {
  usePageTitle('Offers');
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(statusParam) ? (statusParam as OfferStatus | '') : '';
  const onlyWaitlist = params.get('waitlist') === '1';
  const list = usePagedQuery({
    query: CompanyOffersDocument,
    variables: { status: status || null },
    connection: (d) => d.offers,
    idOf: (e) => e.node.id,
  });
  const { data, fetching, error } = list;
  const waiting = data ? waitlistByOffer(data) : new Map<string, number>();
  const offers = list.edges.map((e) => e.node).filter((o) => !onlyWaitlist || (waiting.get(o.id) ?? 0) > 0);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <PageTitle>Offers</PageTitle>
        <Button component={Link} to="/company/offers/new">
          New offer
        </Button>
      </Group>
      <FilterButtons
        label="Show offers by status"
        value={onlyWaitlist ? 'WAITLIST' : status}
        onChange={(v) => setParams(v === 'WAITLIST' ? { waitlist: '1' } : v ? { status: v } : {})}
        options={[
          { value: '', label: 'All' },
          { value: 'DRAFT', label: 'Drafts' },
          { value: 'PUBLISHED', label: 'Published' },
          { value: 'CLOSED', label: 'Closed' },
          { value: 'WAITLIST', label: 'Waitlist' },
        ]}
      />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={list.refetch}>
        {offers.length === 0 ? (
          <EmptyState title={onlyWaitlist ? 'Nobody is waiting for a seat' : 'No offer here'}>
            {status === 'DRAFT'
              ? 'Every offer is published or closed.'
              : 'Create an offer with New offer; it stays a draft until you publish it.'}
          </EmptyState>
        ) : (
          <OfferFillList offers={offers} waiting={waiting} />
        )}
        {(offers.length > 0 || list.hasMore) && (
          <LoadMore
            shown={offers.length}
            noun="offers"
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onMore={list.loadMore}
          />
        )}
      </QueryState>
    </Stack>
  );
}
