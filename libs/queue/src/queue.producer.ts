import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queue.constants';

/** Job options for every job, set in one place. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** The options a job gets: the defaults, with the delivery policy (attempts, backoff) for send jobs. */
export function jobOptions(
  name: JobName,
  config: Pick<AppConfig, 'WEBHOOK_MAX_ATTEMPTS' | 'DELIVERY_BACKOFF_MS'>,
): JobsOptions {
  switch (name) {
    case 'delivery.webhook':
      return {
        ...DEFAULT_JOB_OPTIONS,
        attempts: config.WEBHOOK_MAX_ATTEMPTS,
        backoff: { type: 'exponential', delay: config.DELIVERY_BACKOFF_MS },
      };
    case 'delivery.email':
      return {
        ...DEFAULT_JOB_OPTIONS,
        attempts: 8,
        backoff: { type: 'exponential', delay: config.DELIVERY_BACKOFF_MS },
      };
    default:
      return DEFAULT_JOB_OPTIONS;
  }
}

/** The one way jobs enter BullMQ. The job id makes adding idempotent (an outbox row id, for instance). */
@Injectable()
export class QueueProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.NOTIFICATIONS) notifications: Queue,
    @InjectQueue(QueueName.DELIVERIES) deliveries: Queue,
    @InjectQueue(QueueName.SEATS) seats: Queue,
    @InjectQueue(QueueName.SCHEDULED) scheduled: Queue,
    @InjectQueue(QueueName.MATCHING) matching: Queue,
    private readonly config: AppConfig,
  ) {
    this.queues = {
      [QueueName.NOTIFICATIONS]: notifications,
      [QueueName.DELIVERIES]: deliveries,
      [QueueName.SEATS]: seats,
      [QueueName.SCHEDULED]: scheduled,
      [QueueName.MATCHING]: matching,
    };
  }

  allQueues(): Queue[] {
    return Object.values(this.queues);
  }

  async add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    jobId: string,
    options: JobsOptions = {},
  ): Promise<void> {
    await this.queues[JOB_QUEUE[name]].add(name, payload, { ...jobOptions(name, this.config), ...options, jobId });
  }

  /** Creates or updates a job scheduler (idempotent: every worker may call it, Redis keeps one). */
  async schedule<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void> {
    await this.queues[JOB_QUEUE[name]].upsertJobScheduler(
      name,
      { every: everyMs },
      { name, data: payload, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 }, attempts: 3 } },
    );
  }
}
