import { MigrationInterface, QueryRunner } from "typeorm";

export class MatchRoundUniversity1795325429989 implements MigrationInterface {
    name = 'MatchRoundUniversity1795325429989'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "match_round"
            ADD "universityId" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "match_round_university" ON "match_round" ("universityId", "createdAt")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."match_round_university"
        `);
        await queryRunner.query(`
            ALTER TABLE "match_round" DROP COLUMN "universityId"
        `);
    }

}
