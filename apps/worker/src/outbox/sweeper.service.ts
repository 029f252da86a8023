import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DeliveryStatus, NotificationDelivery, OutboxEvent } from '@practicum/core';
import { EVENT_NAMES, JOB_QUEUE, QueueName, QueueProducer } from '@practicum/queue';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { ScheduledProcessor } from '../processors/scheduled.processor';
import { DeliveryEnqueuer } from './delivery-enqueuer';
import { PollingLoop } from './polling-loop';

const BATCH = 500;
/** Queues whose handlers mark their outbox row handled, so an unhandled row means Redis lost the job: every queue fed by the outbox. */
const TRACKED = [QueueName.NOTIFICATIONS, QueueName.SEATS, QueueName.DELIVERIES, QueueName.MATCHING];
export const TRACKED_TYPES = EVENT_NAMES.filter((name) => TRACKED.includes(JOB_QUEUE[name]));

/**
 * What makes a Redis that lost its data harmless: every SWEEP_INTERVAL_MS it re-adds the jobs of
 * outbox events relayed but never handled, and of deliveries still pending, once they are older
 * than STALE_AFTER_MS (same job ids, so a job Redis still has is not added twice), and it
 * re-asserts the job schedulers. Safe to run on every worker at once.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SweeperService.name);
  private readonly loop = new PollingLoop(async () => {
    await this.sweep().catch((e: Error) => this.logger.warn(`Sweep paused: ${e.message}`));
    return this.config.SWEEP_INTERVAL_MS;
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: QueueProducer,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.loop.start();
  }

  onModuleDestroy() {
    return this.loop.stop();
  }

  async sweep(): Promise<{ events: number; deliveries: number }> {
    await this.ensureSchedules();
    const before = new Date(Date.now() - this.config.STALE_AFTER_MS);
    const events = await this.dataSource.getRepository(OutboxEvent).find({
      where: { relayedAt: LessThan(before), handledAt: IsNull(), type: In(TRACKED_TYPES) },
      order: { relayedAt: 'ASC' },
      take: BATCH,
    });
    const unhandled = events;
    for (const event of unhandled) {
      await this.producer.add(event.type, event.payload, event.id);
    }
    const deliveries = await this.dataSource.getRepository(NotificationDelivery).find({
      select: { id: true, channel: true, round: true },
      where: { status: DeliveryStatus.PENDING, updatedAt: LessThan(before) },
      order: { updatedAt: 'ASC' },
      take: BATCH,
    });
    await this.enqueuer.enqueue(deliveries);
    return { events: unhandled.length, deliveries: deliveries.length };
  }

  async ensureSchedules(): Promise<void> {
    for (const name of ScheduledProcessor.schedules) {
      const every =
        name === 'schedule.expire_holds' || name === 'schedule.close_offers'
          ? Math.min(60_000, this.config.SCHEDULE_EVERY_MS)
          : name === 'schedule.prune'
            ? Math.max(3600_000, this.config.SCHEDULE_EVERY_MS)
            : this.config.SCHEDULE_EVERY_MS;
      await this.producer.schedule(name, {}, every);
    }
  }
}
