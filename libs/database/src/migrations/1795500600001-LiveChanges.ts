import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the portal shows live is announced by PostgreSQL when it commits: NOTIFY live_changed with
 * `notification:<memberId>` when a member's notifications are added, read or removed, and
 * `offer:<offerId>` when a slot's onsite seats change. The worker relays these to Redis, from
 * which every API process serves its GraphQL subscriptions. PostgreSQL folds identical
 * notifications of a transaction, so a bulk change is one message per member or offer.
 */
const FUNCTIONS = [
  ['live_notification_changed', 'notification', 'memberId'],
  ['live_offer_slot_changed', 'offer', 'offerId'],
] as const;

export class LiveChanges1795500600001 implements MigrationInterface {
  name = 'LiveChanges1795500600001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [fn, prefix, column] of FUNCTIONS) {
      await queryRunner.query(`
        CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM pg_notify('live_changed', '${prefix}:' || OLD."${column}"); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM pg_notify('live_changed', '${prefix}:' || NEW."${column}"); END IF;
          RETURN NULL;
        END
        $$
      `);
    }
    await queryRunner.query(`CREATE TRIGGER "notification_live_insert_delete" AFTER INSERT OR DELETE ON "notification" FOR EACH ROW EXECUTE FUNCTION "live_notification_changed"()`);
    await queryRunner.query(`
      CREATE TRIGGER "notification_live_update" AFTER UPDATE ON "notification"
      FOR EACH ROW WHEN (OLD."readAt" IS DISTINCT FROM NEW."readAt") EXECUTE FUNCTION "live_notification_changed"()
    `);
    await queryRunner.query(`CREATE TRIGGER "offer_slot_live_insert_delete" AFTER INSERT OR DELETE ON "offer_slot" FOR EACH ROW EXECUTE FUNCTION "live_offer_slot_changed"()`);
    await queryRunner.query(`
      CREATE TRIGGER "offer_slot_live_update" AFTER UPDATE ON "offer_slot"
      FOR EACH ROW WHEN (OLD."taken" IS DISTINCT FROM NEW."taken" OR OLD."capacity" IS DISTINCT FROM NEW."capacity") EXECUTE FUNCTION "live_offer_slot_changed"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [
      ['notification', 'notification_live_insert_delete'],
      ['notification', 'notification_live_update'],
      ['offer_slot', 'offer_slot_live_insert_delete'],
      ['offer_slot', 'offer_slot_live_update'],
    ]) {
      await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
    }
    for (const [fn] of FUNCTIONS) await queryRunner.query(`DROP FUNCTION "${fn}"()`);
  }
}
