import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

const storage = new AsyncLocalStorage<{ count: number; written: Set<string> }>();

/** The target of each INSERT, UPDATE or DELETE in a statement (CTEs included; `FOR UPDATE` and `DO UPDATE SET` name no table). */
const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([A-Za-z_][A-Za-z0-9_]*)"?/gi;

/** The tables a statement writes (lower case). */
export function tablesWrittenBy(sql: string): string[] {
  const tables: string[] = [];
  for (const match of sql.matchAll(WRITE)) {
    const table = match[1].toLowerCase();
    if (table !== 'set' && table !== 'of' && table !== 'nowait' && table !== 'skip') tables.push(table);
  }
  return tables;
}

/** Counts the SQL statements run inside one request (or any other unit of work). */
export const SqlStatementCounter = {
  run<T>(fn: () => T): T {
    return storage.run({ count: 0, written: new Set() }, fn);
  },
  current(): number | undefined {
    return storage.getStore()?.count;
  },
  /** The tables the statements of this unit of work wrote (whether or not they committed). */
  written(): ReadonlySet<string> | undefined {
    return storage.getStore()?.written;
  },
};

/** A TypeORM logger that counts statements and logs only errors and slow queries (through pino via Nest). */
export class CountingLogger extends AbstractLogger {
  override logQuery(query: string): void {
    const store = storage.getStore();
    if (!store) return;
    store.count++;
    for (const table of tablesWrittenBy(query)) store.written.add(table);
  }

  override logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_FAILED_SQL) process.stderr.write(`failed SQL (${String(error)}): ${query}\n`);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    if (level === 'error' || level === 'warn') {
      for (const m of Array.isArray(message) ? message : [message])
        process.stderr.write(`typeorm ${level}: ${String(m.message)}\n`);
    }
  }
}
