import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import { NotificationDispatcher, NotificationIntent, NotificationPlanner, WaitlistService } from '@practicum/core';
import { JobName, QueueName } from '@practicum/queue';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { RetentionService } from '../outbox/retention.service';
import { ConfiguredWorkerHost, Handlers } from './worker-host';

type ScheduledJob = JobName.EXPIRE_HOLDS | JobName.CLOSE_EXPIRED_OFFERS | JobName.REMIND_DEADLINES | JobName.REMIND_HOLDS | JobName.REMIND_SITE_VISITS | JobName.PRUNE;

const HOUR = 3600_000;

/**
 * Jobs started by BullMQ job schedulers (one scheduler per job name, shared by every worker, so a
 * tick runs once). Reminders carry their own event keys, so a tick run twice tells nobody twice.
 */
@Processor(QueueName.SCHEDULED, { autorun: false })
export class ScheduledProcessor extends ConfiguredWorkerHost<ScheduledJob> {
  protected readonly handlers: Handlers<ScheduledJob> = {
    [JobName.EXPIRE_HOLDS]: () => this.expireHolds(),
    [JobName.CLOSE_EXPIRED_OFFERS]: async () => ({ closed: await this.waitlist.closeExpiredOffers() }),
    [JobName.REMIND_DEADLINES]: () => this.remind(this.planner.deadlineReminders(48 * HOUR)),
    [JobName.REMIND_HOLDS]: () => this.remind(this.planner.holdReminders(Math.min(12 * HOUR, (this.config.WAITLIST_HOLD_HOURS * HOUR) / 2))),
    [JobName.REMIND_SITE_VISITS]: () => this.remind(this.planner.siteVisitReminders(24 * HOUR)),
    [JobName.PRUNE]: async () => ({ ...(await this.retention.prune()) }),
  };

  constructor(
    config: AppConfig,
    private readonly waitlist: WaitlistService,
    private readonly planner: NotificationPlanner,
    private readonly dispatcher: NotificationDispatcher,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly retention: RetentionService,
  ) {
    super(config);
  }

  /** Every schedule this processor serves, for the sweeper to (re-)register. */
  static readonly schedules: ScheduledJob[] = [JobName.EXPIRE_HOLDS, JobName.CLOSE_EXPIRED_OFFERS, JobName.REMIND_DEADLINES, JobName.REMIND_HOLDS, JobName.REMIND_SITE_VISITS, JobName.PRUNE];

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
    const pending = await this.dispatcher.dispatch(intents);
    await this.enqueuer.enqueue(pending);
    return { reminders: intents.length, deliveries: pending.length };
  }
}
