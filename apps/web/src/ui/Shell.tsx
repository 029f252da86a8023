import {
  AppShell,
  Burger,
  Button,
  Group,
  Indicator,
  NavLink,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useAuth } from '../app/auth';
import { liveSocket } from '../app/client';
import { NotificationCountDocument, UnreadCountDocument } from '../gql/graphql';
import './area-styles';

export interface NavItem {
  to: string;
  label: string;
  /** Matches only the exact path (for an area's home). */
  end?: boolean;
}

const POLL_MS = 30_000;

/** The unread count, pushed over the subscription socket; polled while the socket is down. */
function NotificationBell({ to }: { to: string }) {
  const live = useSyncExternalStore(liveSocket.subscribe, liveSocket.isOpen);
  const [{ data }, refresh] = useQuery({ query: UnreadCountDocument, requestPolicy: 'cache-and-network' });
  const [{ data: pushed }] = useSubscription({ query: NotificationCountDocument });
  const wasLive = useRef(live);
  useEffect(() => {
    // A dropped socket may have missed changes: ask once at once, then poll.
    if (wasLive.current && !live) refresh({ requestPolicy: 'network-only' });
    wasLive.current = live;
    if (live) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh({ requestPolicy: 'network-only' });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh, live]);
  const unread = (live ? pushed?.notificationCount : undefined) ?? data?.notifications.unreadCount ?? 0;
  return (
    <UnstyledButton
      component={Link}
      to={to}
      aria-label={unread ? `Notifications: ${unread} unread` : 'Notifications: none unread'}
      p={6}
    >
      <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={!unread} color="red.9">
        <svg
          width="22"
          height="22"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </Indicator>
    </UnstyledButton>
  );
}

/** The signed-in frame: header with the bell and sign-out, navigation of the member's area. */
export function Shell({
  nav,
  notificationsPath,
  children,
}: {
  nav: NavItem[];
  notificationsPath?: string;
  children: ReactNode;
}) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { member, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(close, [location.pathname, close]);

  const active = (item: NavItem) =>
    item.end
      ? location.pathname === item.to
      : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Text component={Link} to="/" fw={700} size="lg" c="teal.9" style={{ textDecoration: 'none' }}>
              Practicum
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {notificationsPath && <NotificationBell to={notificationsPath} />}
            <Text size="sm" visibleFrom="sm" truncate maw={220}>
              {member?.fullName}
              {member?.organization && <VisuallyHidden>, {member.organization.name}</VisuallyHidden>}
            </Text>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                signOut('You are signed out.');
                void navigate('/sign-in');
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {member?.organization && (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {member.organization.name}
          </Text>
        )}
        {nav.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={active(item)}
            variant="filled"
            aria-current={active(item) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
