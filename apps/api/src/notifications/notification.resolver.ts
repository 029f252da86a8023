import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, MemberRole, NotificationDelivery, NotificationService, WEBHOOK_EVENT, NotificationType } from '@practicum/core';
import { IdArgs } from '../common/id.args';
import { CurrentActor, Roles } from '../common/access.decorators';
import { pageComplexity, toConnection } from '../common/pagination';
import { MarkReadArgs, NotificationsArgs, PreferencesArgs, RegisterWebhookInput, WebhookDeliveriesArgs } from './notification.inputs';
import {
  NotificationConnection,
  NotificationPreferenceModel,
  RegisteredWebhookModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookEndpointModel,
} from './notification.models';

const asDelivery = (d: NotificationDelivery): WebhookDeliveryModel => ({ ...d, webhookEndpointId: d.webhookEndpointId!, event: WEBHOOK_EVENT[d.type as NotificationType] ?? d.type });

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, { complexity: pageComplexity, description: 'Your in-app notifications, newest first, with your unread count' })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const page = await this.service.list(actor, args);
    return { ...toConnection(page), unreadCount: page.unreadCount };
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed (ids of others are ignored)' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() { ids }: MarkReadArgs) {
    return this.service.markRead(actor, ids);
  }

  @Query(() => [NotificationPreferenceModel], { description: 'Per notification type: in-app and/or email' })
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.service.getPreferences(actor);
  }

  @Mutation(() => [NotificationPreferenceModel])
  updateNotificationPreferences(@CurrentActor() actor: Actor, @Args() { preferences }: PreferencesArgs) {
    return this.service.updatePreferences(actor, preferences);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => RegisteredWebhookModel, { description: 'Organization admins: receive signed webhooks (Standard Webhooks) for some events' })
  registerWebhook(@CurrentActor() actor: Actor, @Args('input') input: RegisterWebhookInput) {
    return this.service.registerWebhook(actor, input.url, input.events);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => WebhookEndpointModel, { description: 'Stops deliveries to an endpoint' })
  removeWebhook(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.service.removeWebhook(actor, id);
  }

  @Roles(MemberRole.ADMIN)
  @Query(() => [WebhookEndpointModel])
  webhooks(@CurrentActor() actor: Actor) {
    return this.service.listWebhooks(actor);
  }

  @Roles(MemberRole.ADMIN)
  @Query(() => WebhookDeliveryConnection, { complexity: pageComplexity, description: "Deliveries to your organization's endpoints, newest first" })
  async webhookDeliveries(@CurrentActor() actor: Actor, @Args() args: WebhookDeliveriesArgs) {
    const page = await this.service.listDeliveries(actor, args);
    return toConnection({ ...page, items: page.items.map(({ node, cursor }) => ({ node: asDelivery(node), cursor })) });
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => WebhookDeliveryModel, { description: 'Sends a DEAD delivery again, with a fresh round of attempts' })
  async retryWebhookDelivery(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return asDelivery(await this.service.retryDelivery(actor, id));
  }
}
