import { Module } from '@nestjs/common';
import { NotificationModule } from '@practicum/core';
import { NotificationResolver } from './notification.resolver';

@Module({ imports: [NotificationModule], providers: [NotificationResolver] })
export class NotificationApiModule {}
