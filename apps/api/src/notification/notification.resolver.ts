import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, NotificationService } from '@practicum/core';
import { CurrentActor } from '../common/access.decorators';
import { pageComplexity, toConnection } from '../common/pagination';
import { MarkReadArgs, NotificationsArgs, PreferencesArgs } from './dto/notifications.args';
import { NotificationConnection, NotificationPreferenceModel } from './notification.model';

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, {
    complexity: pageComplexity,
    description: 'Your in-app notifications, newest first, with your unread count',
  })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const page = await this.service.list(actor, args);
    return { ...toConnection(page), unreadCount: page.unreadCount };
  }

  @Mutation(() => Int, {
    description: 'Marks your notifications read; returns how many changed (ids of others are ignored)',
  })
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
}
