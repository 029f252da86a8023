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

/** Every job name, with the queue that carries it. */
export enum JobName {
  MEMBER_INVITED = 'member.invited',
  PASSWORD_RESET_REQUESTED = 'password_reset.requested',
  ORGANIZATION_VERIFIED = 'organization.verified',
  APPLICATION_SUBMITTED = 'application.submitted',
  APPLICATION_STATUS_CHANGED = 'application.status_changed',
  BOOKING_PROPOSED = 'booking.proposed',
  BOOKING_STATUS_CHANGED = 'booking.status_changed',
  BOOKING_SEATS_MOVED = 'booking.seats_moved',
  MATCH_ROUND_PUBLISHED = 'match_round.published',
  MATCH_ROUND_RUN = 'match_round.requested',

  SEND_EMAIL = 'delivery.email',
  SEND_WEBHOOK = 'delivery.webhook',
  RETRY_DELIVERY = 'delivery.retry',

  SEAT_FREED = 'seat.freed',
  APPLICATION_OVERFLOWED = 'application.overflowed',
  BOOKING_OVERFLOWED = 'booking.overflowed',

  EXPIRE_HOLDS = 'schedule.expire_holds',
  CLOSE_EXPIRED_OFFERS = 'schedule.close_offers',
  REMIND_DEADLINES = 'schedule.remind_deadlines',
  REMIND_HOLDS = 'schedule.remind_holds',
  REMIND_SITE_VISITS = 'schedule.remind_site_visits',
  PRUNE = 'schedule.prune',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.MEMBER_INVITED]: QueueName.NOTIFICATIONS,
  [JobName.PASSWORD_RESET_REQUESTED]: QueueName.NOTIFICATIONS,
  [JobName.ORGANIZATION_VERIFIED]: QueueName.NOTIFICATIONS,
  [JobName.APPLICATION_SUBMITTED]: QueueName.NOTIFICATIONS,
  [JobName.APPLICATION_STATUS_CHANGED]: QueueName.NOTIFICATIONS,
  [JobName.BOOKING_PROPOSED]: QueueName.NOTIFICATIONS,
  [JobName.BOOKING_STATUS_CHANGED]: QueueName.NOTIFICATIONS,
  [JobName.BOOKING_SEATS_MOVED]: QueueName.NOTIFICATIONS,
  [JobName.MATCH_ROUND_PUBLISHED]: QueueName.NOTIFICATIONS,
  [JobName.MATCH_ROUND_RUN]: QueueName.MATCHING,
  [JobName.SEND_EMAIL]: QueueName.DELIVERIES,
  [JobName.SEND_WEBHOOK]: QueueName.DELIVERIES,
  [JobName.RETRY_DELIVERY]: QueueName.DELIVERIES,
  [JobName.SEAT_FREED]: QueueName.SEATS,
  [JobName.APPLICATION_OVERFLOWED]: QueueName.SEATS,
  [JobName.BOOKING_OVERFLOWED]: QueueName.SEATS,
  [JobName.EXPIRE_HOLDS]: QueueName.SCHEDULED,
  [JobName.CLOSE_EXPIRED_OFFERS]: QueueName.SCHEDULED,
  [JobName.REMIND_DEADLINES]: QueueName.SCHEDULED,
  [JobName.REMIND_HOLDS]: QueueName.SCHEDULED,
  [JobName.REMIND_SITE_VISITS]: QueueName.SCHEDULED,
  [JobName.PRUNE]: QueueName.SCHEDULED,
};

type Empty = Record<string, never>;

/** Typed payloads: ids only, never entities (handlers reload what they need). */
export interface JobPayloads {
  /** The nonce the invitation code is derived from under DATA_ENCRYPTION_KEY: the code itself is never in a job. */
  [JobName.MEMBER_INVITED]: { memberId: string; nonce: string };
  /** The address only: the reset row and its token are made by the worker. */
  [JobName.PASSWORD_RESET_REQUESTED]: { email: string };
  [JobName.ORGANIZATION_VERIFIED]: { organizationId: string };
  [JobName.APPLICATION_SUBMITTED]: { applicationId: string };
  [JobName.APPLICATION_STATUS_CHANGED]: { applicationId: string; from: string | null; to: string; promoted?: boolean; holdExpired?: boolean };
  [JobName.BOOKING_PROPOSED]: { bookingId: string };
  [JobName.BOOKING_STATUS_CHANGED]: { bookingId: string; from: string; to: string };
  [JobName.BOOKING_SEATS_MOVED]: { bookingId: string; toOnsite: number; toVirtual: number };
  [JobName.MATCH_ROUND_PUBLISHED]: { matchRoundId: string; applicationIds: string[] };
  [JobName.MATCH_ROUND_RUN]: { matchRoundId: string };
  [JobName.SEND_EMAIL]: { deliveryId: string };
  [JobName.SEND_WEBHOOK]: { deliveryId: string };
  [JobName.RETRY_DELIVERY]: { deliveryId: string };
  [JobName.SEAT_FREED]: { offerId: string; slotId?: string | null };
  [JobName.APPLICATION_OVERFLOWED]: { applicationId: string };
  [JobName.BOOKING_OVERFLOWED]: { bookingId: string };
  [JobName.EXPIRE_HOLDS]: Empty;
  [JobName.CLOSE_EXPIRED_OFFERS]: Empty;
  [JobName.REMIND_DEADLINES]: Empty;
  [JobName.REMIND_HOLDS]: Empty;
  [JobName.REMIND_SITE_VISITS]: Empty;
  [JobName.PRUNE]: Empty;
}

export const isJobName = (name: string): name is JobName => (Object.values(JobName) as string[]).includes(name);

/** Jobs of one queue. */
export const jobsOf = (queue: QueueName): JobName[] => (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => JOB_QUEUE[name] === queue);

/** Job id of a delivery's send job; a manual retry starts a new round, hence a new id. */
export const deliveryJobId = (deliveryId: string, round: number) => (round ? `${deliveryId}-r${round}` : deliveryId);
