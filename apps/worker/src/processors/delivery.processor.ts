import { Processor } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import {
  DataCipher,
  DeliveryStatus,
  EmailContent,
  MailService,
  NotificationDelivery,
  openEmail,
  OutboxEvent,
  passwordResetToken,
  SECRET_PLACEHOLDER,
  WebhookContent,
  WebhookEndpoint,
  webhookAddressProblem,
  webhookHeaders,
  WEBHOOK_SECRET_PURPOSE,
} from '@practicum/core';
import { JobName, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { Repository } from 'typeorm';
import { DeliveryEnqueuer } from '../outbox/delivery-enqueuer';
import { ConfiguredWorkerHost, Handlers } from './worker-host';

type DeliveryJob = JobName.SEND_EMAIL | JobName.SEND_WEBHOOK | JobName.RETRY_DELIVERY;

/**
 * The send step: one job per delivery row (job id = row id). It only does the I/O with what the
 * notify step rendered, then marks the row SENT; a row already SENT is skipped, so a retry never
 * sends twice. Failures are retried with exponential backoff; the last one marks the row DEAD.
 */
@Processor(QueueName.DELIVERIES, { autorun: false })
export class DeliveryProcessor extends ConfiguredWorkerHost<DeliveryJob> {
  protected readonly handlers: Handlers<DeliveryJob> = {
    [JobName.SEND_EMAIL]: (p, job) => this.send(job, p.deliveryId, (d) => this.sendEmail(d)),
    [JobName.SEND_WEBHOOK]: (p, job) => this.send(job, p.deliveryId, (d) => this.sendWebhook(d)),
    [JobName.RETRY_DELIVERY]: (p, job) => this.retry(job, p.deliveryId),
  };

  constructor(
    config: AppConfig,
    @InjectRepository(NotificationDelivery) private readonly deliveries: Repository<NotificationDelivery>,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    @InjectRepository(OutboxEvent) private readonly outbox: Repository<OutboxEvent>,
    private readonly mail: MailService,
    private readonly enqueuer: DeliveryEnqueuer,
    private readonly cipher: DataCipher,
  ) {
    super(config);
  }

  private async send(job: Job, id: string, io: (d: NotificationDelivery) => Promise<string | void>) {
    const delivery = await this.deliveries.findOneBy({ id });
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return { skipped: delivery ? delivery.status : 'gone' };
    try {
      await io(delivery);
    } catch (e) {
      const error = (e as Error).message.slice(0, 1000);
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.deliveries.update(
        { id, status: DeliveryStatus.PENDING },
        { attempts: () => '"attempts" + 1', lastError: error, ...(last && { status: DeliveryStatus.DEAD }) },
      );
      throw e;
    }
    await this.markSent(id);
    return { sent: id };
  }

  /**
   * Right after the receiver's acceptance (SMTP 250 to the message, a 2xx to the POST), with no
   * other work between: the time from that reply to this commit is the only window in which a
   * crash makes the message go out twice. A failed update is tried again a few times (a database
   * blip must not turn into a resend of a message already accepted) before the job fails.
   */
  private async markSent(id: string) {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.deliveries.update({ id, status: DeliveryStatus.PENDING }, { status: DeliveryStatus.SENT, sentAt: new Date(), attempts: () => '"attempts" + 1', lastError: null });
        return;
      } catch (e) {
        if (attempt >= 4) throw e;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }

  private async sendEmail(delivery: NotificationDelivery) {
    const { secret, ...content } = openEmail(this.cipher, delivery.content as EmailContent);
    if (secret) {
      const token = passwordResetToken(this.config.JWT_SECRET, secret.passwordResetId);
      for (const part of ['text', 'html'] as const) content[part] = content[part].split(SECRET_PLACEHOLDER).join(token);
    }
    await this.mail.send({ ...content, messageId: `<${delivery.id}@practicum.notifications>` });
  }

  private async sendWebhook(delivery: NotificationDelivery) {
    const content = delivery.content as WebhookContent;
    const endpoint = await this.endpoints.createQueryBuilder('w').addSelect('w.secret').where('w.id = :id', { id: delivery.webhookEndpointId }).getOne();
    if (!endpoint?.active) throw new Error('The endpoint was removed');
    // Checked again here: the host's DNS may have changed since the endpoint was registered.
    const problem = await webhookAddressProblem(content.url, { publicOnly: !this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS, unresolved: 'refuse' });
    if (problem) throw new Error(`Not sent: webhooks go to public addresses only (${problem})`);
    const res = await fetch(content.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Practicum-Webhooks/1', ...webhookHeaders(this.cipher.open(endpoint.secret, WEBHOOK_SECRET_PURPOSE), delivery.id, content.body) },
      body: content.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status} from ${new URL(content.url).host}`);
  }

  /** A manual retry (through the outbox): a new round of attempts with a new job id. */
  private async retry(job: Job, id: string) {
    const delivery = await this.deliveries.findOneBy({ id });
    if (delivery?.status === DeliveryStatus.PENDING) await this.enqueuer.enqueue([{ id, channel: delivery.channel, round: delivery.round }]);
    await this.outbox.update({ id: String(job.id) }, { handledAt: new Date() });
    return { requeued: delivery?.status === DeliveryStatus.PENDING };
  }
}
