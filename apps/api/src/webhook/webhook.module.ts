import { Module } from '@nestjs/common';
import { NotificationModule } from '@practicum/core';
import { WebhookResolver } from './webhook.resolver';

@Module({ imports: [NotificationModule], providers: [WebhookResolver] })
export class WebhookApiModule {}
