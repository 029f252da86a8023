import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { typeormOptions } from '@practicum/database';
import { DataSource } from 'typeorm';
import { serverUrl, withAdminClient } from './test-env';

/** Creates a database of this run's own, migrates it, and gives Redis keys a prefix of their own. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `practicum_test_${runId}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${database}"`));
  const url = serverUrl(database);
  const dataSource = new DataSource(typeormOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: url,
    PRACTICUM_TEST_DATABASE: database,
    REDIS_PREFIX: `test-${runId}`,
    OUTBOX_POLL_MS: '100',
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    // Webhook receivers in tests listen on 127.0.0.1; security.e2e-spec turns this off to test the refusal.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  });
}
