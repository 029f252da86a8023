import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Repository, SelectQueryBuilder } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organization/organization.entity';
import { Program } from '../program/program.entity';

export enum MemberRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  STUDENT = 'STUDENT',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
}

/** A user of one organization (the platform admin belongs to none). */
@Entity('member')
@Index('member_email_unique', { synchronize: false })
@Index('member_organization', ['organizationId'])
@Index('member_invitation_token', ['invitationTokenHash'], { unique: true, where: '"invitationTokenHash" IS NOT NULL' })
@Check(
  'member_role_scope',
  `("role" = 'PLATFORM_ADMIN' AND "organizationId" IS NULL) OR ("role" <> 'PLATFORM_ADMIN' AND "organizationId" IS NOT NULL)`,
)
@Check('member_student_program', `("role" = 'STUDENT') = ("programId" IS NOT NULL)`)
export class Member extends BaseEntity {
  @Column({ length: 254 })
  email: string;

  @Column({ length: 200 })
  fullName: string;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role' })
  role: MemberRole;

  @Column({ type: 'enum', enum: MemberStatus, enumName: 'member_status', default: MemberStatus.ACTIVE })
  status: MemberStatus;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: Program;

  /** Raised to revoke every token issued before it (member removed, password changed). */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Column({ type: 'text', nullable: true, select: false })
  invitationTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;
}

/** Members with this email, ignoring case: the rule of the unique index `member_email_unique` on lower(email). */
export function membersByEmail(repository: Repository<Member>, email: string): SelectQueryBuilder<Member> {
  return repository.createQueryBuilder('m').where('lower(m.email) = lower(:email)', { email });
}
