import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor,
  MemberRole,
  NotificationDelivery,
  NotificationService,
  NotificationType,
  WEBHOOK_EVENT,
} from '@practicum/core';
import { CurrentActor, Roles } from '../common/access.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity, toConnection } from '../common/pagination';
import { RegisterWebhookInput } from './dto/register-webhook.input';
import { WebhookDeliveriesArgs } from './dto/webhook-deliveries.args';
import {
  RegisteredWebhookModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookEndpointModel,
} from './webhook.model';

const asDelivery = (d: NotificationDelivery): WebhookDeliveryModel => ({
  ...d,
  webhookEndpointId: d.webhookEndpointId!,
  event: WEBHOOK_EVENT[d.type as NotificationType] ?? d.type,
});

@Resolver()
export class WebhookResolver {
  constructor(private readonly service: NotificationService) {}

  @Roles(MemberRole.ADMIN)
  @Mutation(() => RegisteredWebhookModel, {
    description: 'Organization admins: receive signed webhooks (Standard Webhooks) for some events',
  })
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
  @Query(() => WebhookDeliveryConnection, {
    complexity: pageComplexity,
    description: "Deliveries to your organization's endpoints, newest first",
  })
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
