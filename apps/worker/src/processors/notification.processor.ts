import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import {
  NotificationDispatcher,
  NotificationIntent,
  NotificationPlanner,
  OutboxService,
  PasswordResetService,
} from '@practicum/core';
import { QueueJobs, QueueName } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { Handlers, JobContext, JobProcessor } from './worker-host';

type EventJob = QueueJobs<QueueName.NOTIFICATIONS>;

/**
 * The notify step: one job per outbox event (job id = event id). It decides the recipients and
 * renders the messages (NotificationPlanner), writes in-app rows and one delivery row per
 * recipient and channel (NotificationDispatcher, unique keys) in the transaction that marks the
 * event handled, then enqueues one send job per delivery. Run twice, it adds nothing: rows exist,
 * job ids exist.
 */
@Processor(QueueName.NOTIFICATIONS, { autorun: false })
export class NotificationProcessor extends JobProcessor<EventJob> {
  protected readonly queue = QueueName.NOTIFICATIONS;
  protected readonly handlers: Handlers<EventJob> = {
    'member.invited': (p, c) => this.notify(c, this.planner.memberInvited(c.eventKey, p)),
    'password_reset.requested': (p, c) => this.notify(c, this.passwordReset(c.eventKey, p.email)),
    'organization.verified': (p, c) => this.notify(c, this.planner.organizationVerified(c.eventKey, p)),
    'application.submitted': (p, c) => this.notify(c, this.planner.applicationSubmitted(c.eventKey, p)),
    'application.status_changed': (p, c) => this.notify(c, this.planner.applicationStatusChanged(c.eventKey, p)),
    'booking.proposed': (p, c) => this.notify(c, this.planner.bookingProposed(c.eventKey, p)),
    'booking.status_changed': (p, c) => this.notify(c, this.planner.bookingStatusChanged(c.eventKey, p)),
    'booking.seats_moved': (p, c) => this.notify(c, this.planner.bookingSeatsMoved(c.eventKey, p)),
    'match_round.published': (p, c) => this.notify(c, this.planner.matchRoundPublished(c.eventKey, p)),
  };

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    outbox: OutboxService,
    private readonly planner: NotificationPlanner,
    private readonly dispatcher: NotificationDispatcher,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly resets: PasswordResetService,
  ) {
    super(config, dataSource, outbox);
  }

  private async passwordReset(eventKey: string, email: string): Promise<NotificationIntent[]> {
    const issued = await this.resets.issue(eventKey, email);
    return issued ? this.planner.passwordReset(eventKey, issued.member, issued.reset) : [];
  }

  private async notify(context: JobContext, planned: Promise<NotificationIntent[]>) {
    const intents = await planned;
    const pending = await context.transaction((manager) => this.dispatcher.dispatch(manager, intents));
    await this.enqueuer.enqueue(pending);
    return { recipients: intents.reduce((n, i) => n + i.members.length, 0), deliveries: pending.length };
  }
}
