import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import { NotificationDispatcher, NotificationIntent, NotificationPlanner, PasswordResetService } from '@practicum/core';
import { JobName, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { ConfiguredWorkerHost, Handlers } from './worker-host';

type EventJob =
  | JobName.MEMBER_INVITED
  | JobName.PASSWORD_RESET_REQUESTED
  | JobName.ORGANIZATION_VERIFIED
  | JobName.APPLICATION_SUBMITTED
  | JobName.APPLICATION_STATUS_CHANGED
  | JobName.BOOKING_PROPOSED
  | JobName.BOOKING_STATUS_CHANGED
  | JobName.BOOKING_SEATS_MOVED
  | JobName.MATCH_ROUND_PUBLISHED;

/**
 * The notify step: one job per outbox event (job id = event id). It decides the recipients, applies
 * their preferences and renders the messages (NotificationPlanner), writes in-app rows and one
 * delivery row per recipient and channel (NotificationDispatcher, unique keys), then enqueues one
 * send job per delivery. Run twice, it adds nothing: rows exist, job ids exist.
 */
@Processor(QueueName.NOTIFICATIONS, { autorun: false })
export class NotificationProcessor extends ConfiguredWorkerHost<EventJob> {
  protected readonly handlers: Handlers<EventJob> = {
    [JobName.MEMBER_INVITED]: (p, job) => this.notify(job, this.planner.memberInvited(String(job.id), p)),
    [JobName.PASSWORD_RESET_REQUESTED]: (p, job) => this.notify(job, this.passwordReset(String(job.id), p.email)),
    [JobName.ORGANIZATION_VERIFIED]: (p, job) => this.notify(job, this.planner.organizationVerified(String(job.id), p)),
    [JobName.APPLICATION_SUBMITTED]: (p, job) => this.notify(job, this.planner.applicationSubmitted(String(job.id), p)),
    [JobName.APPLICATION_STATUS_CHANGED]: (p, job) => this.notify(job, this.planner.applicationStatusChanged(String(job.id), p)),
    [JobName.BOOKING_PROPOSED]: (p, job) => this.notify(job, this.planner.bookingProposed(String(job.id), p)),
    [JobName.BOOKING_STATUS_CHANGED]: (p, job) => this.notify(job, this.planner.bookingStatusChanged(String(job.id), p)),
    [JobName.BOOKING_SEATS_MOVED]: (p, job) => this.notify(job, this.planner.bookingSeatsMoved(String(job.id), p)),
    [JobName.MATCH_ROUND_PUBLISHED]: (p, job) => this.notify(job, this.planner.matchRoundPublished(String(job.id), p)),
  };

  constructor(
    config: AppConfig,
    private readonly planner: NotificationPlanner,
    private readonly dispatcher: NotificationDispatcher,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly resets: PasswordResetService,
  ) {
    super(config);
  }

  private async passwordReset(eventKey: string, email: string): Promise<NotificationIntent[]> {
    const issued = await this.resets.issue(eventKey, email);
    return issued ? this.planner.passwordReset(eventKey, issued.member, issued.reset) : [];
  }

  private async notify(job: Job, planned: Promise<NotificationIntent[]>) {
    const intents = await planned;
    const pending = await this.dispatcher.dispatch(intents, String(job.id));
    await this.enqueuer.enqueue(pending);
    return { recipients: intents.reduce((n, i) => n + i.members.length, 0), deliveries: pending.length };
  }
}
