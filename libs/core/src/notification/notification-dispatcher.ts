import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { paragraphText, renderMail } from '../mail/templates';
import { Member, MemberStatus } from '../member/member.entity';
import { sessionCalendar } from './calendar';
import { NotificationMessage } from './messages';
import { Notification } from './notification.entity';
import { DataCipher } from '../common/data-cipher';
import {
  DeliveryStatus,
  EmailContent,
  NotificationDelivery,
  sealEmail,
  WebhookContent,
} from './notification-delivery.entity';
import { NotificationPreference } from './notification-preference.entity';
import { MANDATORY_TYPES, NotificationChannel, NotificationType, WEBHOOK_EVENT } from './notification-type';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export type { NotificationMessage };

/** One decision of the notify step: who is told, what, and which organizations' webhooks hear it. */
export interface NotificationIntent {
  type: NotificationType;
  /** Unique per event: an outbox row id, or a reminder's own key. With the member it is the dedup key. */
  eventKey: string;
  members: Member[];
  /** Rendered once from the type's message module (./messages); every member of the intent reads the same words. */
  message: NotificationMessage;
  /** The message carries a secret (an invitation code): email only, its body sealed at rest, never in-app. */
  sealed?: boolean;
  webhook?: { organizationIds: string[]; data: Record<string, unknown> };
}

export interface PendingDelivery {
  id: string;
  channel: NotificationChannel;
  round: number;
}

/**
 * The notify step's write: in-app rows and delivery rows (rendered emails, webhook bodies) for
 * every intent, in one transaction, each behind a unique key so a retried job adds nothing twice.
 * Returns every delivery of these events that is still pending, for the caller to enqueue.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(private readonly cipher: DataCipher) {}

  /** Writes in the caller's transaction (the worker handler's, which also marks the event handled). */
  async dispatch(manager: EntityManager, intents: NotificationIntent[]): Promise<PendingDelivery[]> {
    for (const intent of intents) await this.write(manager, intent);
    const keys = [...new Set(intents.map((i) => i.eventKey))];
    if (!keys.length) return [];
    const pending = await manager.getRepository(NotificationDelivery).find({
      select: { id: true, channel: true, round: true },
      where: { eventKey: In(keys), status: DeliveryStatus.PENDING },
    });
    return pending.map(({ id, channel, round }) => ({ id, channel, round }));
  }

  private async write(manager: EntityManager, intent: NotificationIntent): Promise<void> {
    const members = [
      ...new Map(intent.members.filter((m) => m.status !== MemberStatus.REMOVED).map((m) => [m.id, m])).values(),
    ];
    const mandatory = MANDATORY_TYPES.includes(intent.type);
    const prefs = members.length
      ? await manager
          .getRepository(NotificationPreference)
          .findBy({ memberId: In(members.map((m) => m.id)), type: intent.type })
      : [];
    const inApp: Partial<Notification>[] = [];
    const emails: Partial<NotificationDelivery>[] = [];
    const message = intent.message;
    for (const member of members) {
      const pref = prefs.find((p) => p.memberId === member.id);
      if (!mandatory && !intent.sealed && (pref?.inApp ?? true)) {
        inApp.push({
          memberId: member.id,
          eventKey: intent.eventKey,
          type: intent.type,
          title: message.title.slice(0, 300),
          body: message.paragraphs.map(paragraphText).join('\n\n'),
          link: message.action?.url ?? null,
        });
      }
      if (mandatory || (pref?.email ?? true)) {
        const mail = renderMail(message.title, member.fullName, message.paragraphs, message.action);
        const content: EmailContent = { to: member.email, ...mail };
        if (message.secret) content.secret = message.secret;
        if (message.calendar)
          content.attachments = [
            {
              filename: 'site-visit.ics',
              content: sessionCalendar(message.calendar),
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ];
        emails.push({
          eventKey: intent.eventKey,
          type: intent.type,
          channel: NotificationChannel.EMAIL,
          recipientKey: member.id,
          memberId: member.id,
          content: intent.sealed ? sealEmail(this.cipher, content) : content,
        });
      }
    }
    if (inApp.length) await manager.createQueryBuilder().insert().into(Notification).values(inApp).orIgnore().execute();
    if (emails.length)
      await manager.createQueryBuilder().insert().into(NotificationDelivery).values(emails).orIgnore().execute();

    const event = WEBHOOK_EVENT[intent.type];
    if (!event || !intent.webhook?.organizationIds.length) return;
    const endpoints = await manager
      .getRepository(WebhookEndpoint)
      .createQueryBuilder('w')
      .where('w."organizationId" IN (:...orgs) AND w.active AND :event = ANY(w.events)', {
        orgs: [...new Set(intent.webhook.organizationIds)],
        event,
      })
      .getMany();
    if (!endpoints.length) return;
    const body = JSON.stringify({ type: event, timestamp: new Date().toISOString(), data: intent.webhook.data });
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationDelivery)
      .values(
        endpoints.map((w) => ({
          eventKey: intent.eventKey,
          type: intent.type,
          channel: NotificationChannel.WEBHOOK,
          recipientKey: w.id,
          webhookEndpointId: w.id,
          organizationId: w.organizationId,
          content: { url: w.url, body } satisfies WebhookContent,
        })),
      )
      .orIgnore()
      .execute();
  }
}
