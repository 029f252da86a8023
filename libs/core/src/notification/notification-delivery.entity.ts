import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { EmailSecret } from '../auth/password-reset-token';
import { BaseEntity } from '../common/base.entity';
import { DataCipher } from '../common/data-cipher';
import { Member } from '../member/member.entity';
import { NotificationChannel } from './notification-type';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every attempt failed; kept with the last error until someone retries it by hand. */
  DEAD = 'DEAD',
}

export interface EmailContent {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** The body holds a placeholder for a secret that the send step derives and puts in (never stored). */
  secret?: EmailSecret;
  /** Set for a message that carries a secret (an invitation code): text, html and attachments sealed by `sealEmail`, the others empty. */
  sealed?: string;
}

const SEALED_EMAIL_PURPOSE = 'notification_delivery.email';

/** Keeps only the recipient and subject readable; the body waits sealed in its delivery row until sent. */
export function sealEmail(cipher: DataCipher, content: EmailContent): EmailContent {
  const { to, subject, text, html, attachments } = content;
  return {
    to,
    subject,
    text: '',
    html: '',
    sealed: cipher.seal(JSON.stringify({ text, html, attachments }), SEALED_EMAIL_PURPOSE),
  };
}

export function openEmail(cipher: DataCipher, content: EmailContent): EmailContent {
  if (!content.sealed) return content;
  const { sealed, ...rest } = content;
  return {
    ...rest,
    ...(JSON.parse(cipher.open(sealed, SEALED_EMAIL_PURPOSE)) as Pick<EmailContent, 'text' | 'html' | 'attachments'>),
  };
}

export interface WebhookContent {
  url: string;
  /** The exact body that is signed and sent. */
  body: string;
}

/**
 * One message to one recipient on one channel (email or webhook). The notify step creates it
 * with the rendered content; the send job (job id = row id) only does the I/O and marks it SENT.
 * The unique key makes delivery exactly-once as users see it.
 */
@Entity('notification_delivery')
@Index('notification_delivery_unique', ['eventKey', 'channel', 'recipientKey'], { unique: true })
@Index('notification_delivery_pending', ['updatedAt'], { where: `"status" = 'PENDING'` })
@Index('notification_delivery_organization', ['organizationId', 'createdAt'])
export class NotificationDelivery extends BaseEntity {
  @Column({ length: 200 })
  eventKey: string;

  @Column({ length: 60 })
  type: string;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  /** The member id (email) or the endpoint id (webhook). */
  @Column({ type: 'uuid' })
  recipientKey: string;

  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'uuid', nullable: true })
  webhookEndpointId: string | null;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhookEndpointId' })
  webhookEndpoint?: WebhookEndpoint;

  /** The organization that owns the webhook endpoint (null for emails). */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'jsonb' })
  content: EmailContent | WebhookContent;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Raised by a manual retry, so the new send job gets a new id. */
  @Column({ type: 'int', default: 0 })
  round: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
