import { MigrationInterface, QueryRunner } from 'typeorm';

/** Emailed password-reset links: the sha256 of each token, its expiry and when it was used. */
export class PasswordReset1795500600000 implements MigrationInterface {
  name = 'PasswordReset1795500600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "password_reset" (
        "id" uuid NOT NULL,
        "memberId" uuid NOT NULL,
        "tokenHash" text NOT NULL,
        "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
        "usedAt" TIMESTAMP WITH TIME ZONE,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"),
        CONSTRAINT "FK_password_reset_member" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token" ON "password_reset" ("tokenHash")`);
    await queryRunner.query(`CREATE INDEX "password_reset_member" ON "password_reset" ("memberId")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
