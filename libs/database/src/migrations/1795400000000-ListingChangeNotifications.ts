import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a student's offer listing is read from: a change to any of them is announced. */
const LISTING_TABLES = ['offer', 'offer_slot', 'virtual_twin', 'organization', 'facility'];

/** One trigger per event: PostgreSQL gives a transition table only to a trigger of a single event. */
const EVENTS = [
  { event: 'INSERT', rows: 'NEW' },
  { event: 'UPDATE', rows: 'NEW' },
  { event: 'DELETE', rows: 'OLD' },
] as const;

/**
 * A statement that changes rows of a listing table sends NOTIFY listing_changed (payload: the
 * table) when its transaction commits; the API's listing cache is dropped on it. Statement-level
 * triggers with transition tables: a bulk change costs one notification, a statement that changes
 * no row (the worker's periodic "close expired offers" most of the time) costs none, and
 * PostgreSQL folds identical notifications within a transaction.
 */
export class ListingChangeNotifications1795400000000 implements MigrationInterface {
  name = 'ListingChangeNotifications1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "listing_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('listing_changed', TG_TABLE_NAME);
        ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
          PERFORM pg_notify('listing_changed', TG_TABLE_NAME);
        END IF;
        RETURN NULL;
      END
      $$
    `);
    for (const table of LISTING_TABLES) {
      for (const { event, rows } of EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER "${table}_listing_${event.toLowerCase()}" AFTER ${event} ON "${table}"
          REFERENCING ${rows} TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION "listing_changed"()
        `);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_listing_truncate" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "listing_changed"()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LISTING_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER "${table}_listing_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "listing_changed"()`);
  }
}
