import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CompanyDashboardDocument, CompanyOffersDocument } from '../../gql/graphql';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { OfferFillList } from '../components/OfferFillList';
import { StatLink } from '../components/StatLink';
import { waitlistByOffer } from '../components/fill';

export default function DashboardPage() {
  usePageTitle('Company dashboard');
  const [dash, refetchDash] = useQuery({ query: CompanyDashboardDocument, requestPolicy: 'cache-and-network' });
  const [list, refetchList] = useQuery({
    query: CompanyOffersDocument,
    variables: { status: null },
    requestPolicy: 'cache-and-network',
  });
  const offers = list.data?.offers.edges.map((e) => e.node) ?? [];
  const published = offers.filter((o) => o.status === 'PUBLISHED');
  const drafts = offers.filter((o) => o.status === 'DRAFT');
  const onsiteTaken = published.reduce((s, o) => s + o.slots.reduce((a, x) => a + x.taken, 0), 0);
  const onsiteCapacity = published.reduce((s, o) => s + o.slots.reduce((a, x) => a + x.capacity, 0), 0);
  const virtualTaken = published.reduce((s, o) => s + (o.virtualTwin?.taken ?? 0), 0);
  const waiting = list.data ? waitlistByOffer(list.data) : new Map<string, number>();
  const waitlisted = [...waiting.values()].reduce((a, b) => a + b, 0);
  const bookings = dash.data?.bookings.edges.length ?? 0;
  const applicants = dash.data?.applications.edges.length ?? 0;
  const retry = () => {
    refetchDash({ requestPolicy: 'network-only' });
    refetchList({ requestPolicy: 'network-only' });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <PageTitle>Dashboard</PageTitle>
        <Button component={Link} to="/company/offers/new">
          New offer
        </Button>
      </Group>
      <QueryState
        fetching={dash.fetching || list.fetching}
        error={dash.error ?? list.error}
        hasData={!!dash.data && !!list.data}
        retry={retry}
      >
        <SimpleGrid cols={{ base: 2, sm: 4, xl: 7 }} spacing="sm">
          <StatLink to="/company/offers?status=PUBLISHED" label="Published offers" value={published.length} />
          <StatLink to="/company/offers?status=DRAFT" label="Drafts" value={drafts.length} />
          <StatLink
            to="/company/offers?status=PUBLISHED"
            label="Onsite seats taken"
            value={`${onsiteTaken} / ${onsiteCapacity}`}
          />
          <StatLink to="/company/offers?status=PUBLISHED" label="Placed virtually" value={virtualTaken} />
          <StatLink to="/company/offers?waitlist=1" label="On a waitlist" value={waitlisted} />
          <StatLink to="/company/bookings?status=PROPOSED" label="Bookings to answer" value={bookings} />
          <StatLink to="/company/applicants?status=SUBMITTED" label="Applicants to review" value={applicants} />
        </SimpleGrid>
        <Card withBorder component="section" aria-labelledby="fill-title">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Title order={2} size="h4" id="fill-title">
              Offers and their fill
            </Title>
            <Anchor component={Link} to="/company/offers" size="sm">
              All offers
            </Anchor>
          </Group>
          {offers.length === 0 ? (
            <EmptyState title="No offer yet">
              Create a site visit or an internship: it stays a draft until you publish it.
            </EmptyState>
          ) : (
            <OfferFillList offers={offers.filter((o) => o.status !== 'CLOSED').slice(0, 6)} waiting={waiting} />
          )}
          {offers.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              Onsite: seats given of the onsite capacity. Virtual: people placed in the virtual alternative. Waitlist:
              applicants and booked students waiting for a seat.
            </Text>
          )}
        </Card>
      </QueryState>
    </Stack>
  );
}
