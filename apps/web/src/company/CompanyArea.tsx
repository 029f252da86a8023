import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { useQuery } from 'urql';
import { CompanyDashboardDocument } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { offerKindLabel } from '../ui/labels';
import { Shell, type NavItem } from '../ui/Shell';
import { EmptyState, PageTitle, QueryState } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';

const NotificationsPage = lazy(() => import('../ui/NotificationsPage'));

const NAV: NavItem[] = [
  { to: '/company', label: 'Dashboard', end: true },
  { to: '/company/notifications', label: 'Notifications' },
];

function Dashboard() {
  usePageTitle('Company dashboard');
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompanyDashboardDocument });
  const offers = data?.offers.edges.map((e) => e.node) ?? [];
  const bookings = data?.bookings.edges.map((e) => e.node) ?? [];
  const applicants = data?.applications.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="md">
      <PageTitle>Dashboard</PageTitle>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder>
            <Text size="sm">Offers</Text>
            <Text fw={700} size="xl">
              {offers.length}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm">Bookings to answer</Text>
            <Text fw={700} size="xl">
              {bookings.length}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm">Applicants to review</Text>
            <Text fw={700} size="xl">
              {applicants.length}
            </Text>
          </Card>
        </SimpleGrid>
        <Card withBorder component="section" aria-labelledby="offers-title">
          <Title order={2} size="h4" id="offers-title" mb="xs">
            Offers and their fill
          </Title>
          {offers.length === 0 ? (
            <EmptyState title="No offer yet" />
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Offer</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Onsite</Table.Th>
                    <Table.Th scope="col">Virtual</Table.Th>
                    <Table.Th scope="col">Deadline</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offers.map((o) => {
                    const capacity = o.slots.reduce((s, x) => s + x.capacity, 0);
                    const taken = o.slots.reduce((s, x) => s + x.taken, 0);
                    return (
                      <Table.Tr key={o.id}>
                        <Table.Td>
                          {o.title} <Text span size="xs">({offerKindLabel(o.kind)})</Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="outline" color="gray.8">
                            {o.status}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {taken} / {capacity}
                        </Table.Td>
                        <Table.Td>{o.virtualTwin ? `${o.virtualTwin.taken} / ${o.virtualTwin.capacity ?? '∞'}` : '–'}</Table.Td>
                        <Table.Td>{formatDate(o.applicationDeadline)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="bookings-title">
            <Title order={2} size="h4" id="bookings-title" mb="xs">
              Bookings to answer
            </Title>
            {bookings.length === 0 ? (
              <EmptyState title="No booking waits for you" />
            ) : (
              bookings.map((b) => (
                <Group key={b.id} justify="space-between" wrap="wrap">
                  <Text size="sm">
                    {b.university?.name ?? 'A university'}: {b.headcount} for {b.offer.title}
                  </Text>
                </Group>
              ))
            )}
          </Card>
          <Card withBorder component="section" aria-labelledby="applicants-title">
            <Title order={2} size="h4" id="applicants-title" mb="xs">
              Applicants to review
            </Title>
            {applicants.length === 0 ? (
              <EmptyState title="No new applicant" />
            ) : (
              applicants.map((a) => (
                <Text key={a.id} size="sm">
                  {a.student.fullName}: {a.offer.title}
                </Text>
              ))
            )}
          </Card>
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}

export default function CompanyArea() {
  return (
    <Shell nav={NAV} notificationsPath="/company/notifications">
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="notifications" element={<NotificationsPage />} />
      </Routes>
    </Shell>
  );
}
