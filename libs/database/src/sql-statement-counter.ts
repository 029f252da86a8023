import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

const storage = new AsyncLocalStorage<{ count: number }>();

/** Counts the SQL statements run inside one request (or any other unit of work). */
export const SqlStatementCounter = {
  run<T>(fn: () => T): T {
    return storage.run({ count: 0 }, fn);
  },
  current(): number | undefined {
    return storage.getStore()?.count;
  },
};

/** A TypeORM logger that counts statements and logs only errors and slow queries (through pino via Nest). */
export class CountingLogger extends AbstractLogger {
  override logQuery(): void {
    const store = storage.getStore();
    if (store) store.count++;
  }

  override logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_FAILED_SQL) process.stderr.write(`failed SQL (${String(error)}): ${query}\n`);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    if (level === 'error' || level === 'warn') {
      for (const m of Array.isArray(message) ? message : [message]) process.stderr.write(`typeorm ${level}: ${String(m.message)}\n`);
    }
  }
}
