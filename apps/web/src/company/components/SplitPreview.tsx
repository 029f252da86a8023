import { Group, Stack, Text } from '@mantine/core';
import type { CompanyBookingFragment } from '../../gql/graphql';
import { TONES } from '../../ui/labels';
import { Notice } from './DoneAlert';
import { onsiteShare, previewSplit, type SplitPreview as Split } from './split';

export function bookingPreview(b: CompanyBookingFragment, now = Date.now()): Split {
  const group = b.offer.priorityGroup;
  return previewSplit({
    headcount: b.headcount,
    slot: b.slot,
    twin: b.offer.virtualTwin
      ? { capacity: b.offer.virtualTwin.capacity ?? null, taken: b.offer.virtualTwin.taken }
      : null,
    reservedSeats: group?.reservedSeats ?? 0,
    reserveInForce: !!group && new Date(b.offer.applicationDeadline).getTime() > now,
    inPriorityGroup:
      !!group && (group.universityIds.includes(b.universityId) || group.programIds.includes(b.programId)),
  });
}

function Count({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Stack gap={0} align="center" miw={80} style={{ borderLeft: `4px solid ${color}`, paddingLeft: 8 }}>
      <Text fw={700} size="xl">
        {value}
      </Text>
      <Text size="xs">{label}</Text>
    </Stack>
  );
}

/** The onsite / virtual / waitlist split, as numbers with words (colour is never the only signal). */
export function SplitCounts({
  onsite,
  virtual,
  waitlisted,
  label,
}: {
  onsite: number;
  virtual: number;
  waitlisted: number;
  label: string;
}) {
  return (
    <Group
      gap="md"
      wrap="wrap"
      role="group"
      aria-label={`${label}: ${onsite} onsite, ${virtual} virtual, ${waitlisted} waitlisted`}
    >
      <Count label="onsite" value={onsite} color={TONES.success} />
      <Count label="virtual" value={virtual} color={TONES.virtual} />
      <Count label="waitlisted" value={waitlisted} color={TONES.waiting} />
    </Group>
  );
}

/** What confirming would do now, and whether the program's minimum onsite share is met. */
export function SplitPreview({ booking }: { booking: CompanyBookingFragment }) {
  const preview = bookingPreview(booking);
  const minimum = booking.program.minimumOnsiteShare;
  const { share, met } = onsiteShare(preview, booking.headcount, minimum);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        If you confirm now
      </Text>
      <SplitCounts {...preview} label="If you confirm now" />
      {!booking.offer.virtualTwin && preview.waitlisted > 0 && (
        <Text size="sm">This offer has no virtual alternative, so the overflow waits on the waitlist.</Text>
      )}
      {preview.limitedByReserve && (
        <Text size="sm">Some free seats are held for the offer's priority group until the deadline.</Text>
      )}
      {minimum > 0 && !met && (
        <Notice kind="warning" title="Below the program's minimum onsite share">
          Only {Math.round(share * 100)}% of the cohort would be onsite; {booking.program.name} asks for at least{' '}
          {Math.round(minimum * 100)}%.
        </Notice>
      )}
      <Text size="xs" c="dimmed">
        An estimate from the seats free now: the split is decided when you confirm.
      </Text>
    </Stack>
  );
}
