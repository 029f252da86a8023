import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { EntityManager, Repository } from 'typeorm';
import { passwordResetToken, SECRET_PLACEHOLDER } from '../auth/password-reset-token';
import { DataCipher } from '../common/data-cipher';
import {
  DeliveryStatus,
  EmailContent,
  NotificationDelivery,
  openEmail,
  WebhookContent,
} from './notification-delivery.entity';
import { WEBHOOK_SECRET_PURPOSE } from './webhook-secrets';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { webhookHeaders } from './webhook-signature';

/** What the send step posts: the address, the signed headers and the exact body. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The send step's reads and writes of delivery rows: which row is still to be sent, what it sends
 * (opened, its secret filled in, signed), and its outcome. The worker's send job only does the I/O.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectRepository(NotificationDelivery) private readonly deliveries: Repository<NotificationDelivery>,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    private readonly cipher: DataCipher,
    private readonly config: AppConfig,
  ) {}

  find(id: string, manager?: EntityManager): Promise<NotificationDelivery | null> {
    return (manager?.getRepository(NotificationDelivery) ?? this.deliveries).findOneBy({ id });
  }

  /** The email as it goes out: a sealed body opened, the secret (a reset token) put in for the placeholder. */
  email(delivery: NotificationDelivery): Omit<EmailContent, 'secret' | 'sealed'> & { messageId: string } {
    const { secret, ...content } = openEmail(this.cipher, delivery.content as EmailContent);
    if (secret) {
      const token = passwordResetToken(this.config.JWT_SECRET, secret.passwordResetId);
      for (const part of ['text', 'html'] as const) content[part] = content[part].split(SECRET_PLACEHOLDER).join(token);
    }
    return { ...content, messageId: `<${delivery.id}@practicum.notifications>` };
  }

  /** The webhook request, signed with its endpoint's secret; fails when the endpoint was removed or turned off. */
  async webhook(delivery: NotificationDelivery): Promise<WebhookRequest> {
    const content = delivery.content as WebhookContent;
    const endpoint = await this.endpoints
      .createQueryBuilder('w')
      .addSelect('w.secret')
      .where('w.id = :id', { id: delivery.webhookEndpointId })
      .getOne();
    if (!endpoint?.active) throw new Error('The endpoint was removed');
    return {
      url: content.url,
      body: content.body,
      headers: webhookHeaders(this.cipher.open(endpoint.secret, WEBHOOK_SECRET_PURPOSE), delivery.id, content.body),
    };
  }

  /** A failed attempt; the last one marks the row DEAD. */
  async failed(id: string, error: string, last: boolean): Promise<void> {
    await this.deliveries.update(
      { id, status: DeliveryStatus.PENDING },
      { attempts: () => '"attempts" + 1', lastError: error, ...(last && { status: DeliveryStatus.DEAD }) },
    );
  }

  /**
   * Right after the receiver's acceptance (SMTP 250 to the message, a 2xx to the POST), with no
   * other work between: the time from that reply to this commit is the only window in which a
   * crash makes the message go out twice. A failed update is tried again a few times (a database
   * blip must not turn into a resend of a message already accepted) before the job fails.
   */
  async sent(id: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.deliveries.update(
          { id, status: DeliveryStatus.PENDING },
          { status: DeliveryStatus.SENT, sentAt: new Date(), attempts: () => '"attempts" + 1', lastError: null },
        );
        return;
      } catch (e) {
        if (attempt >= 4) throw e;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
