import { WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { inTransaction, OutboxService } from '@practicum/core';
import { isEventName, JobName, JobPayloads, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';

/** What a handler gets besides its payload. */
export interface JobContext {
  job: Job;
  /** The job's id: for a domain event, its outbox row id, which notifications use as their event key. */
  eventKey: string;
  /**
   * Runs `work` in one transaction (retried on a deadlock); for a domain event the same
   * transaction marks its outbox row handled, so the work and its bookkeeping commit together.
   */
  transaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;
}

export type Handlers<N extends JobName> = {
  [K in N]: (payload: JobPayloads[K], context: JobContext) => Promise<unknown>;
};

/**
 * The base of every processor. Jobs go to the handler of their name (an unknown name fails the
 * job). The outbox row of a domain event (job id = row id) is marked handled inside the
 * handler's transaction (`context.transaction`); a handler that had nothing to write is marked
 * handled once it returns. Until a row is handled the sweeper re-adds its job, so a job Redis lost
 * still runs. The worker starts only once the configuration is applied (processors are declared
 * with `autorun: false`): concurrency, and a lock short enough that a killed worker's job is taken
 * over quickly.
 */
export abstract class JobProcessor<N extends JobName> extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);
  protected abstract readonly queue: QueueName;
  protected abstract readonly handlers: Handlers<N>;
  /** Whether the last failed attempt of a domain event marks it handled (a run that must not come back after failing for good). */
  protected readonly handledWhenFailedForGood: boolean = false;
  /** Whether the worker takes WORKER_CONCURRENCY and JOB_LOCK_MS (a job that blocks the event loop for long keeps BullMQ's defaults). */
  protected readonly tuned: boolean = true;

  constructor(
    protected readonly config: AppConfig,
    protected readonly dataSource: DataSource,
    protected readonly outbox: OutboxService,
  ) {
    super();
  }

  /** The queue and the jobs this processor handles, for the start-up check. */
  handledJobs(): { queue: QueueName; jobs: JobName[] } {
    return { queue: this.queue, jobs: Object.keys(this.handlers) as JobName[] };
  }

  onApplicationBootstrap() {
    if (this.tuned) {
      Object.assign(this.worker.opts, {
        lockDuration: this.config.JOB_LOCK_MS,
        stalledInterval: Math.max(1000, Math.floor(this.config.JOB_LOCK_MS / 2)),
      });
      this.worker.concurrency = this.config.WORKER_CONCURRENCY;
    }
    this.worker.on('error', (e) => this.logger.warn(`Worker error: ${e.message}`));
    this.worker.run().catch((e: Error) => this.logger.error(`Worker stopped: ${e.message}`));
  }

  async process(job: Job): Promise<unknown> {
    const handler = (
      this.handlers as Record<string, ((payload: unknown, context: JobContext) => Promise<unknown>) | undefined>
    )[job.name];
    if (!handler) throw new Error(`No handler for job ${job.name} on ${this.queue}`);
    const eventId = isEventName(job.name) && job.id ? job.id : null;
    let marked = false;
    const context: JobContext = {
      job,
      eventKey: String(job.id),
      transaction: async (work) => {
        const result = await inTransaction(this.dataSource, async (manager) => {
          const done = await work(manager);
          if (eventId) await this.outbox.markHandled(manager, eventId);
          return done;
        });
        marked = true;
        return result;
      },
    };
    let result: unknown;
    try {
      result = await handler(job.data, context);
    } catch (e) {
      if (eventId && this.handledWhenFailedForGood && job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.markHandled(eventId);
      throw e;
    }
    if (eventId && !marked) await this.markHandled(eventId);
    return result;
  }

  private markHandled(eventId: string): Promise<void> {
    return this.dataSource.transaction((manager) => this.outbox.markHandled(manager, eventId));
  }
}
