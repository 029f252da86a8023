// The catalog is plain TypeScript without imports, so the queue library reads it directly rather than through @practicum/core.
export {
  EVENT_NAMES,
  isEventName,
  isJobName,
  JOB_NAMES,
  JOB_QUEUE,
  QueueName,
} from '../../core/src/events/event-catalog';
export type { EventName, EventPayload, JobName, JobPayloads, QueueJobs } from '../../core/src/events/event-catalog';

/** Job id of a delivery's send job; a manual retry starts a new round, hence a new id. */
export const deliveryJobId = (deliveryId: string, round: number) => (round ? `${deliveryId}-r${round}` : deliveryId);
