import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795319948819 implements MigrationInterface {
    name = 'Init1795319948819'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."organization_kind" AS ENUM('COMPANY', 'UNIVERSITY')
        `);
        await queryRunner.query(`
            CREATE TABLE "organization" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(200) NOT NULL,
                "kind" "public"."organization_kind" NOT NULL,
                "verified" boolean NOT NULL DEFAULT false,
                "verifiedAt" TIMESTAMP WITH TIME ZONE,
                "city" character varying(120),
                "country" character varying(2),
                "latitude" double precision,
                "longitude" double precision,
                "website" character varying(300),
                CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."study_level" AS ENUM('BSC', 'MSC', 'PHD', 'PROFESSIONAL')
        `);
        await queryRunner.query(`
            CREATE TABLE "program" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "universityId" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "level" "public"."study_level" NOT NULL,
                "topics" text array NOT NULL DEFAULT '{}',
                "cohortSize" integer NOT NULL,
                "termStart" date NOT NULL,
                "termEnd" date NOT NULL,
                "minimumOnsiteShare" numeric(3, 2) NOT NULL DEFAULT '0',
                CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."member_role" AS ENUM(
                'ADMIN',
                'COORDINATOR',
                'STUDENT',
                'PLATFORM_ADMIN'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."member_status" AS ENUM('INVITED', 'ACTIVE', 'REMOVED')
        `);
        await queryRunner.query(`
            CREATE TABLE "member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" character varying(254) NOT NULL,
                "fullName" character varying(200) NOT NULL,
                "passwordHash" text,
                "role" "public"."member_role" NOT NULL,
                "status" "public"."member_status" NOT NULL DEFAULT 'ACTIVE',
                "organizationId" uuid,
                "programId" uuid,
                "tokenVersion" integer NOT NULL DEFAULT '0',
                "invitationTokenHash" text,
                "invitationExpiresAt" TIMESTAMP WITH TIME ZONE,
                "invitedById" uuid,
                CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" character varying(100) NOT NULL,
                "payload" jsonb NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayedAt" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "lastError" text,
                CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_event_pending" ON "outbox_event" ("createdAt")
            WHERE "relayedAt" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "program"
            ADD CONSTRAINT "FK_3f28a4afac180b9f2e5224bef00" FOREIGN KEY ("universityId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "FK_8122e5920a29af5ef76e2e2ff62" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "FK_f9d00eb17bb6c572c48bfc95b8e" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: expression indexes and CHECK constraints TypeORM does not generate.
        await queryRunner.query(`CREATE UNIQUE INDEX "organization_name_unique" ON "organization" (lower("name"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "member_email_unique" ON "member" (lower("email"))`);
        await queryRunner.query(`CREATE INDEX "member_organization" ON "member" ("organizationId")`);
        await queryRunner.query(`CREATE INDEX "program_university" ON "program" ("universityId")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "member_invitation_token" ON "member" ("invitationTokenHash") WHERE "invitationTokenHash" IS NOT NULL`);
        await queryRunner.query(`
            ALTER TABLE "member" ADD CONSTRAINT "member_role_scope" CHECK (
                ("role" = 'PLATFORM_ADMIN' AND "organizationId" IS NULL)
                OR ("role" <> 'PLATFORM_ADMIN' AND "organizationId" IS NOT NULL)
            )
        `);
        await queryRunner.query(`ALTER TABLE "member" ADD CONSTRAINT "member_student_program" CHECK (("role" = 'STUDENT') = ("programId" IS NOT NULL))`);
        await queryRunner.query(`
            ALTER TABLE "program" ADD CONSTRAINT "program_valid" CHECK (
                "cohortSize" > 0 AND "termEnd" >= "termStart" AND "minimumOnsiteShare" BETWEEN 0 AND 1
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."organization_name_unique"`);
        await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "FK_f9d00eb17bb6c572c48bfc95b8e"
        `);
        await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "FK_8122e5920a29af5ef76e2e2ff62"
        `);
        await queryRunner.query(`
            ALTER TABLE "program" DROP CONSTRAINT "FK_3f28a4afac180b9f2e5224bef00"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_event_pending"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_event"
        `);
        await queryRunner.query(`
            DROP TABLE "member"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."member_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."member_role"
        `);
        await queryRunner.query(`
            DROP TABLE "program"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."study_level"
        `);
        await queryRunner.query(`
            DROP TABLE "organization"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organization_kind"
        `);
    }

}
