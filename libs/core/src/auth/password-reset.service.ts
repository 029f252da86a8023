import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DataSource } from 'typeorm';
import { BadInputError } from '../common/domain-error';
import { Member, MemberStatus, membersByEmail } from '../member/member.entity';
import { OutboxService } from '../outbox/outbox.service';
import { AuthService } from './auth.service';
import { assertPasswordPolicy } from './password-policy';
import { PasswordReset } from './password-reset.entity';
import { passwordResetToken, sha256Hex } from './password-reset-token';

const REFUSED = 'This reset link is unknown, already used or expired: ask for a new one';

/**
 * Forgotten passwords. Asking writes the same outbox event whether or not the account exists (so
 * neither the answer nor its timing tells); the worker then issues a reset row for an active
 * member and emails the link. Resetting consumes the row once, sets the password and raises the
 * member's token version, so every token issued before stops working.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async request(email: string): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.outbox.record(manager, 'password_reset.requested', { email: email.trim().toLowerCase() }),
    );
  }

  /** Worker side: the reset row of the event `id` for the active member with this email (none: nobody to tell). */
  async issue(id: string, email: string): Promise<{ member: Member; reset: PasswordReset } | null> {
    const member = await membersByEmail(this.dataSource.getRepository(Member), email)
      .andWhere('m.status = :active', { active: MemberStatus.ACTIVE })
      .getOne();
    if (!member) return null;
    const repo = this.dataSource.getRepository(PasswordReset);
    const tokenHash = sha256Hex(passwordResetToken(this.config.JWT_SECRET, id));
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_RESET_TTL_MINUTES * 60_000);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ id, memberId: member.id, tokenHash, expiresAt })
      .orIgnore()
      .execute();
    const reset = await repo.findOneByOrFail({ id });
    return { member, reset };
  }

  async reset(token: string, newPassword: string): Promise<void> {
    const tokenHash = sha256Hex(token);
    const found = await this.dataSource
      .getRepository(PasswordReset)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.member', 'm')
      .where('r."tokenHash" = :tokenHash AND r."usedAt" IS NULL AND r."expiresAt" > now() AND m.status = :active', {
        tokenHash,
        active: MemberStatus.ACTIVE,
      })
      .getOne();
    if (!found?.member) throw new BadInputError('token', REFUSED);
    assertPasswordPolicy(newPassword, found.member.email, 'newPassword');
    const passwordHash = await this.auth.hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      // The guarded update is the single use: of two concurrent resets, one changes the row.
      const [, used] = await manager.query<[unknown, number]>(
        `UPDATE "password_reset" SET "usedAt" = now() WHERE "id" = $1 AND "usedAt" IS NULL AND "expiresAt" > now()`,
        [found.id],
      );
      if (used !== 1) throw new BadInputError('token', REFUSED);
      await manager.query(`UPDATE "password_reset" SET "usedAt" = now() WHERE "memberId" = $1 AND "usedAt" IS NULL`, [
        found.memberId,
      ]);
      const [, changed] = await manager.query<[unknown, number]>(
        `UPDATE "member" SET "passwordHash" = $2, "tokenVersion" = "tokenVersion" + 1, "updatedAt" = now() WHERE "id" = $1 AND "status" = $3`,
        [found.memberId, passwordHash, MemberStatus.ACTIVE],
      );
      if (changed !== 1) throw new BadInputError('token', REFUSED);
    });
  }
}
