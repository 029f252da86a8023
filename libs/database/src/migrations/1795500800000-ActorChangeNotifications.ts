import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a signed-in member's row is read from (ACTOR_TABLES in libs/core/src/auth/actor-cache.ts). */
const ACTOR_TABLES = ['member', 'organization', 'program'];

const EVENTS = [
  { event: 'INSERT', rows: 'NEW' },
  { event: 'UPDATE', rows: 'NEW' },
  { event: 'DELETE', rows: 'OLD' },
] as const;

/**
 * A statement that changes rows of a member, organization or program sends NOTIFY actor_changed
 * (payload: the table) when its transaction commits; the API's ActorCache is dropped on it, so a
 * removed member, a bumped token version, a new role or level is seen by every API process.
 * Statement-level triggers with transition tables, as for listing_changed: a statement that
 * changes no row sends nothing, and PostgreSQL folds identical notifications of a transaction.
 */
export class ActorChangeNotifications1795500800000 implements MigrationInterface {
  name = 'ActorChangeNotifications1795500800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "actor_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('actor_changed', TG_TABLE_NAME);
        ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
          PERFORM pg_notify('actor_changed', TG_TABLE_NAME);
        END IF;
        RETURN NULL;
      END
      $$
    `);
    for (const table of ACTOR_TABLES) {
      for (const { event, rows } of EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER "${table}_actor_${event.toLowerCase()}" AFTER ${event} ON "${table}"
          REFERENCING ${rows} TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION "actor_changed"()
        `);
      }
      await queryRunner.query(`
        CREATE TRIGGER "${table}_actor_truncate" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "actor_changed"()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ACTOR_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER "${table}_actor_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "actor_changed"()`);
  }
}
