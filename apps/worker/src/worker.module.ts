import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@practicum/config';
import { IdentityModule, MailService, Member, Organization } from '@practicum/core';
import { DatabaseModule } from '@practicum/database';
import { JobName, QueueModule } from '@practicum/queue';
import { LoggerModule } from 'nestjs-pino';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { NotificationProcessor } from './processors/notification.processor';

/** Fails start-up unless every job name has exactly one handler. */
export function assertEveryJobHandled(handled: JobName[][]): void {
  const all = handled.flat();
  const missing = Object.values(JobName).filter((name) => !all.includes(name));
  const doubled = all.filter((name, i) => all.indexOf(name) !== i);
  if (missing.length || doubled.length) {
    throw new Error(`Job handlers are wrong: missing [${missing.join(', ')}], doubled [${doubled.join(', ')}]`);
  }
}

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }) }),
    DatabaseModule,
    IdentityModule,
    QueueModule,
    TypeOrmModule.forFeature([Member, Organization]),
  ],
  providers: [MailService, NotificationProcessor, OutboxRelayService],
})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(private readonly notifications: NotificationProcessor) {}

  onApplicationBootstrap() {
    assertEveryJobHandled([this.notifications.handledJobs()]);
  }
}
