import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();
/** Each named statement keeps a plan on every pooled connection: name only the hottest few texts. */
const MAX_NAMED = 64;

/**
 * Runs a hot read as a named prepared statement on the pool TypeORM manages. PostgreSQL parses and
 * plans it once per pooled connection, and once it settles on a generic plan it stops planning it
 * at all, where an unnamed statement is parsed and planned on every request (2-3 ms for the offer
 * search). Statements are named by a hash of their text, so each distinct text is prepared once
 * per connection; only the first 64 texts get names (a few kilobytes of plan each on each of the
 * pool's connections), later ones run unnamed. Counted and logged
 * through TypeORM's logger like any other statement; failures are TypeORM's QueryFailedError.
 */
export async function preparedRead<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query<T & object>(name ? { name, text, values } : { text, values });
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
