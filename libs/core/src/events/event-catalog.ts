/**
 * Every event and job of Practicum, each defined once: its name, its payload, the queue that
 * handles it and, for what people hear about, its notification types with their webhook event
 * names (null: no webhook). Everything else is derived from here: the job names and payloads of
 * libs/queue, `OutboxService.record`'s types, `NotificationType`, `WEBHOOK_EVENT` and the worker's
 * start-up check. No imports: libs/queue reads this file too.
 */

/** Every BullMQ queue Practicum uses. */
export enum QueueName {
  /** Domain events from the outbox: decide who is told what (the "notify" step). */
  NOTIFICATIONS = 'notifications',
  /** One job per delivery row: only the I/O of an email or a webhook (the "send" step). */
  DELIVERIES = 'deliveries',
  /** Seat moves: overflow to the virtual twin, waitlist promotions, expired holds. */
  SEATS = 'seats',
  /** Jobs started by job schedulers: reminders, offers closing at their deadline, sweeps. */
  SCHEDULED = 'scheduled',
  /** Match rounds: one job per run of a round. */
  MATCHING = 'matching',
}

/** The payload type of an entry; payloads carry ids only, never entities (handlers reload what they need). */
const payload = <P extends object>(): P => ({}) as P;
type Empty = Record<string, never>;

interface CatalogEntry {
  queue: QueueName;
  payload: object;
  /** Notification types this entry can lead to, each with the event name webhooks subscribe to (null: none). */
  notifies?: Readonly<Record<string, string | null>>;
}

/** Domain events: written to the outbox inside the transaction of the change, relayed to their queue after commit. */
export const EVENTS = {
  /** The nonce the invitation code is derived from under DATA_ENCRYPTION_KEY: the code itself is never in an event. */
  'member.invited': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ memberId: string; nonce: string }>(),
    notifies: { MEMBER_INVITED: null },
  },
  /** The address only: the reset row and its token are made by the worker. */
  'password_reset.requested': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ email: string }>(),
    notifies: { PASSWORD_RESET: null },
  },
  'organization.verified': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ organizationId: string }>(),
    notifies: { ORGANIZATION_VERIFIED: 'organization.verified' },
  },
  'application.submitted': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ applicationId: string }>(),
    notifies: { APPLICATION_SUBMITTED: 'application.submitted' },
  },
  /** The type told is `APPLICATION_<to>`, or PROMOTED / HOLD_EXPIRED when the flag says so. */
  'application.status_changed': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{
      applicationId: string;
      from: string | null;
      to: string;
      promoted?: boolean;
      holdExpired?: boolean;
    }>(),
    notifies: {
      APPLICATION_SHORTLISTED: 'application.shortlisted',
      APPLICATION_OFFERED: 'application.offered',
      APPLICATION_ACCEPTED: 'application.accepted',
      APPLICATION_PROMOTED: 'application.promoted',
      APPLICATION_REJECTED: 'application.rejected',
      APPLICATION_WAITLISTED: 'application.waitlisted',
      APPLICATION_VIRTUAL: 'application.virtual',
      APPLICATION_HOLD_EXPIRED: 'application.hold_expired',
    },
  },
  'booking.proposed': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ bookingId: string }>(),
    notifies: { BOOKING_PROPOSED: 'booking.proposed' },
  },
  /** The type told is `BOOKING_<to>`. */
  'booking.status_changed': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ bookingId: string; from: string; to: string }>(),
    notifies: {
      BOOKING_CONFIRMED: 'booking.confirmed',
      BOOKING_DECLINED: 'booking.declined',
      BOOKING_CANCELLED: 'booking.cancelled',
    },
  },
  'booking.seats_moved': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ bookingId: string; toOnsite: number; toVirtual: number }>(),
    notifies: { BOOKING_SEATS_MOVED: 'booking.seats_moved' },
  },
  'match_round.published': {
    queue: QueueName.NOTIFICATIONS,
    payload: payload<{ matchRoundId: string; applicationIds: string[] }>(),
    notifies: { MATCH_ROUND_PUBLISHED: 'match_round.published' },
  },
  'match_round.requested': { queue: QueueName.MATCHING, payload: payload<{ matchRoundId: string }>() },
  /** A manual retry of a delivery: a new round of attempts with a new job id. */
  'delivery.retry': { queue: QueueName.DELIVERIES, payload: payload<{ deliveryId: string }>() },
  'seat.freed': { queue: QueueName.SEATS, payload: payload<{ offerId: string; slotId?: string | null }>() },
  'application.overflowed': { queue: QueueName.SEATS, payload: payload<{ applicationId: string }>() },
  'booking.overflowed': { queue: QueueName.SEATS, payload: payload<{ bookingId: string }>() },
} as const satisfies Record<string, CatalogEntry>;

