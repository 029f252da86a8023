import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MarkNotificationsReadDocument, NotificationsDocument } from '../gql/graphql';
import { formatDateTime } from './dates';
import { EmptyState, PageTitle, QueryState } from './States';
import { usePageTitle } from './usePageTitle';

const PAGE = 20;

export default function NotificationsPage() {
  usePageTitle('Notifications');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NotificationsDocument,
    variables: { first: PAGE, after: cursors[cursors.length - 1], unreadOnly },
  });
  const [marking, mark] = useMutation(MarkNotificationsReadDocument);
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unreadHere = items.filter((n) => !n.readAt).map((n) => n.id);
  const markRead = async (ids: string[]) => {
    await mark({ ids });
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Stack gap="md">
      <PageTitle>Notifications</PageTitle>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Show"
          data={[
            { value: 'all', label: 'All' },
            { value: 'unread', label: `Unread (${data?.notifications.unreadCount ?? 0})` },
          ]}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setCursors([null]);
          }}
        />
        <Group gap="sm">
          <Anchor component={Link} to="preferences" size="sm">
            Notification preferences
          </Anchor>
          <Button variant="default" size="sm" disabled={unreadHere.length === 0} loading={marking.fetching} onClick={() => markRead(unreadHere)}>
            Mark these as read
          </Button>
        </Group>
      </Group>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {items.length === 0 ? (
          <EmptyState title={unreadOnly ? 'No unread notification' : 'No notification yet'}>What companies, universities and Practicum tell you appears here.</EmptyState>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((n) => (
              <Card component="li" key={n.id} withBorder padding="sm" style={{ borderLeft: n.readAt ? undefined : '4px solid var(--mantine-color-teal-8)' }}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text fw={n.readAt ? 500 : 700} className="break-words">
                      {!n.readAt && <span className="visually-hidden-text">Unread: </span>}
                      {n.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt)}
                    </Text>
                  </Group>
                  <Text size="sm" className="break-words" style={{ whiteSpace: 'pre-line' }}>
                    {n.body}
                  </Text>
                  <Group gap="sm">
                    {n.link && (
                      <Anchor href={n.link} size="sm" target="_blank" rel="noreferrer">
                        Open link
                      </Anchor>
                    )}
                    {!n.readAt && (
                      <Button size="compact-xs" variant="subtle" onClick={() => markRead([n.id])}>
                        Mark as read
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
        <Group justify="space-between">
          <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Newer
          </Button>
          <Button variant="default" disabled={!data?.notifications.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, data!.notifications.pageInfo.endCursor ?? null])}>
            Older
          </Button>
        </Group>
      </QueryState>
    </Stack>
  );
}
