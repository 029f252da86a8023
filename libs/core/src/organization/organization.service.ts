import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { assertPasswordPolicy } from '../auth/password-policy';
import { isUniqueViolation } from '../common/db-errors';
import { ConflictError, NotFoundError } from '../common/domain-error';
import { Actor, canSeeOrganization, isPlatformAdmin, requireRole } from '../common/policy';
import { MemberRole, MemberStatus } from '../member/member.entity';
import { MemberService, SignedIn } from '../member/member.service';
import { OutboxService } from '../outbox/outbox.service';
import { Organization, OrganizationKind } from './organization.entity';

export interface RegisterOrganization {
  name: string;
  kind: OrganizationKind;
  city?: string | null;
  country?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  website?: string | null;
  admin: { email: string; fullName: string; password: string };
}

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly dataSource: DataSource,
    private readonly members: MemberService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
  ) {}

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.organizations.findBy({ id: In([...ids]) });
  }

  /** An organization as the actor may see it: unverified ones only by their members and the platform admin. */
  async get(actor: Actor | null, id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization || !canSeeOrganization(actor, organization)) throw new NotFoundError('Organization', id);
    return organization;
  }

  /** Verified organizations for everyone; the platform admin also sees those awaiting verification. */
  list(
    actor: Actor | null,
    filter: { kind?: OrganizationKind | null; verified?: boolean | null },
  ): Promise<Organization[]> {
    const verified = actor && isPlatformAdmin(actor) ? filter.verified : true;
    return this.organizations.find({
      where: { ...(filter.kind && { kind: filter.kind }), ...(verified != null && { verified }) },
      order: { name: 'ASC' },
      take: 500,
    });
  }

  /** Creates an unverified organization with its first admin, signed in. */
  async register(input: RegisterOrganization): Promise<SignedIn & { organization: Organization }> {
    const name = input.name.trim();
    // Every refusal comes before the (deliberately slow) hash, so refused requests cost no hashing.
    await this.assertNameFree(this.dataSource.manager, name);
    await this.members.assertEmailFree(this.dataSource.manager, input.admin.email, 'admin.email');
    assertPasswordPolicy(input.admin.password, input.admin.email, 'admin.password', [input.admin.fullName, name]);
    const passwordHash = await this.auth.hashPassword(input.admin.password);
    const { organization, member } = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Organization);
      await this.assertNameFree(manager, name);
      let organization: Organization;
      try {
        organization = await repo.save(
          repo.create({
            name,
            kind: input.kind,
            verified: false,
            city: input.city ?? null,
            country: input.country?.toUpperCase() ?? null,
            latitude: input.latitude ?? null,
            longitude: input.longitude ?? null,
            website: input.website ?? null,
          }),
        );
      } catch (e) {
        if (isUniqueViolation(e, 'organization_name_unique')) {
          throw new ConflictError('ORGANIZATION_NAME_TAKEN', 'An organization with this name is already registered', {
            field: 'name',
          });
        }
        throw e;
      }
      const member = await this.members.insert(manager, {
        email: input.admin.email,
        fullName: input.admin.fullName.trim(),
        passwordHash,
        role: MemberRole.ADMIN,
        status: MemberStatus.ACTIVE,
        organizationId: organization.id,
      });
      return { organization, member };
    });
    return { organization, member, token: await this.auth.issueToken(member) };
  }

  private async assertNameFree(manager: DataSource['manager'], name: string): Promise<void> {
    if (
      await manager
        .getRepository(Organization)
        .createQueryBuilder('o')
        .where('lower(o.name) = lower(:name)', { name })
        .getExists()
    ) {
      throw new ConflictError('ORGANIZATION_NAME_TAKEN', 'An organization with this name is already registered', {
        field: 'name',
      });
    }
  }

  async verify(actor: Actor, id: string): Promise<Organization> {
    requireRole(actor, MemberRole.PLATFORM_ADMIN);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Organization);
      const organization = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw new NotFoundError('Organization', id);
      if (organization.verified) return organization;
      organization.verified = true;
      organization.verifiedAt = new Date();
      await repo.save(organization);
      await this.outbox.record(manager, 'organization.verified', { organizationId: id });
      return organization;
    });
  }
}
