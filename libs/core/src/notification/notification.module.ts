import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from '../outbox/outbox.module';
import { DeliveryService } from './delivery.service';
import { MessageRenderer } from './message-renderer';
import { Notification } from './notification.entity';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationPlanner } from './notification-planner';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationService } from './notification.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookSecretSealer } from './webhook-secrets';

/** In-app notifications, preferences, webhooks; the worker's planner and dispatcher. */
@Module({
  imports: [
    AuthModule,
    OutboxModule,
    TypeOrmModule.forFeature([Notification, NotificationDelivery, NotificationPreference, WebhookEndpoint]),
  ],
  providers: [
    NotificationService,
    NotificationPlanner,
    NotificationDispatcher,
    DeliveryService,
    MessageRenderer,
    WebhookSecretSealer,
  ],
  exports: [
    NotificationService,
    NotificationPlanner,
    NotificationDispatcher,
    DeliveryService,
    MessageRenderer,
    WebhookSecretSealer,
  ],
})
export class NotificationModule {}
