import type { CombinedError } from 'urql';
import { describeError, type ErrorDisplay } from '../../app/errors';

/** Reasons the university's actions meet, in the university's words. */
const REASONS: Record<string, string> = {
  INVALID_TRANSITION: 'This booking has already been answered or cancelled. Reload the list to see where it stands.',
  BOOKINGS_CLOSED: 'This offer is not open for bookings any more. Reload to see the offers open now.',
  ORGANIZATION_UNVERIFIED:
    'Your university is waiting for verification by the Practicum team; you can book once it is verified.',
  INVITATION_USED: 'This person has already joined.',
};

export function describeUniversityError(error: CombinedError | undefined): ErrorDisplay {
  const display = describeError(error);
  const reasons = (error?.graphQLErrors ?? [])
    .map((e) => e.extensions?.reason)
    .filter((r): r is string => typeof r === 'string' && !!REASONS[r]);
  return reasons.length ? { ...display, message: reasons.map((r) => REASONS[r]).join(' ') } : display;
}
