import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { UniversityDashboardDocument, type ApplicationStatus } from '../../gql/graphql';
import { formatDate } from '../../ui/dates';
import { applicationStatus, levelLabel, offerKindLabel, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { bookingStatus } from '../components/labels';
import { ScrollTable } from '../components/ScrollTable';

const STANDING: ApplicationStatus[] = [
  'SUBMITTED',
  'SHORTLISTED',
  'OFFERED',
  'ACCEPTED',
  'WAITLISTED',
  'VIRTUAL',
  'REJECTED',
];

export default function DashboardPage() {
  usePageTitle('University dashboard');
  const [{ data, fetching, error }, refetch] = useQuery({ query: UniversityDashboardDocument });
  const programs = data?.me.organization?.programs ?? [];
  const requests = data?.partnerRequests.edges.map((e) => e.node) ?? [];
  const bookings = data?.bookings.edges.map((e) => e.node) ?? [];
  const applications = data?.applications.edges.map((e) => e.node) ?? [];
  const count = (programId: string, status: ApplicationStatus) =>
    applications.filter((a) => a.programId === programId && a.status === status).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <PageTitle>Dashboard</PageTitle>
        <Button component={Link} to="/university/book">
          Book for a cohort
        </Button>
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Card withBorder component="section" aria-labelledby="standing-title">
          <Title order={2} size="h4" id="standing-title" mb="xs">
            Where each cohort stands
          </Title>
          {programs.length === 0 ? (
            <EmptyState title="No program yet">
              <Anchor component={Link} to="/university/programs">
                Create a program
              </Anchor>
            </EmptyState>
          ) : (
            <ScrollTable label="Where each cohort stands" minWidth={640}>
              <Table striped>
                <Table.Caption>Applications of each program&apos;s students, by status (latest 100)</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Program</Table.Th>
                    {STANDING.map((s) => (
                      <Table.Th scope="col" key={s}>
                        {applicationStatus(s).label.replace(': answer now', '')}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {programs.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Th scope="row" fw={500}>
                        {p.name}
                        <Text size="xs" fw={400}>
                          {levelLabel(p.level)} · cohort of {p.cohortSize} · {formatDate(p.termStart)} to{' '}
                          {formatDate(p.termEnd)}
                        </Text>
                      </Table.Th>
                      {STANDING.map((s) => (
                        <Table.Td key={s}>{count(p.id, s)}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          <Anchor component={Link} to="/university/students" size="sm">
            See every application
          </Anchor>
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="requests-title">
            <Title order={2} size="h4" id="requests-title" mb="xs">
              Partner requests
            </Title>
            {requests.length === 0 ? (
              <EmptyState title="No partner request yet" />
            ) : (
              <Stack gap={6}>
                {requests.slice(0, 8).map((r) => (
                  <Group key={r.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Anchor component={Link} to={`/university/requests/${r.id}`} size="sm">
                      {r.program.name}: {offerKindLabel(r.kind)} for {r.headcount}, {formatDate(r.windowStart)} to{' '}
                      {formatDate(r.windowEnd)}
                    </Anchor>
                    <Badge
                      size="xs"
                      variant="outline"
                      color={r.status === 'OPEN' ? TONES.success : TONES.neutral}
                      style={{ flexShrink: 0 }}
                    >
                      {r.status === 'OPEN' ? 'Open' : 'Closed'}
                    </Badge>
                  </Group>
                ))}
              </Stack>
            )}
            <Anchor component={Link} to="/university/requests" size="sm" mt="xs" display="block">
              All partner requests
            </Anchor>
          </Card>
          <Card withBorder component="section" aria-labelledby="bookings-title">
            <Title order={2} size="h4" id="bookings-title" mb="xs">
              Bookings
            </Title>
            {bookings.length === 0 ? (
              <EmptyState title="No booking yet" />
            ) : (
              <Stack gap={6}>
                {bookings.slice(0, 8).map((b) => (
                  <Group key={b.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm">
                      {b.offer.title}:{' '}
                      {b.status === 'CONFIRMED'
                        ? `${b.onsiteSeats} onsite, ${b.virtualSeats} virtual, ${b.waitlistedSeats} waitlisted`
                        : `${b.headcount} students`}
                    </Text>
                    <Badge size="xs" variant="outline" color={bookingStatus(b.status).color} style={{ flexShrink: 0 }}>
                      {bookingStatus(b.status).label}
                    </Badge>
                  </Group>
                ))}
              </Stack>
            )}
            <Anchor component={Link} to="/university/bookings" size="sm" mt="xs" display="block">
              All bookings
            </Anchor>
          </Card>
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}
