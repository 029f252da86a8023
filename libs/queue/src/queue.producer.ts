import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './queue.constants';

/** Job options for every job, set in one place. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** The one way jobs enter BullMQ. The job id makes adding idempotent (an outbox row id, for instance). */
@Injectable()
export class QueueProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.NOTIFICATIONS) notifications: Queue) {
    this.queues = { [QueueName.NOTIFICATIONS]: notifications };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  async add<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string, options: JobsOptions = {}): Promise<void> {
    await this.queues[JOB_QUEUE[name]].add(name, payload, { ...DEFAULT_JOB_OPTIONS, ...options, jobId });
  }
}
