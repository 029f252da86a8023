import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@practicum/config';
import {
  AuthModule,
  MailService,
  MatchRoundModule,
  Member,
  NotificationDelivery,
  NotificationModule,
  Organization,
  OutboxEvent,
  OutboxModule,
  WaitlistModule,
} from '@practicum/core';
import { DatabaseModule } from '@practicum/database';
import { JOB_NAMES, JOB_QUEUE, JobName, QueueModule, QueueName } from '@practicum/queue';
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
 * Fails start-up unless every job of the catalog has exactly one handler, on the queue the
 * catalog sends it to.
 */
export function assertEveryJobHandled(handled: { queue: QueueName; jobs: JobName[] }[]): void {
  const all = handled.flatMap((h) => h.jobs);
  const missing = JOB_NAMES.filter((name) => !all.includes(name));
  const doubled = all.filter((name, i) => all.indexOf(name) !== i);
  const misplaced = handled.flatMap((h) => h.jobs.filter((name) => JOB_QUEUE[name] !== h.queue));
  if (missing.length || doubled.length || misplaced.length) {
    throw new Error(
      `Job handlers are wrong: missing [${missing.join(', ')}], doubled [${doubled.join(', ')}], on the wrong queue [${misplaced.join(', ')}]`,
    );
  }
}

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }),
    }),
    DatabaseModule,
    AuthModule,
    OutboxModule,
    MatchRoundModule,
    QueueModule,
    NotificationModule,
    WaitlistModule,
    TypeOrmModule.forFeature([Member, Organization, OutboxEvent, NotificationDelivery]),
  ],
  providers: [
    MailService,
    NotificationProcessor,
    MatchingProcessor,
    OutboxRelayService,
    DeliveryEnqueuer,
    DeliveryProcessor,
    SeatProcessor,
    ScheduledProcessor,
    SweeperService,
    RetentionService,
    LiveRelayService,
  ],
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
      [this.notifications, this.matching, this.deliveries, this.seats, this.scheduled].map((processor) =>
        processor.handledJobs(),
      ),
    );
  }
}
