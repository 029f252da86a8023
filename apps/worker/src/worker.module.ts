import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@practicum/config';
import { AuthModule, MailService, MatchRoundModule, Member, NotificationDelivery, NotificationModule, Organization, OutboxEvent, WaitlistModule, WebhookEndpoint } from '@practicum/core';
import { DatabaseModule } from '@practicum/database';
import { JOB_QUEUE, JobName, QueueModule, QueueName } from '@practicum/queue';
import { LoggerModule } from 'nestjs-pino';
import { LiveRelayService } from './live/live-relay.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { MatchingProcessor } from './processors/matching.processor';
import { NotificationProcessor } from './processors/notification.processor';
import { DeliveryEnqueuer } from './outbox/delivery-enqueuer';
import { SweeperService } from './outbox/sweeper.service';
import { DeliveryProcessor } from './processors/delivery.processor';
import { ScheduledProcessor } from './processors/scheduled.processor';
import { RetentionService } from './outbox/retention.service';
import { SeatProcessor } from './processors/seat.processor';

/**
 * Fails start-up unless every job name has exactly one handler; given the queue of each handler
 * list, also unless every job is handled on the queue JOB_QUEUE sends it to.
 */
export function assertEveryJobHandled(handled: JobName[][], queues?: QueueName[]): void {
  const all = handled.flat();
  const missing = Object.values(JobName).filter((name) => !all.includes(name));
  const doubled = all.filter((name, i) => all.indexOf(name) !== i);
  const misplaced = queues ? handled.flatMap((names, i) => names.filter((name) => JOB_QUEUE[name] !== queues[i])) : [];
  if (missing.length || doubled.length || misplaced.length) {
    throw new Error(`Job handlers are wrong: missing [${missing.join(', ')}], doubled [${doubled.join(', ')}], on the wrong queue [${misplaced.join(', ')}]`);
  }
}

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }) }),
    DatabaseModule,
    AuthModule,
    MatchRoundModule,
    QueueModule,
    NotificationModule,
    WaitlistModule,
    TypeOrmModule.forFeature([Member, Organization, OutboxEvent, NotificationDelivery, WebhookEndpoint]),
  ],
  providers: [MailService, NotificationProcessor, MatchingProcessor, OutboxRelayService, DeliveryEnqueuer, DeliveryProcessor, SeatProcessor, ScheduledProcessor, SweeperService, RetentionService, LiveRelayService],
})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly notifications: NotificationProcessor,
    private readonly matching: MatchingProcessor,
    private readonly deliveries: DeliveryProcessor,
    private readonly seats: SeatProcessor,
    private readonly scheduled: ScheduledProcessor,
  ) {}

  onApplicationBootstrap() {
    assertEveryJobHandled(
      [this.notifications.handledJobs(), this.matching.handledJobs(), this.deliveries.handledJobs(), this.seats.handledJobs(), this.scheduled.handledJobs()],
      [QueueName.NOTIFICATIONS, QueueName.MATCHING, QueueName.DELIVERIES, QueueName.SEATS, QueueName.SCHEDULED],
    );
  }
}
