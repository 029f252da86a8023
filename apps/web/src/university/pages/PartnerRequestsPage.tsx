import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { UniversityPartnerRequestsDocument } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { offerKindLabel, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { PartnerRequestForm } from '../components/PartnerRequestForm';

export default function PartnerRequestsPage() {
  usePageTitle('Partner requests');
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UniversityPartnerRequestsDocument });
  const requests = data?.partnerRequests.edges.map((e) => e.node) ?? [];
  const programs = data?.me.organization?.programs ?? [];
  return (
    <Stack gap="md">
      <PageTitle>Partner requests</PageTitle>
      <Text size="sm">
        Ask for industry partners for a cohort: open requests are shown to verified companies, and each one lists the
        offers that fit it best, with why.
      </Text>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {requests.length === 0 ? (
          <EmptyState title="No partner request yet">Describe what a cohort needs below.</EmptyState>
        ) : (
          <Stack gap="sm">
            {requests.map((r) => (
              <Card withBorder key={r.id}>
                <Group justify="space-between" wrap="wrap" align="flex-start">
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/university/requests/${r.id}`} fw={600}>
                      {offerKindLabel(r.kind)} for {r.headcount} students of {r.program.name}
                    </Anchor>
                    <Text size="sm">
                      {formatDate(r.windowStart)} to {formatDate(r.windowEnd)} · within {r.maxDistanceKm} km ·{' '}
                      {r.virtualAcceptable ? 'virtual acceptable' : 'onsite only'}
                    </Text>
                    {r.topics.length > 0 && <Text size="sm">Topics: {r.topics.join(', ')}</Text>}
                  </Stack>
                  <Badge variant="outline" color={r.status === 'OPEN' ? TONES.success : TONES.neutral}>
                    {r.status === 'OPEN' ? 'Open' : 'Closed'}
                  </Badge>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        <Card withBorder component="section" aria-labelledby="new-request">
          <Title order={2} size="h4" id="new-request" mb="sm">
            New partner request
          </Title>
          {programs.length === 0 ? (
            <EmptyState title="Create a program first">
              A request is made for a program&apos;s cohort.{' '}
              <Anchor component={Link} to="/university/programs">
                Go to programs
              </Anchor>
            </EmptyState>
          ) : (
            <PartnerRequestForm programs={programs} onCreated={(id) => navigate(`/university/requests/${id}`)} />
          )}
        </Card>
      </QueryState>
    </Stack>
  );
}
