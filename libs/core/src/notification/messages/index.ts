import { NotificationType } from '../notification-type';
import { applicationAccepted } from './application-accepted.message';
import { applicationHoldExpired } from './application-hold-expired.message';
import { applicationOffered } from './application-offered.message';
import { applicationPromoted } from './application-promoted.message';
import { applicationRejected } from './application-rejected.message';
import { applicationShortlisted } from './application-shortlisted.message';
import { applicationSubmitted } from './application-submitted.message';
import { applicationVirtual } from './application-virtual.message';
import { applicationWaitlisted } from './application-waitlisted.message';
import { bookingCancelled } from './booking-cancelled.message';
import { bookingConfirmed } from './booking-confirmed.message';
import { bookingDeclined } from './booking-declined.message';
import { bookingProposed } from './booking-proposed.message';
import { bookingSeatsMoved } from './booking-seats-moved.message';
import { deadlineReminder } from './deadline-reminder.message';
import { holdReminder } from './hold-reminder.message';
import { matchRoundPublished } from './match-round-published.message';
import { memberInvited } from './member-invited.message';
import { organizationVerified } from './organization-verified.message';
import { passwordReset } from './password-reset.message';
import { siteVisitReminder } from './site-visit-reminder.message';
import { MessageTemplate } from './wording';

/** The wording of every notification type; a type without its message does not compile. */
export const MESSAGES = {
  MEMBER_INVITED: memberInvited,
  PASSWORD_RESET: passwordReset,
  ORGANIZATION_VERIFIED: organizationVerified,
  APPLICATION_SUBMITTED: applicationSubmitted,
  APPLICATION_SHORTLISTED: applicationShortlisted,
  APPLICATION_OFFERED: applicationOffered,
  APPLICATION_ACCEPTED: applicationAccepted,
  APPLICATION_PROMOTED: applicationPromoted,
  APPLICATION_REJECTED: applicationRejected,
  APPLICATION_WAITLISTED: applicationWaitlisted,
  APPLICATION_VIRTUAL: applicationVirtual,
  APPLICATION_HOLD_EXPIRED: applicationHoldExpired,
  BOOKING_PROPOSED: bookingProposed,
  BOOKING_CONFIRMED: bookingConfirmed,
  BOOKING_DECLINED: bookingDeclined,
  BOOKING_CANCELLED: bookingCancelled,
  BOOKING_SEATS_MOVED: bookingSeatsMoved,
  MATCH_ROUND_PUBLISHED: matchRoundPublished,
  DEADLINE_REMINDER: deadlineReminder,
  HOLD_REMINDER: holdReminder,
  SITE_VISIT_REMINDER: siteVisitReminder,
} satisfies { [T in NotificationType]: MessageTemplate<never> };

/** The facts each type's message is written from. */
export type MessageFacts = { [T in NotificationType]: Parameters<(typeof MESSAGES)[T]>[0] };

export * from './wording';
export type { ApplicationChangeFacts } from './application-change';
export type { BookingChangeFacts } from './booking-change';
