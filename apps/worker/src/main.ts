import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { QueueName } from '@practicum/queue';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: no HTTP server; BullMQ processors and the outbox relay. SIGTERM lets active jobs finish. */
async function bootstrap() {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  app.get(Logger).log(`Practicum worker ready: queues ${Object.values(QueueName).join(', ')}, pid ${process.pid}`);
  if (process.env.WORKER_READY_FILE) writeFileSync(process.env.WORKER_READY_FILE, `${process.pid}\n`);
}

bootstrap().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
