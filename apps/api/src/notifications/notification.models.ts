import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus, NotificationType } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(NotificationType, { name: 'NotificationType' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'PENDING (being sent or retried), SENT, DEAD (every attempt failed)' });

@ObjectType('Notification', { description: 'An in-app notification of the signed-in member' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field() type: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {
  @Field(() => Int, { description: 'Unread notifications of the member, whatever the page' }) unreadCount: number;
}

@ObjectType('NotificationPreference', { description: 'Where a member hears about one type of event (default: both)' })
export class NotificationPreferenceModel {
  @Field(() => NotificationType) type: NotificationType;
  @Field() inApp: boolean;
  @Field() email: boolean;
}

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
