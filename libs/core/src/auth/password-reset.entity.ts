import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Member } from '../member/member.entity';

/**
 * One emailed password-reset link. The id is the outbox event that asked for it, so a retried
 * job finds its row again; the token itself is never stored (see password-reset-token.ts), only
 * its sha256 hash for the look-up.
 */
@Entity('password_reset')
@Index('password_reset_token', ['tokenHash'], { unique: true })
@Index('password_reset_member', ['memberId'])
export class PasswordReset {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_password_reset' })
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId', foreignKeyConstraintName: 'FK_password_reset_member' })
  member?: Member;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
