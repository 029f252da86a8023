import { randomBytes } from 'node:crypto';
import { typeormOptions } from '@practicum/database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** The database server tests use: DATABASE_URL's server, or the local development default. */
export function serverUrl(database: string): string {
  const url = new URL(
    process.env.TEST_DATABASE_SERVER_URL ??
      process.env.DATABASE_URL ??
      'postgres://postgres:postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A migrated database of its own (beside the run's shared one) for a spec that needs an empty one; drop it when done. */
export async function createMigratedDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `${process.env.PRACTICUM_TEST_DATABASE ?? 'practicum_test'}_${randomBytes(3).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${database}"`));
  const url = serverUrl(database);
  const dataSource = new DataSource(typeormOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  return {
    url,
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
