import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AccessToken, AuthService } from '../auth/auth.service';
import { assertPasswordPolicy } from '../auth/password-policy';
import { DataCipher } from '../common/data-cipher';
import { isUniqueViolation } from '../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireRole } from '../common/policy';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Program } from '../program/program.entity';
import { hashInvitationCode, invitationCode, newInvitationNonce } from './invitation-code';
import { Member, MemberRole, MemberStatus, membersByEmail } from './member.entity';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
const invitationUsed = () =>
  new ConflictError('INVITATION_USED', 'This invitation has already been used: sign in instead');

export interface NewMember {
  email: string;
  fullName: string;
  password: string;
}

export interface SignedIn {
  member: Member;
  token: AccessToken;
}

@Injectable()
export class MemberService {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly cipher: DataCipher,
  ) {}

  findByIds(ids: readonly string[]): Promise<Member[]> {
    return this.members.findBy({ id: In([...ids]) });
  }

  async get(id: string): Promise<Member> {
    const member = await this.members.findOneBy({ id });
    if (!member) throw new NotFoundError('Member', id);
    return member;
  }

  /** Members of an organization, for its own staff and the platform admin. */
  async listOfOrganization(actor: Actor, organizationId: string): Promise<Member[]> {
    if (!isPlatformAdmin(actor)) {
      requireRole(actor, MemberRole.ADMIN, MemberRole.COORDINATOR);
      if (actor.organizationId !== organizationId) throw new NotFoundError('Organization', organizationId);
    }
    return this.members.find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** A taken email (any case) is a CONFLICT; checked before a password is hashed, and again on insert. */
  async assertEmailFree(manager: DataSource['manager'], email: string, field = 'email'): Promise<void> {
    const taken = await membersByEmail(manager.getRepository(Member), email.trim().toLowerCase()).getExists();
    if (taken) throw new ConflictError('EMAIL_TAKEN', 'An account with this email already exists', { field });
  }

  /** Inserts a member inside a transaction; a taken email is a CONFLICT. */
  async insert(manager: DataSource['manager'], data: Partial<Member>): Promise<Member> {
    const email = data.email!.trim().toLowerCase();
    await this.assertEmailFree(manager, email);
    try {
      return await manager.getRepository(Member).save(manager.getRepository(Member).create({ ...data, email }));
    } catch (e) {
      if (isUniqueViolation(e, 'member_email_unique')) {
        throw new ConflictError('EMAIL_TAKEN', 'An account with this email already exists', { field: 'email' });
      }
      throw e;
    }
  }

  /** The verified university and its program a student registers into, or BAD_USER_INPUT naming the field. */
  private async placement(
    manager: DataSource['manager'],
    input: { universityId: string; programId: string },
  ): Promise<{ university: Organization; program: Program }> {
    const university = await manager.getRepository(Organization).findOneBy({ id: input.universityId });
    if (!university || university.kind !== OrganizationKind.UNIVERSITY) {
      throw new BadInputError('universityId', 'No university with this id');
    }
    if (!university.verified) throw new BadInputError('universityId', 'This university is not verified yet');
    const program = await manager
      .getRepository(Program)
      .findOneBy({ id: input.programId, universityId: university.id });
    if (!program) throw new BadInputError('programId', 'This program does not belong to the university');
    return { university, program };
  }

  async registerStudent(input: NewMember & { universityId: string; programId: string }): Promise<SignedIn> {
    // Every refusal comes before the (deliberately slow) hash, so refused requests cost no hashing.
    await this.placement(this.dataSource.manager, input);
    await this.assertEmailFree(this.dataSource.manager, input.email);
    assertPasswordPolicy(input.password, input.email, 'password', [input.fullName]);
    const passwordHash = await this.auth.hashPassword(input.password);
    const member = await this.dataSource.transaction(async (manager) => {
      const { university, program } = await this.placement(manager, input);
      return this.insert(manager, {
        email: input.email,
        fullName: input.fullName.trim(),
        passwordHash,
        role: MemberRole.STUDENT,
        status: MemberStatus.ACTIVE,
        organizationId: university.id,
        programId: program.id,
      });
    });
    return { member, token: await this.auth.issueToken(member) };
  }

  /** An organization admin invites a coordinator or another admin; the invitation goes out by email. */
  async invite(actor: Actor, input: { email: string; fullName: string; role: MemberRole }): Promise<Member> {
    requireRole(actor, MemberRole.ADMIN);
    if (input.role !== MemberRole.ADMIN && input.role !== MemberRole.COORDINATOR) {
      throw new BadInputError('role', 'Invite an ADMIN or a COORDINATOR; students register themselves');
    }
    const nonce = newInvitationNonce();
    return this.dataSource.transaction(async (manager) => {
      const member = await this.insert(manager, {
        email: input.email,
        fullName: input.fullName.trim(),
        role: input.role,
        status: MemberStatus.INVITED,
        organizationId: actor.organizationId,
        invitationTokenHash: hashInvitationCode(invitationCode(this.cipher, nonce)),
        invitationExpiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        invitedById: actor.id,
      });
      await this.outbox.record(manager, 'member.invited', { memberId: member.id, nonce });
      return member;
    });
  }

  /** Single use: the code's hash stays on the member once accepted, so a second use (even a parallel one) is told INVITATION_USED. */
  async acceptInvitation(token: string, password: string): Promise<SignedIn> {
    const hash = hashInvitationCode(token);
    const member = await this.members.createQueryBuilder('m').where('m.invitationTokenHash = :hash', { hash }).getOne();
    if (member?.status === MemberStatus.ACTIVE) throw invitationUsed();
    if (
      !member ||
      member.status !== MemberStatus.INVITED ||
      !member.invitationExpiresAt ||
      member.invitationExpiresAt < new Date()
    ) {
      throw new BadInputError('token', 'This invitation is unknown or has expired');
    }
    assertPasswordPolicy(password, member.email, 'password', [member.fullName]);
    const passwordHash = await this.auth.hashPassword(password);
    // Only the call that still finds the invitation open takes it.
    const { affected } = await this.members.update(
      { id: member.id, status: MemberStatus.INVITED, invitationTokenHash: hash },
      { passwordHash, status: MemberStatus.ACTIVE, invitationExpiresAt: null },
    );
    if (!affected) throw invitationUsed();
    const active = await this.get(member.id);
    return { member: active, token: await this.auth.issueToken(active) };
  }

  /** Removes a member of the admin's organization; every token the member holds stops working. */
  async remove(actor: Actor, memberId: string): Promise<Member> {
    requireRole(actor, MemberRole.ADMIN);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Member);
      const member = await repo.findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member || member.organizationId !== actor.organizationId) throw new NotFoundError('Member', memberId);
      if (member.status === MemberStatus.REMOVED) return member;
      if (member.role === MemberRole.ADMIN) {
        const admins = await repo.countBy({
          organizationId: member.organizationId!,
          role: MemberRole.ADMIN,
          status: MemberStatus.ACTIVE,
        });
        if (admins <= 1) throw new ConflictError('LAST_ADMIN', 'An organization keeps at least one active admin');
      }
      member.status = MemberStatus.REMOVED;
      member.tokenVersion += 1;
      return repo.save(member);
    });
  }
}
