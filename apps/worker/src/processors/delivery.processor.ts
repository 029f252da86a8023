import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import {
  DeliveryService,
  DeliveryStatus,
  MailService,
  NotificationDelivery,
  OutboxService,
  webhookAddressProblem,
} from '@practicum/core';
import { QueueJobs, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { Handlers, JobProcessor } from './worker-host';

type DeliveryJob = QueueJobs<QueueName.DELIVERIES>;

/**
 * The send step: one job per delivery row (job id = row id). It only does the I/O with what the
 * notify step rendered (DeliveryService reads and marks the rows); a row already SENT is skipped,
 * so a retry never sends twice. Failures are retried with exponential backoff; the last one marks
 * the row DEAD.
 */
@Processor(QueueName.DELIVERIES, { autorun: false })
export class DeliveryProcessor extends JobProcessor<DeliveryJob> {
  protected readonly queue = QueueName.DELIVERIES;
  protected readonly handlers: Handlers<DeliveryJob> = {
    'delivery.email': (p, { job }) => this.send(job, p.deliveryId, (d) => this.mail.send(this.deliveries.email(d))),
    'delivery.webhook': (p, { job }) => this.send(job, p.deliveryId, (d) => this.sendWebhook(d)),
    /** A manual retry (through the outbox): a new round of attempts with a new job id. */
    'delivery.retry': (p, { transaction }) =>
      transaction(async (manager) => {
        const delivery = await this.deliveries.find(p.deliveryId, manager);
        const pending = delivery?.status === DeliveryStatus.PENDING;
        if (pending)
          await this.enqueuer.enqueue([{ id: delivery.id, channel: delivery.channel, round: delivery.round }]);
        return { requeued: pending };
      }),
  };

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    outbox: OutboxService,
    private readonly deliveries: DeliveryService,
    private readonly mail: MailService,
    private readonly enqueuer: DeliveryEnqueuer,
  ) {
    super(config, dataSource, outbox);
  }

  private async send(job: Job, id: string, io: (d: NotificationDelivery) => Promise<unknown>) {
    const delivery = await this.deliveries.find(id);
    if (!delivery || delivery.status !== DeliveryStatus.PENDING)
      return { skipped: delivery ? delivery.status : 'gone' };
    try {
      await io(delivery);
    } catch (e) {
      await this.deliveries.failed(
        id,
        (e as Error).message.slice(0, 1000),
        job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      );
      throw e;
    }
    await this.deliveries.sent(id);
    return { sent: id };
  }

  private async sendWebhook(delivery: NotificationDelivery) {
    const request = await this.deliveries.webhook(delivery);
    // Checked again here: the host's DNS may have changed since the endpoint was registered.
    const problem = await webhookAddressProblem(request.url, {
      publicOnly: !this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      unresolved: 'refuse',
    });
    if (problem) throw new Error(`Not sent: webhooks go to public addresses only (${problem})`);
    const res = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Practicum-Webhooks/1', ...request.headers },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status} from ${new URL(request.url).host}`);
  }
}
