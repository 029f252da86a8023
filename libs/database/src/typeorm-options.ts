import { ENTITIES } from '@practicum/core';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The one description of Practicum's database: entities, committed migrations, never synchronize. */
export function typeormOptions(databaseUrl: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20 },
    ...extra,
  } as DataSourceOptions;
}
