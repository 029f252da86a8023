import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { QueueName } from './queue.constants';
import { QueueProducer } from './queue.producer';
import { redisOptions } from './redis-connection';

const queues = Object.values(QueueName).map((name) => ({ name }));

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ connection: redisOptions(config.REDIS_URL), prefix: config.REDIS_PREFIX }),
    }),
    BullModule.registerQueue(...queues),
  ],
  providers: [QueueProducer],
  exports: [QueueProducer, BullModule],
})
export class QueueModule {}
