import { CountingLogger, SqlStatementCounter, tablesWrittenBy } from './sql-statement-counter';

describe('tablesWrittenBy', () => {
  it('names the target of TypeORM and hand-written writes', () => {
    expect(tablesWrittenBy(`INSERT INTO "application"("id", "status") VALUES (DEFAULT, $1) RETURNING "id"`)).toEqual([
      'application',
    ]);
    expect(tablesWrittenBy(`UPDATE "offer_slot" SET "capacity" = $1 WHERE id = $2`)).toEqual(['offer_slot']);
    expect(
      tablesWrittenBy(`UPDATE offer_slot SET taken = taken + $2 WHERE id = $1 AND taken + $2 <= capacity`),
    ).toEqual(['offer_slot']);
    expect(tablesWrittenBy(`DELETE FROM "virtual_twin" WHERE "id" IN ($1)`)).toEqual(['virtual_twin']);
    expect(
      tablesWrittenBy(
        `WITH moved AS (UPDATE application SET status = 'X' RETURNING id) INSERT INTO status_change SELECT * FROM moved`,
      ),
    ).toEqual(['application', 'status_change']);
  });

  it('names none for reads, row locks and upserts of other tables', () => {
    expect(tablesWrittenBy(`SELECT "o"."id" FROM "offer" "o" WHERE "o"."id" = $1 FOR UPDATE`)).toEqual([]);
    expect(tablesWrittenBy(`SELECT id FROM offer_slot WHERE id = $1 FOR UPDATE OF offer_slot NOWAIT`)).toEqual([]);
    expect(
      tablesWrittenBy(`INSERT INTO notification (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET id = excluded.id`),
    ).toEqual(['notification']);
  });
});

describe('SqlStatementCounter', () => {
  it('counts the statements of a unit of work and the tables they wrote', () => {
    const logger = new CountingLogger();
    const seen = SqlStatementCounter.run(() => {
      logger.logQuery(`SELECT 1`);
      logger.logQuery(`UPDATE "offer" SET "title" = $1`);
      return { count: SqlStatementCounter.current(), written: [...(SqlStatementCounter.written() ?? [])] };
    });
    expect(seen).toEqual({ count: 2, written: ['offer'] });
    expect(SqlStatementCounter.written()).toBeUndefined();
  });
});
