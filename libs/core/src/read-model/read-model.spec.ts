import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { typeormOptions } from '@practicum/database';
import { Client } from 'pg';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Application, ApplicationStatus } from '../application/application.entity';
import { Facility, FacilityKind } from '../facility/facility.entity';
import { StatusChange } from '../history/status-change.entity';
import { Member, MemberRole } from '../member/member.entity';
import { Offer, OfferKind, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { VirtualFormat, VirtualTwin } from '../offer/virtual-twin.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program, StudyLevel } from '../program/program.entity';
import { entityFromJson, rowJson } from './hydrate';
import { LISTING_TABLES } from './listing-rules';
import { ACTOR_TABLES } from '../auth/actor-cache';

const serverUrl = (database: string) => {
  const url = new URL(
    process.env.TEST_DATABASE_SERVER_URL ??
      process.env.DATABASE_URL ??
      'postgres://postgres:postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${database}`;
  return url.toString();
};
const admin = async (sql: string) => {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

/**
 * Every entity the read model hydrates, written with TypeORM and read back through rowJson and
 * entityFromJson: the same object as TypeORM's find gives (dates, `date` strings, numerics through
 * their transformer, enums, arrays, nulls), and with a projection only the asked columns.
 */
describe('read model hydration (real PostgreSQL)', () => {
  const database = `practicum_readmodel_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let ds: DataSource;
  const ids: Partial<Record<string, string>> = {};

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${database}"`);
    ds = new DataSource(typeormOptions(serverUrl(database), { extra: { max: 2 } }));
    await ds.initialize();
    await ds.runMigrations();
    const save = async <T extends ObjectLiteral>(target: EntityTarget<T>, values: Partial<T>) => {
      const saved = await ds.getRepository(target).save(values as T);
      ids[ds.getMetadata(target).name] = saved.id;
      return saved;
    };
    const company = await save(Organization, {
      name: 'Nordic Biologics',
      kind: OrganizationKind.COMPANY,
      verified: true,
      verifiedAt: new Date('2026-05-01T10:11:12.345Z'),
      city: 'Uppsala',
      country: 'SE',
      latitude: 59.8586,
      longitude: 17.6389,
      website: null,
    });
    const university = await save(Organization, {
      name: 'Uni',
      kind: OrganizationKind.UNIVERSITY,
      verified: true,
      city: null,
      country: null,
      latitude: null,
      longitude: null,
    });
    const program = await save(Program, {
      universityId: university.id,
      name: 'Biotech',
      level: StudyLevel.MSC,
      topics: ['gmp', 'qc'],
      cohortSize: 30,
      termStart: '2027-01-01',
      termEnd: '2027-12-31',
      minimumOnsiteShare: 0.75,
    });
    const student = await save(Member, {
      email: 'ada@example.org',
      fullName: 'Ada',
      passwordHash: 'secret-hash',
      role: MemberRole.STUDENT,
      organizationId: university.id,
      programId: program.id,
      invitationTokenHash: 'token-hash',
      invitationExpiresAt: null,
      invitedById: null,
    });
    const facility = await save(Facility, {
      companyId: company.id,
      name: 'Plant 1',
      kind: Object.values(FacilityKind)[0],
      address: 'Road 1',
      city: 'Uppsala',
      country: 'SE',
      latitude: 59.85,
      longitude: 17.63,
      requirements: [],
      minimumAge: 18,
    });
    const offer = await save(Offer, {
      companyId: company.id,
      facilityId: facility.id,
      kind: OfferKind.INTERNSHIP,
      title: 'QC internship',
      description: 'Assays',
      topics: ['qc'],
      eligibleLevels: [StudyLevel.MSC],
      applicationDeadline: new Date('2027-03-01T12:00:00.123Z'),
      status: OfferStatus.PUBLISHED,
      allocation: SeatAllocation.FIRST_COME,
      reservedSeats: 1,
      priorityProgramIds: [program.id],
      priorityUniversityIds: [],
      priorityGroupName: 'Partners',
      publishedAt: new Date(),
      closedAt: null,
    });
    const slot = await save(OfferSlot, {
      offerId: offer.id,
      startsAt: new Date('2027-04-01T08:00:00Z'),
      endsAt: new Date('2027-06-30T16:00:00Z'),
      capacity: 5,
      taken: 0,
      takenPriority: 0,
    });
    await save(VirtualTwin, {
      offerId: offer.id,
      format: VirtualFormat.LIVE_STREAM,
      capacity: null,
      joinUrl: 'https://meet.example/x',
      taken: 0,
    });
    const application = await save(Application, {
      offerId: offer.id,
      slotId: slot.id,
      studentId: student.id,
      universityId: university.id,
      programId: program.id,
      motivation: 'GMP',
      rank: 1,
      companyRank: null,
      status: ApplicationStatus.SUBMITTED,
      holdExpiresAt: new Date('2027-02-01T00:00:00.5Z'),
    });
    await save(StatusChange, {
      subjectType: 'APPLICATION',
      subjectId: application.id,
      fromStatus: null,
      toStatus: 'SUBMITTED',
      actorId: student.id,
      note: null,
    });
  });

  afterAll(async () => {
    await ds?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  const read = async <T extends ObjectLiteral>(target: EntityTarget<T>, properties?: string[]) => {
    const metadata = ds.getMetadata(target);
    const [row] = await ds.query(
      `SELECT ${rowJson(ds, target, 'x', properties)} AS json FROM "${metadata.tableName}" x WHERE x.id = $1`,
      [ids[metadata.name]],
    );
    return entityFromJson(ds, target, row.json);
  };

  const entities: [string, EntityTarget<ObjectLiteral>][] = [
    ['Organization', Organization],
    ['Program', Program],
    ['Member', Member],
    ['Facility', Facility],
    ['Offer', Offer],
    ['OfferSlot', OfferSlot],
    ['VirtualTwin', VirtualTwin],
    ['Application', Application],
    ['StatusChange', StatusChange],
  ];
  for (const [name, target] of entities) {
    it(`reads ${name} as TypeORM's find does`, async () => {
      const found = await ds.getRepository(target).findOneByOrFail({ id: ids[name] });
      const fast = await read(target);
      expect(fast).toBeInstanceOf(target as new () => unknown);
      expect({ ...fast }).toEqual({ ...found });
    });
  }

  it('keeps a date column a "YYYY-MM-DD" string and applies the numeric transformer', async () => {
    const program = await read(Program);
    expect(program.termStart).toBe('2027-01-01');
    expect(program.minimumOnsiteShare).toBe(0.75);
    expect(program.createdAt).toBeInstanceOf(Date);
  });

  it('never reads the hashes TypeORM does not select', async () => {
    const member = await read(Member);
    expect(member).not.toHaveProperty('passwordHash');
    expect(member).not.toHaveProperty('invitationTokenHash');
    expect(() => rowJson(ds, Member, 'm', ['passwordHash'])).toThrow(/no selectable column/);
  });

  it('reads only the asked columns of a projection, converted like the whole row', async () => {
    const offer = await read(Offer, ['id', 'title', 'applicationDeadline', 'eligibleLevels']);
    expect({ ...offer }).toEqual({
      id: ids.Offer,
      title: 'QC internship',
      applicationDeadline: new Date('2027-03-01T12:00:00.123Z'),
      eligibleLevels: [StudyLevel.MSC],
    });
  });

  it('names as listing tables exactly the tables whose changes the migrations announce to the listing cache', async () => {
    const rows: { table: string }[] = await ds.query(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'listing_changed'`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...LISTING_TABLES].sort());
  });

  it('names as actor tables exactly the tables whose changes the migrations announce to the sign-in cache', async () => {
    const rows: { table: string }[] = await ds.query(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'actor_changed'`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...ACTOR_TABLES].sort());
  });
});
