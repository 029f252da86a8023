import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { OutboxEvent } from '@practicum/core';
import { isEventName, QueueProducer } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { PollingLoop } from './polling-loop';

const BATCH = 100;

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of workers share them; the job id is the row id, so a relay that dies between adding the
 * job and marking the row is harmless: BullMQ refuses the second add of the same id.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayService.name);
  private readonly loop = new PollingLoop(async () => {
    try {
      return (await this.relayBatch()) === BATCH ? 0 : this.config.OUTBOX_POLL_MS;
    } catch (e) {
      this.logger.warn(`Outbox relay paused: ${(e as Error).message}`);
      return this.config.OUTBOX_POLL_MS;
    }
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.loop.start();
  }

  onModuleDestroy() {
    return this.loop.stop();
  }

  /** Relays up to one batch; returns how many rows were published. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('e')
        .where('e.relayedAt IS NULL')
        .orderBy('e.createdAt', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const done: string[] = [];
      for (const row of rows) {
        // The column may hold a type an older version wrote and this catalog no longer has.
        const type: string = row.type;
        if (!isEventName(type)) {
          this.logger.error(`Outbox event ${row.id} has unknown type ${type}; left unrelayed`);
          await manager.update(OutboxEvent, row.id, { attempts: row.attempts + 1, lastError: `unknown type ${type}` });
          continue;
        }
        await this.producer.add(type, row.payload, row.id);
        done.push(row.id);
      }
      if (done.length) {
        await manager
          .createQueryBuilder()
          .update(OutboxEvent)
          .set({ relayedAt: () => 'now()' })
          .whereInIds(done)
          .execute();
      }
      return done.length;
    });
  }
}