/** The worker's own jobs: send jobs added by the notify step, and jobs started by job schedulers. */
export const WORKER_JOBS = {
  'delivery.email': { queue: QueueName.DELIVERIES, payload: payload<{ deliveryId: string }>() },
  'delivery.webhook': { queue: QueueName.DELIVERIES, payload: payload<{ deliveryId: string }>() },
  'schedule.expire_holds': { queue: QueueName.SCHEDULED, payload: payload<Empty>() },
  'schedule.close_offers': { queue: QueueName.SCHEDULED, payload: payload<Empty>() },
  'schedule.remind_deadlines': {
    queue: QueueName.SCHEDULED,
    payload: payload<Empty>(),
    notifies: { DEADLINE_REMINDER: null },
  },
  'schedule.remind_holds': { queue: QueueName.SCHEDULED, payload: payload<Empty>(), notifies: { HOLD_REMINDER: null } },
  'schedule.remind_site_visits': {
    queue: QueueName.SCHEDULED,
    payload: payload<Empty>(),
    notifies: { SITE_VISIT_REMINDER: null },
  },
  'schedule.prune': { queue: QueueName.SCHEDULED, payload: payload<Empty>() },
} as const satisfies Record<string, CatalogEntry>;

const CATALOG = { ...EVENTS, ...WORKER_JOBS };
type Catalog = typeof CATALOG;

/** A domain event's name: what `OutboxService.record` accepts. */
export type EventName = keyof typeof EVENTS;
export type EventPayload<K extends EventName> = (typeof EVENTS)[K]['payload'];
/** One event as written to the outbox: its name with its own payload. */
export type CatalogEvent = { [K in EventName]: { type: K; payload: EventPayload<K> } }[EventName];

/** Every job the worker handles: the domain events and its own jobs. */
export type JobName = keyof Catalog;
export type JobPayloads = { [K in JobName]: Catalog[K]['payload'] };
/** The jobs a queue carries: what its processor must handle (a missing handler does not compile). */
export type QueueJobs<Q extends QueueName> = { [K in JobName]: Catalog[K]['queue'] extends Q ? K : never }[JobName];

export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
export const JOB_NAMES = Object.keys(CATALOG) as JobName[];
export const JOB_QUEUE = Object.fromEntries(JOB_NAMES.map((name) => [name, CATALOG[name].queue])) as Record<
  JobName,
  QueueName
>;

export const isEventName = (name: string): name is EventName => Object.prototype.hasOwnProperty.call(EVENTS, name);
export const isJobName = (name: string): name is JobName => Object.prototype.hasOwnProperty.call(CATALOG, name);

type NotifiesOf<E> = E extends { notifies: infer N } ? keyof N & string : never;
/** Every kind of notification a member or an organization can receive. */
export type NotificationType = { [K in JobName]: NotifiesOf<Catalog[K]> }[JobName];

const notifying = Object.values(CATALOG).flatMap((entry: CatalogEntry) => Object.entries(entry.notifies ?? {}));

/** The notification types as values (`NotificationType.BOOKING_CONFIRMED`), in catalog order. */
export const NotificationType = Object.fromEntries(notifying.map(([type]) => [type, type])) as {
  readonly [T in NotificationType]: T;
};

/** The event name organizations subscribe to with a webhook, and the `type` field of its body. */
export const WEBHOOK_EVENT = Object.fromEntries(notifying.filter(([, webhook]) => webhook !== null)) as Partial<
  Record<NotificationType, string>
>;

/** The notification type of `name`'s entry called `type` (`APPLICATION_` + a status), if the entry has one. */
export function notificationOf<N extends JobName>(name: N, type: string): NotifiesOf<Catalog[N]> | undefined {
  const notifies: Readonly<Record<string, string | null>> = (CATALOG[name] as CatalogEntry).notifies ?? {};
  return Object.prototype.hasOwnProperty.call(notifies, type) ? (type as NotifiesOf<Catalog[N]>) : undefined;
}
