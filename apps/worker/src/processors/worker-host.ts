import { WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { JobName, JobPayloads } from '@practicum/queue';
import { Job } from 'bullmq';

export type Handlers<N extends JobName> = { [K in N]: (payload: JobPayloads[K], job: Job) => Promise<unknown> };

/**
 * A processor whose worker starts only once the configuration is applied (processors are declared
 * with `autorun: false`): concurrency, and a lock short enough that a job of a killed worker is
 * taken over quickly. Jobs go to the handler of their name; an unknown name fails the job.
 */
export abstract class ConfiguredWorkerHost<N extends JobName> extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);
  protected abstract readonly handlers: Handlers<N>;

  constructor(protected readonly config: AppConfig) {
    super();
  }

  handledJobs(): JobName[] {
    return Object.keys(this.handlers) as JobName[];
  }

  onApplicationBootstrap() {
    Object.assign(this.worker.opts, { lockDuration: this.config.JOB_LOCK_MS, stalledInterval: Math.max(1000, Math.floor(this.config.JOB_LOCK_MS / 2)) });
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
    this.worker.on('error', (e) => this.logger.warn(`Worker error: ${e.message}`));
    this.worker.run().catch((e: Error) => this.logger.error(`Worker stopped: ${e.message}`));
  }

  async process(job: Job): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((payload: unknown, job: Job) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) throw new Error(`No handler for job ${job.name} on ${this.worker.name}`);
    return handler(job.data, job);
  }
}
