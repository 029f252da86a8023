/*
 * Notification throughput, end to end: N committed outbox events (organization.verified, one
 * admin each) -> relay -> notify job -> in-app row + delivery row -> send job -> a real SMTP
 * server. Against a raw BullMQ baseline on the same Redis in the same run: N no-op jobs added in
 * bulk and processed with the same concurrency. Writes the "## Notifications" section of
 * bench/RESULTS.md.   npm run build && node dist/bench/notifications/run.js [--quick]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { typeormOptions } from '@practicum/database';
import { redisOptions } from '@practicum/queue';
import { startSmtp } from '@practicum/testing';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const ROOT = path.resolve(__dirname, '../../..');
const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
const HEADING = '## Notifications';
const N = process.argv.includes('--quick') ? 100 : 1000;
const CONCURRENCY = 5;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const withDb = async <T>(fn: (c: Client) => Promise<T>, db = 'postgres') => {
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

async function baseline(prefix: string): Promise<number> {
  const connection = redisOptions(REDIS_URL);
  const queue = new Queue('bench-noop', { connection, prefix });
  let done = 0;
  let finished!: () => void;
  const all = new Promise<void>((r) => (finished = r));
  const worker = new Worker('bench-noop', async () => undefined, { connection, prefix, concurrency: CONCURRENCY });
  worker.on('completed', () => ++done === N && finished());
  await worker.waitUntilReady();
  const t0 = performance.now();
  await queue.addBulk(
    Array.from({ length: N }, (_, i) => ({
      name: 'noop',
      data: { i },
      opts: { jobId: `noop-${i}`, removeOnComplete: true },
    })),
  );
  await all;
  const ms = performance.now() - t0;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return ms;
}

async function main() {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `practicum_bench_${id}`;
  const prefix = `bench-${id}`;
  await withDb((c) => c.query(`CREATE DATABASE "${database}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const smtp = await startSmtp();
  try {
    const ds = new DataSource(typeormOptions(url.toString()));
    await ds.initialize();
    await ds.runMigrations();
    Object.assign(process.env, {
      DATABASE_URL: url.toString(),
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '50',
      WORKER_CONCURRENCY: String(CONCURRENCY),
      SCHEDULE_EVERY_MS: '3600000',
    });

    const baselineMs = await baseline(prefix);

    await ds.query(
      `INSERT INTO organization (name, kind, verified) SELECT 'Bench org ' || g, 'COMPANY', true FROM generate_series(1, $1) g`,
      [N],
    );
    await ds.query(
      `INSERT INTO member (email, "fullName", role, status, "organizationId") SELECT 'admin-' || o.id || '@bench.example', 'Admin <' || o.name || '>', 'ADMIN', 'ACTIVE', o.id FROM organization o`,
    );
    const { WorkerModule } = await import('../../apps/worker/src/worker.module');
    const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const t0 = performance.now();
    await ds.query(
      `INSERT INTO outbox_event (type, payload) SELECT 'organization.verified', jsonb_build_object('organizationId', id) FROM organization`,
    );
    let firstMailMs = 0;
    for (;;) {
      if (!firstMailMs && smtp.mails.length) firstMailMs = performance.now() - t0;
      const [{ sent, inapp }] = await ds.query(
        `SELECT (SELECT count(*) FROM notification_delivery WHERE status = 'SENT')::int AS sent, (SELECT count(*) FROM notification)::int AS inapp`,
      );
      if (sent >= N && inapp >= N && smtp.mails.length >= N) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const notifyMs = performance.now() - t0;
    const doubled = smtp.mails.length - new Set(smtp.mails.map((m) => m.to.join())).size;
    await worker.close();
    await ds.destroy();

    const perSec = (ms: number) => Math.round((N / ms) * 1000);
    const section = [
      HEADING,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} by \`node dist/bench/notifications/run.js\` on ${os.cpus()[0]?.model.trim()}, nproc ${os.cpus().length}, Node ${process.version}; PostgreSQL and Redis on the same machine; one worker process (relay + processors in one Node process), WORKER_CONCURRENCY ${CONCURRENCY}; 1-minute load average ${os.loadavg()[0].toFixed(2)} at the end.`,
      '',
      '| run | events | wall ms | per second | first email ms | ratio to baseline |',
      '| --- | --- | --- | --- | --- | --- |',
      `| raw BullMQ no-op jobs (addBulk, concurrency ${CONCURRENCY}) | ${N} | ${baselineMs.toFixed(0)} | ${perSec(baselineMs)} | - | 1 |`,
      `| outbox row -> email + in-app (organization.verified, 1 admin each) | ${N} | ${notifyMs.toFixed(0)} | ${perSec(notifyMs)} | ${firstMailMs.toFixed(0)} | ${(notifyMs / baselineMs).toFixed(1)} |`,
      '',
      `- Each event is three BullMQ jobs' worth of work (the relay's add, the notify job, one send job) plus, per event, a claim and an update of the outbox row, preference lookup, two inserts behind unique keys, a delivery read, an SMTP transaction to a local server and the SENT update; the baseline is one no-op job. Emails doubled: ${doubled}.`,
      '- Polling adds up to 20 ms to the notification figure; the relay polls every 50 ms here (OUTBOX_POLL_MS).',
      '',
    ].join('\n');
    const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
    const start = current.indexOf(HEADING);
    let next: string;
    if (start === -1) next = `${current.trimEnd()}\n\n${section}`;
    else {
      const end = current.indexOf('\n## ', start + HEADING.length);
      next = `${current.slice(0, start)}${section}${end === -1 ? '' : `\n${current.slice(end + 1)}`}`;
    }
    writeFileSync(RESULTS, next.endsWith('\n') ? next : `${next}\n`);
    process.stdout.write(`${section}\n`);
  } finally {
    await smtp.close();
    await withDb((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
