import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { QueueProducer } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { TRACKED_TYPES } from './sweeper.service';

const DAY = 24 * 3600_000;
/** Rows deleted per statement, so that no prune holds many row locks or a long transaction. */
const BATCH = 5000;

export interface PruneResult {
  outbox: number;
  deliveries: number;
  notifications: number;
  completedJobs: number;
  failedJobs: number;
}

/**
 * The retention policy (docs/operations.md): what is only plumbing or a copy of what was sent is
 * deleted once it can no longer matter; what a person may need later (applications, bookings and
 * their status history, match rounds, unread notifications, pending deliveries) is never touched.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
  ) {}

  async prune(now = new Date()): Promise<PruneResult> {
    const before = (days: number) => new Date(now.getTime() - days * DAY);
    const outboxBefore = before(this.config.RETENTION_OUTBOX_DAYS);
    // Handled rows; a row of a type whose queue the sweeper does not track counts as handled once relayed.
    const outbox = await this.deleteBatches(
      `DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event
         WHERE "handledAt" < $1 OR ("handledAt" IS NULL AND "relayedAt" < $1 AND NOT (type = ANY($2))) LIMIT ${BATCH})`,
      [outboxBefore, TRACKED_TYPES],
    );
    const deliveries = await this.deleteBatches(
      `DELETE FROM notification_delivery WHERE id IN (SELECT id FROM notification_delivery
         WHERE status IN ('SENT', 'DEAD') AND "updatedAt" < $1 LIMIT ${BATCH})`,
      [before(this.config.RETENTION_DELIVERY_DAYS)],
    );
    const notifications = await this.deleteBatches(
      `DELETE FROM notification WHERE id IN (SELECT id FROM notification WHERE "readAt" < $1 LIMIT ${BATCH})`,
      [before(this.config.RETENTION_READ_NOTIFICATION_DAYS)],
    );
    let completedJobs = 0;
    let failedJobs = 0;
    for (const queue of this.producer.allQueues()) {
      const grace = this.config.RETENTION_COMPLETED_JOBS_HOURS * 3600_000;
      for (;;) {
        const removed = await queue.clean(grace, 1000, 'completed');
        completedJobs += removed.length;
        if (removed.length < 1000) break;
      }
      // Failed jobs: keep the newest RETENTION_FAILED_JOBS; getJobs lists the newest first.
      for (;;) {
        const surplus = await queue.getJobs(
          ['failed'],
          this.config.RETENTION_FAILED_JOBS,
          this.config.RETENTION_FAILED_JOBS + 999,
          false,
        );
        for (const job of surplus) {
          await job.remove().catch(() => undefined);
          failedJobs++;
        }
        if (surplus.length < 1000) break;
      }
    }
    return { outbox, deliveries, notifications, completedJobs, failedJobs };
  }

  private async deleteBatches(sql: string, parameters: unknown[]): Promise<number> {
    let total = 0;
    for (;;) {
      const [, count] = await this.dataSource.query<[unknown, number]>(sql, parameters);
      total += count;
      if (count < BATCH) return total;
    }
  }
}
