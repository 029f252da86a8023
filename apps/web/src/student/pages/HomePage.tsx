import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { StudentHomeDocument } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { applicationStatus, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useAuth } from '../../app/auth';

export function HomePage() {
  usePageTitle('Home');
  const { member } = useAuth();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StudentHomeDocument });
  const applications = data?.myApplications.edges.map((e) => e.node) ?? [];
  const toAnswer = applications.filter((a) => a.status === 'OFFERED');
  const pending = applications.filter((a) => ['SUBMITTED', 'SHORTLISTED', 'WAITLISTED'].includes(a.status));
  const now = Date.now();
  const coming = applications
    .filter((a) => (a.status === 'ACCEPTED' || a.status === 'VIRTUAL') && new Date(a.slot.startsAt).getTime() > now)
    .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  const unread = data?.notifications.unreadCount ?? 0;

  return (
    <Stack gap="lg">
      <PageTitle>Welcome, {member?.fullName.split(' ')[0]}</PageTitle>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Offers to answer
            </Title>
            {toAnswer.length === 0 ? (
              <EmptyState title="Nothing to answer">
                When a company offers you a seat, it appears here with the time left to accept.
              </EmptyState>
            ) : (
              <Stack gap="xs">
                {toAnswer.map((a) => (
                  <Group key={a.id} justify="space-between" wrap="wrap">
                    <Anchor component={Link} to="/student/applications" className="break-words">
                      {a.offer.title}
                    </Anchor>
                    <Badge color={TONES.attention}>{a.holdsSeat ? 'Seat held for you' : 'Offered'}</Badge>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Applications to rank
            </Title>
            {pending.length === 0 ? (
              <EmptyState title="No open applications">
                <Anchor component={Link} to="/student/offers">
                  Find an internship or a site visit
                </Anchor>
              </EmptyState>
            ) : (
              <Stack gap="xs">
                <Text size="sm">
                  {pending.length} open {pending.length === 1 ? 'application' : 'applications'}: put your favourite
                  first.
                </Text>
                {pending.slice(0, 5).map((a) => (
                  <Group key={a.id} justify="space-between" wrap="wrap">
                    <Text size="sm" className="break-words">
                      {a.rank}. {a.offer.title}
                    </Text>
                    <Badge variant="outline" color={applicationStatus(a.status).color}>
                      {applicationStatus(a.status).label}
                    </Badge>
                  </Group>
                ))}
                <Anchor component={Link} to="/student/applications" size="sm">
                  Rank my applications
                </Anchor>
              </Stack>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Visits and placements coming
            </Title>
            {coming.length === 0 ? (
              <EmptyState title="Nothing planned yet">
                Accepted visits and internships are listed here with their dates.
              </EmptyState>
            ) : (
              <Stack gap="xs">
                {coming.map((a) => (
                  <Stack key={a.id} gap={0}>
                    <Text fw={500} className="break-words">
                      {a.offer.title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(a.slot.startsAt)}
                      {a.status === 'VIRTUAL' ? ' · virtual' : ` · ${a.offer.facility.city}`}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            )}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              Notifications
            </Title>
            <Text size="sm" mb="xs">
              {unread ? `${unread} unread` : 'All read'}
            </Text>
            <Stack gap={4}>
              {data?.notifications.edges.map(({ node }) => (
                <Text key={node.id} size="sm" fw={node.readAt ? 400 : 600} className="break-words">
                  {node.title}
                </Text>
              ))}
            </Stack>
            <Anchor component={Link} to="/student/notifications" size="sm" mt="xs">
              See all notifications
            </Anchor>
          </Card>
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}
