import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import {
  NotificationDispatcher,
  NotificationIntent,
  NotificationPlanner,
  OutboxService,
  WaitlistService,
} from '@practicum/core';
import { QueueJobs, QueueName } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { RetentionService } from '../outbox/retention.service';
import { Handlers, JobProcessor } from './worker-host';

type ScheduledJob = QueueJobs<QueueName.SCHEDULED>;

const HOUR = 3600_000;

/**
 * Jobs started by BullMQ job schedulers (one scheduler per job name, shared by every worker, so a
 * tick runs once). Reminders carry their own event keys, so a tick run twice tells nobody twice.
 */
@Processor(QueueName.SCHEDULED, { autorun: false })
export class ScheduledProcessor extends JobProcessor<ScheduledJob> {
  protected readonly queue = QueueName.SCHEDULED;
  protected readonly handlers: Handlers<ScheduledJob> = {
    'schedule.expire_holds': () => this.expireHolds(),
    'schedule.close_offers': async () => ({ closed: await this.waitlist.closeExpiredOffers() }),
    'schedule.remind_deadlines': () => this.remind(this.planner.deadlineReminders(48 * HOUR)),
    'schedule.remind_holds': () =>
      this.remind(this.planner.holdReminders(Math.min(12 * HOUR, (this.config.WAITLIST_HOLD_HOURS * HOUR) / 2))),
    'schedule.remind_site_visits': () => this.remind(this.planner.siteVisitReminders(24 * HOUR)),
    'schedule.prune': async () => ({ ...(await this.retention.prune()) }),
  };

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    outbox: OutboxService,
    private readonly waitlist: WaitlistService,
    private readonly planner: NotificationPlanner,
    private readonly dispatcher: NotificationDispatcher,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly retention: RetentionService,
  ) {
    super(config, dataSource, outbox);
  }

  /** Every schedule this processor serves, for the sweeper to (re-)register. */
  static readonly schedules: ScheduledJob[] = [
    'schedule.expire_holds',
    'schedule.close_offers',
    'schedule.remind_deadlines',
    'schedule.remind_holds',
    'schedule.remind_site_visits',
    'schedule.prune',
  ];

  async expireHolds() {
    let total = 0;
    for (;;) {
      const n = await this.waitlist.expireHolds(100);
      total += n;
      if (n < 100) return { expired: total };
    }
  }

  async remind(planned: Promise<NotificationIntent[]>) {
    const intents = await planned;
    const pending = await this.dataSource.transaction((manager) => this.dispatcher.dispatch(manager, intents));
    await this.enqueuer.enqueue(pending);
    return { reminders: intents.length, deliveries: pending.length };
  }
}
