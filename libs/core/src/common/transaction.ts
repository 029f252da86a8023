import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back; running it again is safe. */
const RETRYABLE = new Set(['40001', '40P01']);

export const isRetryableConflict = (error: unknown): boolean =>
  error instanceof QueryFailedError && RETRYABLE.has((error.driverError as { code?: string }).code ?? '');

/** How many times a transaction runs at most when PostgreSQL keeps aborting it as a deadlock victim. */
export const TRANSACTION_ATTEMPTS = 5;

/**
 * Runs `work` in a transaction; when PostgreSQL aborts it as a deadlock victim or on a
 * serialization failure, runs it again (after a short random pause) up to TRANSACTION_ATTEMPTS
 * times. `work` must be safe to repeat: everything it changes is in the database (outbox rows
 * included), which the rollback undid. Locks are taken in the order docs/marketplace.md gives, so
 * a retry is the exception; it covers what that order cannot (foreign-key checks, other tables).
 * Given the manager of a transaction already open (a worker handler's), `work` joins it, and
 * running it again is that transaction's owner's business.
 */
export async function inTransaction<T>(
  source: DataSource | EntityManager,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (source instanceof EntityManager) return work(source);
  const dataSource = source;
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isRetryableConflict(error) || attempt >= TRANSACTION_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}
