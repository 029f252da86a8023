import type { BookingStatus, DeliveryStatus, MatchRunStatus, OfferStatus } from '../gql/graphql';
import { TONES } from '../ui/labels';

type Tone = { label: string; color: string };

const OFFER: Record<OfferStatus, Tone> = {
  DRAFT: { label: 'Draft', color: TONES.neutral },
  PUBLISHED: { label: 'Published', color: TONES.success },
  CLOSED: { label: 'Closed', color: TONES.danger },
};
export const offerStatus = (s: OfferStatus) => OFFER[s] ?? { label: s, color: TONES.neutral };

const BOOKING: Record<BookingStatus, Tone> = {
  PROPOSED: { label: 'To answer', color: TONES.attention },
  CONFIRMED: { label: 'Confirmed', color: TONES.success },
  DECLINED: { label: 'Declined', color: TONES.danger },
  CANCELLED: { label: 'Cancelled', color: TONES.neutral },
};
export const bookingStatus = (s: BookingStatus) => BOOKING[s] ?? { label: s, color: TONES.neutral };

const DELIVERY: Record<DeliveryStatus, Tone> = {
  PENDING: { label: 'Pending', color: TONES.waiting },
  SENT: { label: 'Sent', color: TONES.success },
  DEAD: { label: 'Dead: every attempt failed', color: TONES.danger },
};
export const deliveryStatus = (s: DeliveryStatus) => DELIVERY[s] ?? { label: s, color: TONES.neutral };

const RUN: Record<MatchRunStatus, Tone> = {
  QUEUED: { label: 'Queued', color: TONES.waiting },
  RUNNING: { label: 'Running', color: TONES.info },
  DONE: { label: 'Done', color: TONES.success },
  FAILED: { label: 'Failed', color: TONES.danger },
};
export const runStatus = (s: MatchRunStatus) => RUN[s] ?? { label: s, color: TONES.neutral };

const OUTCOMES: Record<string, Tone> = {
  MATCHED: { label: 'Matched', color: TONES.success },
  UNMATCHED: { label: 'Not matched', color: TONES.danger },
  NOT_NEEDED: { label: 'Placed at a better choice', color: TONES.neutral },
};
export const outcomeLabel = (s: string) => OUTCOMES[s] ?? { label: s, color: TONES.neutral };

/** The browser's time zone, named next to the date fields (such as "Europe/Stockholm"). */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export const WEBHOOK_EVENTS = [
  'organization.verified',
  'application.submitted',
  'application.shortlisted',
  'application.offered',
  'application.accepted',
  'application.promoted',
  'application.rejected',
  'application.waitlisted',
  'application.virtual',
  'application.hold_expired',
  'booking.proposed',
  'booking.confirmed',
  'booking.declined',
  'booking.cancelled',
  'booking.seats_moved',
  'match_round.published',
];
