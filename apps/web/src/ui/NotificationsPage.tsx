import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MarkNotificationsReadDocument, NotificationsDocument, type NotificationsQuery } from '../gql/graphql';
import { LoadMore, useLoadMore } from './useLoadMore';
import { formatDateTime } from './dates';
import { EmptyState, PageTitle, QueryState } from './States';
import { usePageTitle } from './usePageTitle';

const PAGE = 20;

export default function NotificationsPage() {
  usePageTitle('Notifications');
  const [unreadOnly, setUnreadOnly] = useState(false);
  // Marking read starts the list again from the newest, so no page on screen keeps an old state.
  const [generation, setGeneration] = useState(0);
  const pages = useLoadMore<NotificationsQuery['notifications']['edges'][number]>(
    `${unreadOnly}:${generation}`,
    (e) => e.node.id,
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NotificationsDocument,
    variables: { first: PAGE, after: pages.after, unreadOnly },
  });
  const [marking, mark] = useMutation(MarkNotificationsReadDocument);
  const items = pages.all(data?.notifications.edges).map((e) => e.node);
  const unreadHere = items.filter((n) => !n.readAt).map((n) => n.id);
  const markRead = async (ids: string[]) => {
    await mark({ ids });
    setGeneration((g) => g + 1);
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
          }}
        />
        <Group gap="sm">
          <Anchor component={Link} to="preferences" size="sm">
            Notification preferences
          </Anchor>
          <Button
            variant="default"
            size="sm"
            disabled={unreadHere.length === 0}
            loading={marking.fetching}
            onClick={() => markRead(unreadHere)}
          >
            Mark these as read
          </Button>
        </Group>
      </Group>
      <QueryState
        fetching={fetching && !pages.hasEarlier}
        error={error}
        hasData={!!data || pages.hasEarlier}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {items.length === 0 ? (
          <EmptyState title={unreadOnly ? 'No unread notification' : 'No notification yet'}>
            What companies, universities and Practicum tell you appears here.
          </EmptyState>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((n) => (
              <Card
                component="li"
                key={n.id}
                withBorder
                padding="sm"
                style={{ borderLeft: n.readAt ? undefined : '4px solid var(--mantine-color-teal-8)' }}
              >
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
        {items.length > 0 && (
          <LoadMore
            shown={items.length}
            noun="notifications"
            hasMore={fetching || !!data?.notifications.pageInfo.hasNextPage}
            loading={fetching}
            onMore={() => data && pages.more(data.notifications.edges, data.notifications.pageInfo.endCursor)}
          />
        )}
      </QueryState>
    </Stack>
  );
}
