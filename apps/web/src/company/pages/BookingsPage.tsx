import { Anchor, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import {
  CompanyBookingsDocument,
  ConfirmBookingDocument,
  DeclineBookingDocument,
  type BookingStatus,
  type CompanyBookingFragment,
} from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { FormAlert } from '../../ui/FormAlert';
import { levelLabel } from '../../ui/labels';
import { EmptyState, PageTitle, QueryState } from '../../ui/States';
import { LoadMore } from '../../ui/useLoadMore';
import { usePagedQuery } from '../../ui/usePagedQuery';
import { usePageTitle } from '../../ui/usePageTitle';
import { DoneAlert } from '../components/DoneAlert';
import { FilterButtons } from '../components/FilterButtons';
import { SplitCounts, SplitPreview } from '../components/SplitPreview';
import { StatusBadge } from '../components/StatusBadge';
import { bookingStatus } from '../labels';

function BookingCard({ b, onDone }: { b: CompanyBookingFragment; onDone: (message: string) => void }) {
  const [confirming, confirm] = useMutation(ConfirmBookingDocument);
  const [declining, decline] = useMutation(DeclineBookingDocument);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const university = b.university?.name ?? 'A university';
  const name = `${university}: ${b.headcount} for ${b.offer.title}`;

  const run = async (result: Promise<{ error?: Parameters<typeof describeError>[0] }>, success: string) => {
    setMessage(null);
    const r = await result;
    if (r.error) setMessage(describeError(r.error).message);
    else onDone(success);
  };

  return (
    <Card withBorder component="li" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5" className="break-words">
            {university}: {b.headcount} {b.headcount === 1 ? 'student' : 'students'}
          </Title>
          <StatusBadge tone={bookingStatus(b.status)} />
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/company/offers/${b.offer.id}`}>
            {b.offer.title}
          </Anchor>{' '}
          · {formatDateTime(b.slot.startsAt)} · {b.slot.free} of {b.slot.capacity} seats free
        </Text>
        <Text size="sm">
          {b.program.name} ({levelLabel(b.program.level)})
          {b.studentIds.length ? ` · ${b.studentIds.length} named students` : ''} · asked {formatDateTime(b.createdAt)}
        </Text>
        {b.note && (
          <Text size="sm" className="break-words">
            “{b.note}”
          </Text>
        )}
        {b.status === 'PROPOSED' ? (
          <>
            <SplitPreview booking={b} />
            <FormAlert message={message} />
            <Group gap="sm">
              <Button
                loading={confirming.fetching}
                onClick={() => run(confirm({ id: b.id }), `Booking of ${university} confirmed.`)}
                aria-label={`Confirm the booking of ${university} for ${b.offer.title}`}
              >
                Confirm
              </Button>
              <Button
                variant="outline"
                color="red.8"
                onClick={() => setDeclineOpen(true)}
                aria-label={`Decline the booking of ${university} for ${b.offer.title}`}
              >
                Decline
              </Button>
            </Group>
            <Modal
              closeButtonProps={{ 'aria-label': 'Close the dialog' }}
              opened={declineOpen}
              onClose={() => setDeclineOpen(false)}
              title={`Decline the booking of ${university}`}
            >
              <Stack>
                <Textarea
                  label="Note to the university"
                  description="Optional: say why, or suggest another session."
                  autosize
                  minRows={3}
                  maxLength={1000}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setDeclineOpen(false)}>
                    Cancel
                  </Button>
                  <Button
                    color="red.8"
                    loading={declining.fetching}
                    onClick={async () => {
                      setDeclineOpen(false);
                      await run(decline({ id: b.id, note: note.trim() || null }), `Booking of ${university} declined.`);
                    }}
                  >
                    Decline
                  </Button>
                </Group>
              </Stack>
            </Modal>
          </>
        ) : (
          b.status === 'CONFIRMED' && (
            <>
              <SplitCounts
                onsite={b.onsiteSeats}
                virtual={b.virtualSeats}
                waitlisted={b.waitlistedSeats}
                label="Confirmed split"
              />
              {b.split?.message && <Text size="sm">{b.split.message}</Text>}
            </>
          )
        )}
      </Stack>
    </Card>
  );
}

const FILTERS = [
  { value: 'PROPOSED', label: 'To answer' },
  { value: 'CONFIRMED', label: 'Confirmed' },
  { value: 'DECLINED', label: 'Declined' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: '', label: 'All' },
];

export default function BookingsPage() {
  usePageTitle('Bookings');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'PROPOSED') as BookingStatus | '';
  const offerId = params.get('offer');
  const list = usePagedQuery({
    query: CompanyBookingsDocument,
    variables: { status: status || null },
    connection: (d) => d.bookings,
    idOf: (e) => e.node.id,
  });
  const { data, fetching, error, refetch } = list;
  const [done, setDone] = useState<string | null>(null);
  const bookings = list.edges.map((e) => e.node).filter((b) => !offerId || b.offer.id === offerId);
  return (
    <Stack gap="md">
      <PageTitle>Bookings</PageTitle>
      <FilterButtons
        label="Show bookings by status"
        value={status}
        options={FILTERS}
        onChange={(v) => setParams(offerId ? { status: v, offer: offerId } : { status: v })}
      />
      {offerId && (
        <Anchor component={Link} to={`/company/bookings?status=${status}`} size="sm">
          Show the bookings of every offer
        </Anchor>
      )}
      <DoneAlert message={done} />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={refetch}>
        {bookings.length === 0 ? (
          <EmptyState title={status === 'PROPOSED' ? 'No booking waits for an answer' : 'No booking here'}>
            Universities book your published site visits and internships for their cohorts.
          </EmptyState>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {bookings.map((b) => (
              <BookingCard
                key={b.id}
                b={b}
                onDone={(m) => {
                  setDone(m);
                  refetch();
                }}
              />
            ))}
          </Stack>
        )}
        {(bookings.length > 0 || list.hasMore) && (
          <LoadMore
            shown={bookings.length}
            noun="bookings"
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onMore={list.loadMore}
          />
        )}
      </QueryState>
    </Stack>
  );
}
