import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A match round belongs to the company whose seats it allocates: university-created rounds are
 * gone (issue 11). Rounds a university created stay, as rounds of the offers' company.
 */
export class MatchRoundCompanyOnly1795500100000 implements MigrationInterface {
  name = 'MatchRoundCompanyOnly1795500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_round_university"`);
    await queryRunner.query(`ALTER TABLE "match_round" DROP COLUMN "universityId"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_round" ADD "universityId" uuid`);
    await queryRunner.query(`CREATE INDEX "match_round_university" ON "match_round" ("universityId", "createdAt")`);
  }
}
