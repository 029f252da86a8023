import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../app/errors';
import {
  NotificationPreferencesDocument,
  UpdateNotificationPreferencesDocument,
  type NotificationType,
} from '../gql/graphql';
import { DoneAlert } from '../company/components/DoneAlert';
import { FormAlert } from './FormAlert';
import { PageTitle, QueryState } from './States';
import { usePageTitle } from './usePageTitle';

export type Area = 'student' | 'company' | 'university';

/** What each kind of notification is about, and the areas whose members usually get it. */
export const NOTIFICATION_TYPES: { type: NotificationType; label: string; areas: Area[] }[] = [
  { type: 'ORGANIZATION_VERIFIED', label: 'Your organization is verified', areas: ['company', 'university'] },
  { type: 'APPLICATION_SUBMITTED', label: 'A student applied', areas: ['company'] },
  { type: 'APPLICATION_SHORTLISTED', label: 'An application was shortlisted', areas: ['student'] },
  { type: 'APPLICATION_OFFERED', label: 'A seat was offered', areas: ['student'] },
  { type: 'APPLICATION_PROMOTED', label: 'A seat came free from the waitlist (held for a while)', areas: ['student'] },
  { type: 'HOLD_REMINDER', label: 'A held seat is about to be released', areas: ['student'] },
  { type: 'APPLICATION_HOLD_EXPIRED', label: 'A held seat was released', areas: ['student'] },
  { type: 'APPLICATION_ACCEPTED', label: 'An offered seat was accepted', areas: ['student', 'company'] },
  { type: 'APPLICATION_WAITLISTED', label: 'An application went on the waitlist', areas: ['student'] },
  { type: 'APPLICATION_VIRTUAL', label: 'A place in the virtual alternative', areas: ['student'] },
  { type: 'APPLICATION_REJECTED', label: 'An application was not selected', areas: ['student'] },
  { type: 'MATCH_ROUND_PUBLISHED', label: 'A match round was published', areas: ['student', 'company', 'university'] },
  { type: 'BOOKING_PROPOSED', label: 'A university asked for seats', areas: ['company'] },
  { type: 'BOOKING_CONFIRMED', label: 'A booking was confirmed', areas: ['university'] },
  { type: 'BOOKING_DECLINED', label: 'A booking was declined', areas: ['university'] },
  { type: 'BOOKING_CANCELLED', label: 'A booking was cancelled', areas: ['company', 'university'] },
  { type: 'BOOKING_SEATS_MOVED', label: 'Seats of a booking moved onsite or online', areas: ['university'] },
  { type: 'DEADLINE_REMINDER', label: 'An application deadline is near', areas: ['student'] },
  { type: 'SITE_VISIT_REMINDER', label: 'A site visit is coming up', areas: ['student', 'company', 'university'] },
];

type Choice = { inApp: boolean; email: boolean };

/** Per kind of notification: in the app (the bell) and by email. Invitations and password resets always go by email. */
export default function NotificationPreferencesPage({
  notificationsPath,
  area,
}: {
  notificationsPath: string;
  area: Area;
}) {
  usePageTitle('Notification preferences');
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationPreferencesDocument });
  const [saving, save] = useMutation(UpdateNotificationPreferencesDocument);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [everyKind, setEveryKind] = useState(false);

  useEffect(() => {
    if (data)
      setChoices(
        Object.fromEntries(data.notificationPreferences.map((p) => [p.type, { inApp: p.inApp, email: p.email }])),
      );
  }, [data]);

  const rows = useMemo(() => {
    const known = NOTIFICATION_TYPES.filter((t) => choices[t.type] && (everyKind || t.areas.includes(area)));
    const others = Object.keys(choices)
      .filter((type) => !NOTIFICATION_TYPES.some((t) => t.type === type))
      .map((type) => ({ type: type as NotificationType, label: type.toLowerCase().replace(/_/g, ' ') }));
    return [...known, ...(everyKind ? others : [])];
  }, [choices, everyKind, area]);
  const changed =
    !!data &&
    data.notificationPreferences.some(
      (p) => choices[p.type] && (choices[p.type].inApp !== p.inApp || choices[p.type].email !== p.email),
    );

  const set = (type: string, channel: keyof Choice, value: boolean) => {
    setDone(null);
    setChoices((current) => ({ ...current, [type]: { ...current[type], [channel]: value } }));
  };
  const submit = async () => {
    setMessage(null);
    setDone(null);
    // Every kind is sent, shown or not, so the saved choices are exactly what the page holds.
    const result = await save({
      preferences: Object.entries(choices).map(([type, choice]) => ({ type: type as NotificationType, ...choice })),
    });
    if (result.error) {
      // The page has one field (the whole list): what the API said about it is the message.
      const { message: said, fields } = describeError(result.error);
      setMessage(Object.values(fields).join(' ') || said);
    } else setDone('Saved: new notifications follow these choices.');
  };

  return (
    <Stack gap="md">
      <PageTitle>Notification preferences</PageTitle>
      <Text size="sm">
        Choose how you hear about each kind of event: in the app (the bell and{' '}
        <Anchor component={Link} to={notificationsPath}>
          Notifications
        </Anchor>
        ) and by email. Invitations and password-reset links always come by email.
      </Text>
      <FormAlert message={message} />
      <DoneAlert message={done} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="xs" aria-label="Notification preferences">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Notification</Table.Th>
                  <Table.Th scope="col">In the app</Table.Th>
                  <Table.Th scope="col">By email</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.type}>
                    <Table.Th scope="row" fw={400}>
                      {r.label}
                    </Table.Th>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${r.label}: in the app`}
                        checked={choices[r.type]?.inApp ?? true}
                        onChange={(e) => set(r.type, 'inApp', e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${r.label}: by email`}
                        checked={choices[r.type]?.email ?? true}
                        onChange={(e) => set(r.type, 'email', e.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Checkbox
          label="Show every kind of notification, not only the usual ones here"
          checked={everyKind}
          onChange={(e) => setEveryKind(e.currentTarget.checked)}
        />
        <Group>
          <Button onClick={submit} loading={saving.fetching} disabled={!changed}>
            Save preferences
          </Button>
        </Group>
      </QueryState>
    </Stack>
  );
}
