import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import {
  EntryRequirement,
  Facility,
  FacilityKind,
  Member,
  MemberRole,
  MemberStatus,
  membersByEmail,
  Offer,
  OfferKind,
  OfferSlot,
  OfferStatus,
  Organization,
  OrganizationKind,
  PartnerRequest,
  Program,
  SeatAllocation,
  StudyLevel,
  VirtualFormat,
  VirtualTwin,
} from '@practicum/core';
import {
  DEMO_COMPANIES,
  DEMO_FACILITIES,
  DEMO_OFFERS,
  DEMO_PARTNER_REQUESTS,
  DEMO_PASSWORD,
  DEMO_PROGRAMS,
  DEMO_UNIVERSITIES,
  DemoOrganization,
} from './demo-data';

export interface SeedReport {
  organizations: number;
  members: number;
  programs: number;
  facilities: number;
  offers: number;
  partnerRequests: number;
}

const DAY = 86400000;
const atNine = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(9, 0, 0, 0);
  return d;
};

/** Upserts by natural key (organization name, member email, program name per university): running it twice changes nothing. */
export async function seed(dataSource: DataSource): Promise<SeedReport> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const report: SeedReport = {
    organizations: 0,
    members: 0,
    programs: 0,
    facilities: 0,
    offers: 0,
    partnerRequests: 0,
  };
  await dataSource.transaction(async (manager) => {
    const orgIds = new Map<string, string>();
    for (const demo of [...DEMO_COMPANIES, ...DEMO_UNIVERSITIES]) {
      const org = await upsertOrganization(manager, demo, report);
      orgIds.set(demo.name, org.id);
      await upsertMember(
        manager,
        { ...demo.admin, role: MemberRole.ADMIN, organizationId: org.id, programId: null },
        passwordHash,
        report,
      );
      if (demo.coordinator) {
        await upsertMember(
          manager,
          { ...demo.coordinator, role: MemberRole.COORDINATOR, organizationId: org.id, programId: null },
          passwordHash,
          report,
        );
      }
    }
    for (const demo of DEMO_PROGRAMS) {
      const universityId = orgIds.get(demo.university)!;
      const repo = manager.getRepository(Program);
      let program = await repo.findOneBy({ universityId, name: demo.name });
      if (!program) {
        program = await repo.save(
          repo.create({
            universityId,
            name: demo.name,
            level: demo.level as StudyLevel,
            topics: demo.topics,
            cohortSize: demo.cohortSize,
            termStart: demo.termStart,
            termEnd: demo.termEnd,
            minimumOnsiteShare: demo.minimumOnsiteShare,
          }),
        );
        report.programs++;
      }
      for (const student of demo.students) {
        await upsertMember(
          manager,
          { ...student, role: MemberRole.STUDENT, organizationId: universityId, programId: program.id },
          passwordHash,
          report,
        );
      }
    }
    await seedMarket(manager, orgIds, report);
  });
  return report;
}

async function upsertOrganization(
  manager: EntityManager,
  demo: DemoOrganization,
  report: SeedReport,
): Promise<Organization> {
  const repo = manager.getRepository(Organization);
  const existing = await repo
    .createQueryBuilder('o')
    .where('lower(o.name) = lower(:name)', { name: demo.name })
    .getOne();
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
  if (await membersByEmail(repo, data.email).getExists()) return;
  await repo.save(repo.create({ ...data, passwordHash, status: MemberStatus.ACTIVE }));
  report.members++;
}

/** Facilities, published offers with sessions and virtual twins, and partner requests; dates are relative to the first seeding. */
async function seedMarket(manager: EntityManager, orgIds: Map<string, string>, report: SeedReport): Promise<void> {
  const facilityIds = new Map<string, string>();
  for (const demo of DEMO_FACILITIES) {
    const companyId = orgIds.get(demo.company)!;
    const repo = manager.getRepository(Facility);
    let facility = await repo.findOneBy({ companyId, name: demo.name });
    if (!facility) {
      facility = await repo.save(
        repo.create({
          companyId,
          name: demo.name,
          kind: demo.kind as FacilityKind,
          address: demo.address,
          city: demo.city,
          country: demo.country,
          latitude: demo.latitude,
          longitude: demo.longitude,
          requirements: demo.requirements as EntryRequirement[],
          minimumAge: demo.minimumAge ?? null,
        }),
      );
      report.facilities++;
    }
    facilityIds.set(demo.name, facility.id);
  }
  for (const demo of DEMO_OFFERS) {
    const facilityId = facilityIds.get(demo.facility)!;
    const facility = DEMO_FACILITIES.find((f) => f.name === demo.facility)!;
    const companyId = orgIds.get(facility.company)!;
    const repo = manager.getRepository(Offer);
    if (await repo.existsBy({ companyId, title: demo.title })) continue;
    const offer = await repo.save(
      repo.create({
        companyId,
        facilityId,
        kind: demo.kind as OfferKind,
        title: demo.title,
        description: demo.description,
        topics: demo.topics,
        eligibleLevels: demo.eligibleLevels as StudyLevel[],
        applicationDeadline: atNine(demo.deadlineInDays),
        allocation: demo.allocation as SeatAllocation,
        status: OfferStatus.PUBLISHED,
        publishedAt: new Date(),
        reservedSeats: demo.priority?.reservedSeats ?? 0,
        priorityUniversityIds: demo.priority?.universities.map((u) => orgIds.get(u)!) ?? [],
        priorityProgramIds: [],
        priorityGroupName: demo.priority?.name ?? null,
      }),
    );
    await manager.getRepository(OfferSlot).save(
      demo.slots.map((slot) => {
        const startsAt = atNine(slot.inDays);
        const endsAt = slot.lengthDays
          ? atNine(slot.inDays + slot.lengthDays)
          : new Date(startsAt.getTime() + 5 * 3600000);
        return { offerId: offer.id, startsAt, endsAt, capacity: slot.capacity };
      }),
    );
    if (demo.twin) {
      await manager.getRepository(VirtualTwin).save({
        offerId: offer.id,
        format: demo.twin.format as VirtualFormat,
        capacity: demo.twin.capacity,
        joinUrl: demo.twin.joinUrl,
      });
    }
    report.offers++;
  }
  for (const demo of DEMO_PARTNER_REQUESTS) {
    const program = await manager.getRepository(Program).findOneByOrFail({ name: demo.program });
    const repo = manager.getRepository(PartnerRequest);
    if (await repo.existsBy({ programId: program.id, kind: demo.kind as OfferKind })) continue;
    const coordinator = await manager
      .getRepository(Member)
      .findOneByOrFail({ organizationId: program.universityId, role: MemberRole.ADMIN });
    await repo.save(
      repo.create({
        universityId: program.universityId,
        programId: program.id,
        kind: demo.kind as OfferKind,
        topics: demo.topics,
        headcount: demo.headcount,
        windowStart: atNine(demo.windowFromDays).toISOString().slice(0, 10),
        windowEnd: atNine(demo.windowToDays).toISOString().slice(0, 10),
        maxDistanceKm: demo.maxDistanceKm,
        virtualAcceptable: demo.virtualAcceptable,
        note: demo.note,
        createdById: coordinator.id,
      }),
    );
    report.partnerRequests++;
  }
}
