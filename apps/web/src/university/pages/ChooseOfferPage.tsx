import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { BookableOffersDocument, type OfferKind } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { offerKindLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';

export default function ChooseOfferPage() {
  usePageTitle('Book for a cohort');
  const [kind, setKind] = useState<OfferKind>('SITE_VISIT');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: BookableOffersDocument, variables: { after, kind } });
  const offers = (data?.offers.edges.map((e) => e.node) ?? []).filter(
    (o) => o.kind === kind && o.status === 'PUBLISHED',
  );
  return (
    <Stack gap="md">
      <PageTitle>Book for a cohort</PageTitle>
      <Text size="sm">
        Choose a published site visit or internship; you then pick the session, the program&apos;s cohort and how to
        split it, and see the split before you send.
      </Text>
      <Stack gap={4}>
        <Text component="span" size="sm" fw={500} id="kind-label">
          Kind of offer
        </Text>
        <SegmentedControl
          aria-labelledby="kind-label"
          value={kind}
          onChange={(v) => {
            setKind(v);
            setAfter(null);
          }}
          data={[
            { value: 'SITE_VISIT', label: 'Site visits' },
            { value: 'INTERNSHIP', label: 'Internships' },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {offers.length === 0 ? (
          <EmptyState title={`No published ${kind === 'SITE_VISIT' ? 'site visit' : 'internship'} on this page`}>
            Companies&apos; offers appear here once published.
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {offers.map((o) => (
              <Card withBorder key={o.id}>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{o.title}</Text>
                    <Text size="sm">
                      {offerKindLabel(o.kind)} · {o.company?.name ?? 'company'} · {o.facility.city},{' '}
                      {o.facility.country} · deadline {formatDateTime(o.applicationDeadline)}
                    </Text>
                  </Stack>
                  <Button
                    component={Link}
                    to={`/university/book/${o.id}`}
                    variant="outline"
                    aria-label={`Book ${o.title}`}
                  >
                    Book
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        {data?.offers.pageInfo.hasNextPage && (
          <Group>
            <Button variant="default" onClick={() => setAfter(data.offers.pageInfo.endCursor ?? null)}>
              Next offers
            </Button>
          </Group>
        )}
        {after && (
          <Anchor component="button" type="button" size="sm" onClick={() => setAfter(null)}>
            Back to the first offers
          </Anchor>
        )}
      </QueryState>
    </Stack>
  );
}
