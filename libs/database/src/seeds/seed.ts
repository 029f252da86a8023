import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { Member, MemberRole, MemberStatus, Organization, OrganizationKind, Program, StudyLevel } from '@practicum/core';
import { DEMO_COMPANIES, DEMO_PASSWORD, DEMO_PROGRAMS, DEMO_UNIVERSITIES, DemoOrganization } from './demo-data';

export interface SeedReport {
  organizations: number;
  members: number;
  programs: number;
}

/** Upserts by natural key (organization name, member email, program name per university): running it twice changes nothing. */
export async function seed(dataSource: DataSource): Promise<SeedReport> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const report: SeedReport = { organizations: 0, members: 0, programs: 0 };
  await dataSource.transaction(async (manager) => {
    const orgIds = new Map<string, string>();
    for (const demo of [...DEMO_COMPANIES, ...DEMO_UNIVERSITIES]) {
      const org = await upsertOrganization(manager, demo, report);
      orgIds.set(demo.name, org.id);
      await upsertMember(manager, { ...demo.admin, role: MemberRole.ADMIN, organizationId: org.id, programId: null }, passwordHash, report);
      if (demo.coordinator) {
        await upsertMember(manager, { ...demo.coordinator, role: MemberRole.COORDINATOR, organizationId: org.id, programId: null }, passwordHash, report);
      }
    }
    for (const demo of DEMO_PROGRAMS) {
      const universityId = orgIds.get(demo.university)!;
      const repo = manager.getRepository(Program);
      let program = await repo.findOneBy({ universityId, name: demo.name });
      if (!program) {
        program = await repo.save(
          repo.create({ universityId, name: demo.name, level: demo.level as StudyLevel, topics: demo.topics, cohortSize: demo.cohortSize, termStart: demo.termStart, termEnd: demo.termEnd, minimumOnsiteShare: demo.minimumOnsiteShare }),
        );
        report.programs++;
      }
      for (const student of demo.students) {
        await upsertMember(manager, { ...student, role: MemberRole.STUDENT, organizationId: universityId, programId: program.id }, passwordHash, report);
      }
    }
  });
  return report;
}

async function upsertOrganization(manager: EntityManager, demo: DemoOrganization, report: SeedReport): Promise<Organization> {
  const repo = manager.getRepository(Organization);
  const existing = await repo.createQueryBuilder('o').where('lower(o.name) = lower(:name)', { name: demo.name }).getOne();
  if (existing) return existing;
  report.organizations++;
  return repo.save(
    repo.create({
      name: demo.name,
      kind: demo.kind as OrganizationKind,
      verified: demo.verified,
      verifiedAt: demo.verified ? new Date() : null,
      city: demo.city,
      country: demo.country,
      latitude: demo.latitude,
      longitude: demo.longitude,
      website: demo.website,
    }),
  );
}

async function upsertMember(
  manager: EntityManager,
  data: { email: string; fullName: string; role: MemberRole; organizationId: string; programId: string | null },
  passwordHash: string,
  report: SeedReport,
): Promise<void> {
  const repo = manager.getRepository(Member);
  if (await repo.createQueryBuilder('m').where('lower(m.email) = lower(:email)', { email: data.email }).getExists()) return;
  await repo.save(repo.create({ ...data, passwordHash, status: MemberStatus.ACTIVE }));
  report.members++;
}
