import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'PENDING (being sent or retried), SENT, DEAD (every attempt failed)',
});

@ObjectType('WebhookEndpoint')
export class WebhookEndpointModel {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [String]) events: string[];
  @Field() createdAt: Date;
}

@ObjectType('RegisteredWebhook')
export class RegisteredWebhookModel {
  @Field(() => WebhookEndpointModel) endpoint: WebhookEndpointModel;
  @Field({ description: 'The signing secret (whsec_...): shown only here, keep it safe' }) secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One signed POST of one event to one endpoint of the organization' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Also the webhook-id header: stable across retries' }) id: string;
  @Field(() => ID) webhookEndpointId: string;
  @Field({ description: 'The event name, e.g. booking.confirmed' }) event: string;
  @Field(() => DeliveryStatus) status: DeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel, 'WebhookDelivery') {}
