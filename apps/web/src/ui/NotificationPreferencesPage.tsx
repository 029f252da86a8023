import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../app/errors';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument, type NotificationType } from '../gql/graphql';
import { DoneAlert } from '../company/components/DoneAlert';
import { FormAlert } from './FormAlert';
import { PageTitle, QueryState } from './States';
import { usePageTitle } from './usePageTitle';

/** What each kind of notification is about, in the order a member meets them. */
export const NOTIFICATION_TYPES: { type: NotificationType; label: string }[] = [
  { type: 'ORGANIZATION_VERIFIED', label: 'Your organization is verified' },
  { type: 'APPLICATION_SUBMITTED', label: 'A student applied' },
  { type: 'APPLICATION_SHORTLISTED', label: 'An application was shortlisted' },
  { type: 'APPLICATION_OFFERED', label: 'A seat was offered' },
  { type: 'APPLICATION_PROMOTED', label: 'A seat came free from the waitlist (held for a while)' },
  { type: 'HOLD_REMINDER', label: 'A held seat is about to be released' },
  { type: 'APPLICATION_HOLD_EXPIRED', label: 'A held seat was released' },
  { type: 'APPLICATION_ACCEPTED', label: 'An offered seat was accepted' },
  { type: 'APPLICATION_WAITLISTED', label: 'An application went on the waitlist' },
  { type: 'APPLICATION_VIRTUAL', label: 'A place in the virtual alternative' },
  { type: 'APPLICATION_REJECTED', label: 'An application was not selected' },
  { type: 'MATCH_ROUND_PUBLISHED', label: 'A match round was published' },
  { type: 'BOOKING_PROPOSED', label: 'A university asked for seats' },
  { type: 'BOOKING_CONFIRMED', label: 'A booking was confirmed' },
  { type: 'BOOKING_DECLINED', label: 'A booking was declined' },
  { type: 'BOOKING_CANCELLED', label: 'A booking was cancelled' },
  { type: 'BOOKING_SEATS_MOVED', label: 'Seats of a booking moved onsite or online' },
  { type: 'DEADLINE_REMINDER', label: 'An application deadline is near' },
  { type: 'SITE_VISIT_REMINDER', label: 'A site visit is coming up' },
];

type Choice = { inApp: boolean; email: boolean };

/** Per kind of notification: in the app (the bell) and by email. Invitations and password resets always go by email. */
export default function NotificationPreferencesPage({ notificationsPath }: { notificationsPath: string }) {
  usePageTitle('Notification preferences');
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationPreferencesDocument });
  const [saving, save] = useMutation(UpdateNotificationPreferencesDocument);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (data) setChoices(Object.fromEntries(data.notificationPreferences.map((p) => [p.type, { inApp: p.inApp, email: p.email }])));
  }, [data]);

  const rows = useMemo(() => {
    const known = NOTIFICATION_TYPES.filter((t) => choices[t.type]);
    const others = Object.keys(choices)
      .filter((type) => !NOTIFICATION_TYPES.some((t) => t.type === type))
      .map((type) => ({ type: type as NotificationType, label: type.toLowerCase().replace(/_/g, ' ') }));
    return [...known, ...others];
  }, [choices]);
  const changed = !!data && data.notificationPreferences.some((p) => choices[p.type] && (choices[p.type].inApp !== p.inApp || choices[p.type].email !== p.email));

  const set = (type: string, channel: keyof Choice, value: boolean) => {
    setDone(null);
    setChoices((current) => ({ ...current, [type]: { ...current[type], [channel]: value } }));
  };
  const submit = async () => {
    setMessage(null);
    setDone(null);
    const result = await save({ preferences: rows.map((r) => ({ type: r.type, ...choices[r.type] })) });
    if (result.error) {
      // The page has one field (the whole list): what the API said about it is the message.
      const { message: said, fields } = describeError(result.error);
      setMessage(Object.values(fields).join(' ') || said);
    }
    else setDone('Saved: new notifications follow these choices.');
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
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch({ requestPolicy: 'network-only' })}>
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
                      <Checkbox aria-label={`${r.label}: in the app`} checked={choices[r.type]?.inApp ?? true} onChange={(e) => set(r.type, 'inApp', e.currentTarget.checked)} />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox aria-label={`${r.label}: by email`} checked={choices[r.type]?.email ?? true} onChange={(e) => set(r.type, 'email', e.currentTarget.checked)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Group>
          <Button onClick={submit} loading={saving.fetching} disabled={!changed}>
            Save preferences
          </Button>
        </Group>
      </QueryState>
    </Stack>
  );
}
