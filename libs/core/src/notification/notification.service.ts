import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { newestFirstPage, Page } from '../common/cursor';
import { BadInputError, ConflictError, NotFoundError } from '../common/domain-error';
import { Actor, requireRole } from '../common/policy';
import { MemberRole } from '../member/member.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Notification } from './notification.entity';
import { DeliveryStatus, NotificationDelivery } from './notification-delivery.entity';
import { NotificationPreference } from './notification-preference.entity';
import { CONFIGURABLE_TYPES, NotificationChannel, NotificationType, WEBHOOK_EVENTS } from './notification-type';
import { webhookAddressProblem } from './webhook-address';
import { newWebhookSecret } from './webhook-signature';
import { WEBHOOK_SECRET_PURPOSE } from './webhook-secrets';
import { DataCipher } from '../common/data-cipher';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export interface PreferenceData {
  type: NotificationType;
  inApp: boolean;
  email: boolean;
}

const MAX_ENDPOINTS = 10;

/** A member's in-app notifications and preferences; an organization's webhooks and their deliveries. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    @InjectRepository(NotificationDelivery) private readonly deliveries: Repository<NotificationDelivery>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly cipher: DataCipher,
  ) {}

  /** The actor's own notifications, newest first. */
  async list(
    actor: Actor,
    q: { first: number; after?: string | null; unreadOnly?: boolean },
  ): Promise<Page<Notification> & { unreadCount: number }> {
    const qb = this.notifications.createQueryBuilder('n').where('n."memberId" = :me', { me: actor.id });
    if (q.unreadOnly) qb.andWhere('n."readAt" IS NULL');
    const [page, unreadCount] = await Promise.all([
      newestFirstPage(qb, 'n', q.first, q.after),
      this.notifications.countBy({ memberId: actor.id, readAt: IsNull() }),
    ]);
    return { ...page, unreadCount };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.countBy({ memberId: actor.id, readAt: IsNull() });
  }

  /** Marks the actor's own notifications read; ids of others are ignored. Returns how many changed. */
  async markRead(actor: Actor, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.notifications.update(
      { id: In(ids), memberId: actor.id, readAt: IsNull() },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }

  /** Every configurable type with the actor's choice (default: in-app and email). */
  async getPreferences(actor: Actor): Promise<PreferenceData[]> {
    const rows = await this.preferences.findBy({ memberId: actor.id });
    return CONFIGURABLE_TYPES.map((type) => {
      const row = rows.find((r) => r.type === type);
      return { type, inApp: row?.inApp ?? true, email: row?.email ?? true };
    });
  }

  async updatePreferences(actor: Actor, changes: PreferenceData[]): Promise<PreferenceData[]> {
    const types = changes.map((c) => c.type);
    if (new Set(types).size !== types.length)
      throw new BadInputError('preferences', 'Give each notification type at most once');
    for (const change of changes) {
      if (!CONFIGURABLE_TYPES.includes(change.type))
        throw new BadInputError('preferences', `${change.type} cannot be turned off`);
    }
    if (changes.length) {
      await this.preferences.upsert(
        changes.map((c) => ({ memberId: actor.id, type: c.type, inApp: c.inApp, email: c.email })),
        ['memberId', 'type'],
      );
    }
    return this.getPreferences(actor);
  }

  /** An organization admin registers an endpoint; the secret is returned here and never again. */
  async registerWebhook(
    actor: Actor,
    url: string,
    events: string[],
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    requireRole(actor, MemberRole.ADMIN);
    const unknown = events.filter((e) => !WEBHOOK_EVENTS.includes(e));
    if (unknown.length)
      throw new BadInputError('events', `Unknown events: ${unknown.join(', ')}. Known: ${WEBHOOK_EVENTS.join(', ')}`);
    if ((await this.endpoints.countBy({ organizationId: actor.organizationId!, active: true })) >= MAX_ENDPOINTS) {
      throw new ConflictError(
        'WEBHOOK_LIMIT_REACHED',
        `An organization has at most ${MAX_ENDPOINTS} webhook endpoints`,
      );
    }
    const problem = await webhookAddressProblem(url, {
      publicOnly: !this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      unresolved: 'accept',
    });
    if (problem) throw new BadInputError('url', `Webhooks go to public addresses only: ${problem}`);
    const secret = newWebhookSecret();
    const sealed = this.cipher.seal(secret, WEBHOOK_SECRET_PURPOSE);
    const saved = await this.endpoints.save(
      this.endpoints.create({
        organizationId: actor.organizationId!,
        url,
        secret: sealed,
        events: [...new Set(events)],
        createdById: actor.id,
        active: true,
      }),
    );
    const { secret: _omit, ...endpoint } = saved;
    return { endpoint: endpoint as WebhookEndpoint, secret };
  }

  listWebhooks(actor: Actor): Promise<WebhookEndpoint[]> {
    requireRole(actor, MemberRole.ADMIN);
    return this.endpoints.find({
      where: { organizationId: actor.organizationId!, active: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** Deactivates an endpoint (its delivery history stays). */
  async removeWebhook(actor: Actor, id: string): Promise<WebhookEndpoint> {
    requireRole(actor, MemberRole.ADMIN);
    const endpoint = await this.endpoints.findOneBy({ id, organizationId: actor.organizationId!, active: true });
    if (!endpoint) throw new NotFoundError('WebhookEndpoint', id);
    endpoint.active = false;
    return this.endpoints.save(endpoint);
  }

  /** Webhook deliveries to the actor's organization, newest first. */
  async listDeliveries(
    actor: Actor,
    q: { first: number; after?: string | null; status?: DeliveryStatus },
  ): Promise<Page<NotificationDelivery>> {
    requireRole(actor, MemberRole.ADMIN);
    const qb = this.deliveries.createQueryBuilder('d').where('d."organizationId" = :org AND d.channel = :webhook', {
      org: actor.organizationId,
      webhook: NotificationChannel.WEBHOOK,
    });
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    return newestFirstPage(qb, 'd', q.first, q.after);
  }

  /** Sends a dead delivery again (a new round of attempts), through the outbox: no Redis needed here. */
  async retryDelivery(actor: Actor, id: string): Promise<NotificationDelivery> {
    requireRole(actor, MemberRole.ADMIN);
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.getRepository(NotificationDelivery).findOne({
        where: { id, organizationId: actor.organizationId!, channel: NotificationChannel.WEBHOOK },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delivery) throw new NotFoundError('WebhookDelivery', id);
      if (delivery.status !== DeliveryStatus.DEAD)
        throw new ConflictError(
          'DELIVERY_NOT_DEAD',
          `Only a dead delivery can be retried; this one is ${delivery.status}`,
        );
      delivery.status = DeliveryStatus.PENDING;
      delivery.round += 1;
      delivery.attempts = 0;
      const saved = await manager.getRepository(NotificationDelivery).save(delivery);
      await this.outbox.record(manager, 'delivery.retry', { deliveryId: delivery.id });
      return saved;
    });
  }
}
