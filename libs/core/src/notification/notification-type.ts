import { NotificationType, WEBHOOK_EVENT } from '../events/event-catalog';

export { NotificationType, WEBHOOK_EVENT };

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** Types a member cannot turn off (an invitation or a reset link has no other way to reach its member); email only. */
export const MANDATORY_TYPES: readonly NotificationType[] = [
  NotificationType.MEMBER_INVITED,
  NotificationType.PASSWORD_RESET,
];

/** Types whose preferences a member may change. */
export const CONFIGURABLE_TYPES = Object.values(NotificationType).filter((t) => !MANDATORY_TYPES.includes(t));

export const WEBHOOK_EVENTS: readonly string[] = Object.values(WEBHOOK_EVENT);
