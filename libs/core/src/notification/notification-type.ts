/** Every kind of notification a member or an organization can receive. */
export enum NotificationType {
  MEMBER_INVITED = 'MEMBER_INVITED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  ORGANIZATION_VERIFIED = 'ORGANIZATION_VERIFIED',
  APPLICATION_SUBMITTED = 'APPLICATION_SUBMITTED',
  APPLICATION_SHORTLISTED = 'APPLICATION_SHORTLISTED',
  APPLICATION_OFFERED = 'APPLICATION_OFFERED',
  APPLICATION_ACCEPTED = 'APPLICATION_ACCEPTED',
  APPLICATION_PROMOTED = 'APPLICATION_PROMOTED',
  APPLICATION_REJECTED = 'APPLICATION_REJECTED',
  APPLICATION_WAITLISTED = 'APPLICATION_WAITLISTED',
  APPLICATION_VIRTUAL = 'APPLICATION_VIRTUAL',
  APPLICATION_HOLD_EXPIRED = 'APPLICATION_HOLD_EXPIRED',
  BOOKING_PROPOSED = 'BOOKING_PROPOSED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_DECLINED = 'BOOKING_DECLINED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_SEATS_MOVED = 'BOOKING_SEATS_MOVED',
  MATCH_ROUND_PUBLISHED = 'MATCH_ROUND_PUBLISHED',
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  HOLD_REMINDER = 'HOLD_REMINDER',
  SITE_VISIT_REMINDER = 'SITE_VISIT_REMINDER',
}

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** Types a member cannot turn off (an invitation or a reset link has no other way to reach its member); email only. */
export const MANDATORY_TYPES: readonly NotificationType[] = [NotificationType.MEMBER_INVITED, NotificationType.PASSWORD_RESET];

/** Types whose preferences a member may change. */
export const CONFIGURABLE_TYPES = Object.values(NotificationType).filter((t) => !MANDATORY_TYPES.includes(t));

/** The event name organizations subscribe to with a webhook, and the `type` field of its body. */
export const WEBHOOK_EVENT: Partial<Record<NotificationType, string>> = {
  [NotificationType.ORGANIZATION_VERIFIED]: 'organization.verified',
  [NotificationType.APPLICATION_SUBMITTED]: 'application.submitted',
  [NotificationType.APPLICATION_SHORTLISTED]: 'application.shortlisted',
  [NotificationType.APPLICATION_OFFERED]: 'application.offered',
  [NotificationType.APPLICATION_ACCEPTED]: 'application.accepted',
  [NotificationType.APPLICATION_PROMOTED]: 'application.promoted',
  [NotificationType.APPLICATION_REJECTED]: 'application.rejected',
  [NotificationType.APPLICATION_WAITLISTED]: 'application.waitlisted',
  [NotificationType.APPLICATION_VIRTUAL]: 'application.virtual',
  [NotificationType.APPLICATION_HOLD_EXPIRED]: 'application.hold_expired',
  [NotificationType.BOOKING_PROPOSED]: 'booking.proposed',
  [NotificationType.BOOKING_CONFIRMED]: 'booking.confirmed',
  [NotificationType.BOOKING_DECLINED]: 'booking.declined',
  [NotificationType.BOOKING_CANCELLED]: 'booking.cancelled',
  [NotificationType.BOOKING_SEATS_MOVED]: 'booking.seats_moved',
  [NotificationType.MATCH_ROUND_PUBLISHED]: 'match_round.published',
};

export const WEBHOOK_EVENTS: readonly string[] = Object.values(WEBHOOK_EVENT) as string[];
