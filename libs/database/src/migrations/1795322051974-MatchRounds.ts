import { MigrationInterface, QueryRunner } from "typeorm";

export class MatchRounds1795322051974 implements MigrationInterface {
    name = 'MatchRounds1795322051974'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."match_round_status" AS ENUM('DRAFT', 'PUBLISHED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."match_run_status" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')
        `);
        await queryRunner.query(`
            CREATE TABLE "match_round" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "companyId" uuid NOT NULL,
                "createdById" uuid NOT NULL,
                "offerIds" uuid array NOT NULL,
                "status" "public"."match_round_status" NOT NULL DEFAULT 'DRAFT',
                "runStatus" "public"."match_run_status" NOT NULL DEFAULT 'QUEUED',
                "progress" integer NOT NULL DEFAULT '0',
                "seed" bigint NOT NULL,
                "runs" integer NOT NULL DEFAULT '0',
                "result" jsonb,
                "error" text,
                "ranAt" TIMESTAMP WITH TIME ZONE,
                "publishedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2cf189de1a1a33b002c671010c0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "match_round_company" ON "match_round" ("companyId", "createdAt")
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "matchExplanation" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "booking"
            ADD "studentIds" uuid array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_rule" AS ENUM('PRIORITY', 'LOTTERY')
        `);
        await queryRunner.query(`
            ALTER TABLE "booking"
            ADD "splitRule" "public"."cohort_rule" NOT NULL DEFAULT 'PRIORITY'
        `);
        await queryRunner.query(`
            ALTER TABLE "booking"
            ADD "split" jsonb
        `);

    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "booking" DROP COLUMN "split"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking" DROP COLUMN "splitRule"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_rule"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking" DROP COLUMN "studentIds"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "matchExplanation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."match_round_company"
        `);
        await queryRunner.query(`
            DROP TABLE "match_round"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_run_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_round_status"
        `);
    }

}
