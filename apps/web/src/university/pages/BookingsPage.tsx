import { Alert, Badge, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { CancelBookingDocument, UniversityBookingsDocument, type BookingStatus } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { offerKindLabel, TONES } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore } from '../../ui/useLoadMore';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { describeUniversityError } from '../components/errors';
import { bookingStatus, percent, ruleLabel } from '../components/labels';

const STATUSES = [
  { value: '', label: 'All' },
  { value: 'PROPOSED', label: 'Waiting for the company' },
  { value: 'CONFIRMED', label: 'Confirmed' },
  { value: 'DECLINED', label: 'Declined' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

export default function BookingsPage() {
  usePageTitle('Bookings');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') || null) as BookingStatus | null;
  const sent = params.get('sent');
  const list = usePagedQuery({
    query: UniversityBookingsDocument,
    variables: { status },
    connection: (d) => d.bookings,
    idOf: (e) => e.node.id,
  });
  const { data, fetching, error, refetch } = list;
  const [{ fetching: cancelling }, cancel] = useMutation(CancelBookingDocument);
  const [target, setTarget] = useState<{ id: string; title: string } | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const bookings = list.edges.map((e) => e.node);

  const confirmCancel = async () => {
    if (!target) return;
    const result = await cancel({ id: target.id, note: note.trim() || undefined });
    if (result.error) setMessage(describeUniversityError(result.error).message);
    else setMessage(null);
    setTarget(null);
    setNote('');
    refetch();
  };

  return (
    <Stack gap="md">
      <PageTitle>Bookings</PageTitle>
      {sent && (
        <Alert
          color={TONES.success}
          variant="outline"
          role="status"
          title="Booking request sent"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setParams({})}
        >
          The company confirms or declines it; you are notified either way, with the final split.
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label="Status"
          data={STATUSES}
          value={status ?? ''}
          onChange={(v) => setParams(v ? { status: v } : {})}
          allowDeselect={false}
          w={240}
        />
        <Button component={Link} to="/university/book">
          Book for a cohort
        </Button>
      </Group>
      <FormAlert message={message} title="Could not cancel" />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={refetch}>
        {bookings.length === 0 ? (
          <EmptyState title={status ? 'No booking with this status' : 'No booking yet'}>
            Book a site visit or internship positions for a cohort.
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {bookings.map((b) => {
              const s = bookingStatus(b.status);
              const open = b.status === 'PROPOSED' || b.status === 'CONFIRMED';
              return (
                <Card withBorder key={b.id} component="article" aria-labelledby={`booking-${b.id}`}>
                  <Group justify="space-between" wrap="wrap" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Title order={2} size="h4" id={`booking-${b.id}`}>
                        {b.offer.title}
                      </Title>
                      <Text size="sm">
                        {offerKindLabel(b.offer.kind)} · {b.offer.company?.name ?? 'company'} ·{' '}
                        {formatDateTime(b.slot.startsAt)}
                      </Text>
                      <Text size="sm">
                        {b.program.name} · {b.headcount} students{b.studentIds.length ? ' (named)' : ''}
                        {b.split
                          ? ` · ${ruleLabel(b.split.rule)}${b.split.seed != null ? `, seed ${b.split.seed}` : ''}`
                          : ''}
                      </Text>
                    </Stack>
                    <Badge variant="outline" color={s.color}>
                      {s.label}
                    </Badge>
                  </Group>
                  <Text size="sm" mt="xs" fw={500}>
                    {b.status === 'CONFIRMED'
                      ? `${b.onsiteSeats} onsite · ${b.virtualSeats} virtual · ${b.waitlistedSeats} on the waitlist`
                      : b.status === 'PROPOSED'
                        ? 'The split is decided when the company confirms.'
                        : 'No seats held.'}
                  </Text>
                  {b.split?.message && (
                    <Text size="sm" c={b.split.minimumMet ? undefined : TONES.attention}>
                      {b.split.minimumMet
                        ? ''
                        : `Below the minimum onsite share (${percent(b.split.onsiteShare)} of ${percent(b.split.minimumOnsiteShare)}): `}
                      {b.split.message}
                    </Text>
                  )}
                  {b.note && <Text size="sm">Note: {b.note}</Text>}
                  {open && (
                    <Group mt="sm">
                      <Button
                        variant="default"
                        color="red"
                        size="xs"
                        onClick={() => setTarget({ id: b.id, title: b.offer.title })}
                        aria-label={`Cancel booking: ${b.offer.title}`}
                      >
                        Cancel booking
                      </Button>
                    </Group>
                  )}
                </Card>
              );
            })}
          </Stack>
        )}
        {bookings.length > 0 && (
          <LoadMore
            shown={bookings.length}
            noun="bookings"
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onMore={list.loadMore}
          />
        )}
      </QueryState>
      <Modal
        opened={!!target}
        onClose={() => setTarget(null)}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Cancel the booking of ${target?.title ?? ''}?`}
      >
        <Stack gap="sm">
          <Text size="sm">Its onsite and virtual seats are freed for others; the company is told.</Text>
          <Textarea
            label="Reason for the company (optional)"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            rows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              Keep it
            </Button>
            <Button color="red.8" onClick={confirmCancel} loading={cancelling}>
              Cancel booking
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
