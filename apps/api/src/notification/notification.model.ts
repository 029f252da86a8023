import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationType } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(NotificationType, { name: 'NotificationType' });

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
