import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a student's offer listing is read from: a change to any of them is announced. */
const LISTING_TABLES = ['offer', 'offer_slot', 'virtual_twin', 'organization', 'facility'];

/**
 * Every statement that changes a listing table sends NOTIFY listing_changed (payload: the table)
 * when its transaction commits; the API's listing cache is dropped on it. Statement-level, so a
 * bulk change costs one notification, and PostgreSQL folds identical ones within a transaction.
 */
export class ListingChangeNotifications1795400000000 implements MigrationInterface {
  name = 'ListingChangeNotifications1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "listing_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('listing_changed', TG_TABLE_NAME);
        RETURN NULL;
      END
      $$
    `);
    for (const table of LISTING_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER "${table}_listing_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "listing_changed"()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LISTING_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_listing_changed" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "listing_changed"()`);
  }
}
