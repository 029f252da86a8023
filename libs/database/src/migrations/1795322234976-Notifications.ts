import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795322234976 implements MigrationInterface {
    name = 'Notifications1795322234976'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "memberId" uuid NOT NULL,
                "eventKey" character varying(200) NOT NULL,
                "type" character varying(60) NOT NULL,
                "title" character varying(300) NOT NULL,
                "body" text NOT NULL,
                "link" character varying(1000),
                "readAt" TIMESTAMP WITH TIME ZONE,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_member_unread" ON "notification" ("memberId")
            WHERE "readAt" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_member" ON "notification" ("memberId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "notification_event_member" ON "notification" ("eventKey", "memberId")
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_endpoint" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organizationId" uuid NOT NULL,
                "url" character varying(1000) NOT NULL,
                "secret" character varying(200) NOT NULL,
                "events" text array NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "createdById" uuid NOT NULL,
                CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_endpoint_organization" ON "webhook_endpoint" ("organizationId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_channel" AS ENUM('IN_APP', 'EMAIL', 'WEBHOOK')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SENT', 'DEAD')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "eventKey" character varying(200) NOT NULL,
                "type" character varying(60) NOT NULL,
                "channel" "public"."notification_channel" NOT NULL,
                "recipientKey" uuid NOT NULL,
                "memberId" uuid,
                "webhookEndpointId" uuid,
                "organizationId" uuid,
                "content" jsonb NOT NULL,
                "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "round" integer NOT NULL DEFAULT '0',
                "lastError" text,
                "sentAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_delivery_organization" ON "notification_delivery" ("organizationId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_delivery_pending" ON "notification_delivery" ("updatedAt")
            WHERE "status" = 'PENDING'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "notification_delivery_unique" ON "notification_delivery" ("eventKey", "channel", "recipientKey")
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "memberId" uuid NOT NULL,
                "type" character varying(60) NOT NULL,
                "inApp" boolean NOT NULL DEFAULT true,
                "email" boolean NOT NULL DEFAULT true,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_65a202f851f28eb977b096c2f20" PRIMARY KEY ("memberId", "type")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "holdExpiresAt" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "outbox_event"
            ADD "handledAt" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_event_unhandled" ON "outbox_event" ("relayedAt")
            WHERE "relayedAt" IS NOT NULL
                AND "handledAt" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_adeb547544a66c2b1293643190c" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_endpoint"
            ADD CONSTRAINT "FK_3ca306f409b65534f0cd9e21aa1" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_delivery"
            ADD CONSTRAINT "FK_88b743a11ef4ea6ca66e151c695" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_delivery"
            ADD CONSTRAINT "FK_ed38ccffd17fcb9b66d6bd20fe7" FOREIGN KEY ("webhookEndpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_9c27c07f4a729c86cdf78a0dcaf" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_9c27c07f4a729c86cdf78a0dcaf"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_ed38ccffd17fcb9b66d6bd20fe7"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_88b743a11ef4ea6ca66e151c695"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_3ca306f409b65534f0cd9e21aa1"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_adeb547544a66c2b1293643190c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_event_unhandled"
        `);
        await queryRunner.query(`
            ALTER TABLE "outbox_event" DROP COLUMN "handledAt"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "holdExpiresAt"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_delivery_unique"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_delivery_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_delivery_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_delivery"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delivery_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_channel"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_endpoint_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_endpoint"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_event_member"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_member"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_member_unread"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
    }

}
