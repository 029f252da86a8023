import { Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { useQuery } from 'urql';
import { UniversityDashboardDocument } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { levelLabel, offerKindLabel } from '../ui/labels';
import { Shell, type NavItem } from '../ui/Shell';
import { EmptyState, PageTitle, QueryState } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';

const NotificationsPage = lazy(() => import('../ui/NotificationsPage'));

const NAV: NavItem[] = [
  { to: '/university', label: 'Dashboard', end: true },
  { to: '/university/notifications', label: 'Notifications' },
];

function Dashboard() {
  usePageTitle('University dashboard');
  const [{ data, fetching, error }, refetch] = useQuery({ query: UniversityDashboardDocument });
  const programs = data?.me.organization?.programs ?? [];
  const requests = data?.partnerRequests.edges.map((e) => e.node) ?? [];
  const bookings = data?.bookings.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="md">
      <PageTitle>Dashboard</PageTitle>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="programs-title">
            <Title order={2} size="h4" id="programs-title" mb="xs">
              Programs
            </Title>
            {programs.length === 0 ? (
              <EmptyState title="No program yet" />
            ) : (
              <Stack gap={6}>
                {programs.map((p) => (
                  <Text key={p.id} size="sm">
                    {p.name} · {levelLabel(p.level)} · cohort of {p.cohortSize} · {formatDate(p.termStart)} to {formatDate(p.termEnd)}
                  </Text>
                ))}
              </Stack>
            )}
          </Card>
          <Card withBorder component="section" aria-labelledby="requests-title">
            <Title order={2} size="h4" id="requests-title" mb="xs">
              Partner requests
            </Title>
            {requests.length === 0 ? (
              <EmptyState title="No partner request yet" />
            ) : (
              <Stack gap={6}>
                {requests.map((r) => (
                  <Text key={r.id} size="sm">
                    {r.program.name}: {offerKindLabel(r.kind)} for {r.headcount}, {formatDate(r.windowStart)} to {formatDate(r.windowEnd)}{' '}
                    <Badge size="xs" variant="outline" color="gray.8">
                      {r.status}
                    </Badge>
                  </Text>
                ))}
              </Stack>
            )}
          </Card>
        </SimpleGrid>
        <Card withBorder component="section" aria-labelledby="bookings-title">
          <Title order={2} size="h4" id="bookings-title" mb="xs">
            Bookings
          </Title>
          {bookings.length === 0 ? (
            <EmptyState title="No booking yet" />
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Offer</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Onsite / virtual / waitlist</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {bookings.map((b) => (
                    <Table.Tr key={b.id}>
                      <Table.Td>{b.offer.title}</Table.Td>
                      <Table.Td>{b.status}</Table.Td>
                      <Table.Td>
                        {b.onsiteSeats} / {b.virtualSeats} / {b.waitlistedSeats} of {b.headcount}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </QueryState>
    </Stack>
  );
}

export default function UniversityArea() {
  return (
    <Shell nav={NAV} notificationsPath="/university/notifications">
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="notifications" element={<NotificationsPage />} />
      </Routes>
    </Shell>
  );
}
