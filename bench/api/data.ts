/*
 * The API benchmark's data set: generated deterministically (seeded PRNG) and written straight
 * into a freshly migrated database with multi-row INSERT ... SELECT FROM unnest(...) through `pg`.
 * Everything respects the schema's CHECK constraints and the visibility rules the API applies.
 */
import { randomUUID } from 'node:crypto';
import { TOPIC_KEYS, topicLabel } from '@practicum/core';
import { Client } from 'pg';

export interface Scale {
  companies: number;
  unverifiedCompanies: number;
  publishedOffers: number;
  universities: number;
  students: number;
  applications: number;
  /** Students kept free of random applications: they log in and drive the contention scenarios. */
  contentionStudents: number;
  /** Offers everybody applies to at once (applyToOffer scenario). */
  applyOffers: number;
  /** Offers with a small slot where every contention student holds an OFFERED application (acceptOffer scenario). */
  acceptOffers: number;
  acceptCapacity: number;
}

export const DEFAULT_SCALE: Scale = {
  companies: 200,
  unverifiedCompanies: 10,
  publishedOffers: 3000,
  universities: 40,
  students: 20000,
  applications: 30000,
  contentionStudents: 150,
  applyOffers: 10,
  acceptOffers: 10,
  acceptCapacity: 5,
};

export const LEVELS = ['BSC', 'MSC', 'PHD', 'PROFESSIONAL'] as const;
export type Level = (typeof LEVELS)[number];

/** Topic keys of the controlled vocabulary (what the API stores and accepts). */
const TOPICS: readonly string[] = TOPIC_KEYS;

const CITIES: [string, string, number, number][] = [
  ['London', 'GB', 51.507, -0.128],
  ['Stevenage', 'GB', 51.903, -0.196],
  ['Oxford', 'GB', 51.752, -1.258],
  ['Cambridge', 'GB', 52.205, 0.119],
  ['Stockholm', 'SE', 59.329, 18.069],
  ['Uppsala', 'SE', 59.859, 17.639],
  ['Copenhagen', 'DK', 55.676, 12.568],
  ['Leipzig', 'DE', 51.34, 12.375],
  ['Bonn', 'DE', 50.737, 7.098],
  ['Munich', 'DE', 48.137, 11.576],
  ['Berlin', 'DE', 52.52, 13.405],
  ['Basel', 'CH', 47.56, 7.589],
  ['Geneva', 'CH', 46.204, 6.143],
  ['Paris', 'FR', 48.857, 2.352],
  ['Lyon', 'FR', 45.764, 4.836],
  ['Leiden', 'NL', 52.16, 4.497],
  ['Ghent', 'BE', 51.054, 3.717],
  ['Barcelona', 'ES', 41.385, 2.173],
  ['Milan', 'IT', 45.464, 9.19],
  ['Vilnius', 'LT', 54.687, 25.28],
  ['Boston', 'US', 42.36, -71.059],
  ['Philadelphia', 'US', 39.953, -75.165],
  ['Palo Alto', 'US', 37.442, -122.143],
  ['San Diego', 'US', 32.716, -117.161],
];

const PREFIXES = ['Cell', 'Gene', 'Vec', 'Thera', 'Cura', 'Nova', 'Bio', 'Helix', 'Immuno', 'Stem', 'Lenti', 'Capsi'];
const SUFFIXES = ['ra', 'cella', 'gen', 'tix', 'vance', 'logic', 'works', 'forge', 'path', 'nex'];
const FIRST = [
  'Amelia',
  'Elsa',
  'Noah',
  'Liam',
  'Maja',
  'Lukas',
  'Sofia',
  'Hugo',
  'Ines',
  'Mateo',
  'Chloe',
  'Oscar',
  'Freya',
  'Aiden',
  'Lea',
  'Jonas',
  'Nora',
  'Emil',
  'Ava',
  'Milan',
];
const LAST = [
  'Jones',
  'Andersson',
  'Smith',
  'Müller',
  'Rossi',
  'García',
  'Dubois',
  'Jansen',
  'Nielsen',
  'Kowalski',
  'Brown',
  'Schmidt',
  'Virtanen',
  'Petrov',
  'Silva',
  'Novak',
];
const SENTENCES = [
  'Work alongside our manufacturing team in a grade B cleanroom producing autologous CAR-T batches.',
  'Learn aseptic processing, gowning qualification and environmental monitoring under EU GMP Annex 1.',
  'Shadow QC analysts running flow cytometry, sterility and endotoxin release assays.',
  'Follow an AAV vector batch from upstream culture in closed bioreactors to downstream purification.',
  'Join process development scientists optimising lentiviral transduction and cell expansion.',
  'See how an ATMP dossier is assembled: batch records, deviations, CAPA and qualified person release.',
  'Practise SOP writing and workflow design for a new fill-finish line for cryopreserved products.',
  'Understand the chain of identity and chain of custody in cell therapy supply chains.',
  'Visit our iPSC derivation and differentiation labs and discuss scale-up to clinical manufacturing.',
  'Discuss commercialization, reimbursement and tech transfer of mRNA-based therapies.',
];

/** A small deterministic PRNG (mulberry32), so every run seeds the same market. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const copy = [...xs];
    const n = Math.min(copy.length, int(lo, hi));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, some };
}

const pgArray = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
const DAY = 86_400_000;
const HOUR = 3_600_000;

type Cell = string | number | boolean | null | Date;
interface Column {
  name: string;
  /** Element type of the unnest parameter (text for enums and arrays, cast afterwards). */
  param: 'uuid' | 'text' | 'int' | 'float8' | 'bool' | 'timestamptz' | 'date' | 'numeric';
  cast?: string;
}

async function insert(db: Client, table: string, columns: Column[], rows: Cell[][], batch = 5000): Promise<void> {
  const select = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.param}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    await db.query(
      sql,
      columns.map((_, i) => chunk.map((row) => row[i])),
    );
  }
}

export interface Seeded {
  password: string;
  counts: Record<string, number>;
  /** Two students of each study level, for the read scenarios. */
  searchStudents: { email: string; level: Level }[];
  contentionStudents: { id: string; email: string }[];
  applyOffers: { id: string; slotId: string }[];
  /** application ids of the acceptOffer scenario, by student id */
  acceptApplications: { applicationId: string; studentId: string; offerId: string; slotId: string }[];
  acceptSlots: string[];
  companyAdmins: Map<string, string>; // companyId -> admin email
}

/**
 * Fills an empty, migrated database. `passwordHash` is one argon2 hash, reused by every member
 * (hashing 20,000 passwords would dominate the run and measures nothing).
 */
export async function seed(
  db: Client,
  scale: Scale,
  password: string,
  passwordHash: string,
  seedValue = 20261122,
): Promise<Seeded> {
  const r = prng(seedValue);
  const now = Date.now();
  const counts: Record<string, number> = {};
  const orgCols: Column[] = [
    { name: 'id', param: 'uuid' },
    { name: 'name', param: 'text' },
    { name: 'kind', param: 'text', cast: 'organization_kind' },
    { name: 'verified', param: 'bool' },
    { name: 'verifiedAt', param: 'timestamptz' },
    { name: 'city', param: 'text' },
    { name: 'country', param: 'text' },
    { name: 'latitude', param: 'float8' },
    { name: 'longitude', param: 'float8' },
    { name: 'website', param: 'text' },
  ];
  const memberCols: Column[] = [
    { name: 'id', param: 'uuid' },
    { name: 'email', param: 'text' },
    { name: 'fullName', param: 'text' },
    { name: 'passwordHash', param: 'text' },
    { name: 'role', param: 'text', cast: 'member_role' },
    { name: 'organizationId', param: 'uuid' },
    { name: 'programId', param: 'uuid' },
  ];

  // Companies, their staff and facilities.
  const companies: { id: string; verified: boolean; facilities: { id: string }[] }[] = [];
  const orgRows: Cell[][] = [];
  const staffRows: Cell[][] = [];
  const facilityRows: Cell[][] = [];
  const companyAdmins = new Map<string, string>();
  const totalCompanies = scale.companies + scale.unverifiedCompanies;
  for (let i = 0; i < totalCompanies; i++) {
    const verified = i < scale.companies;
    const [city, country, lat, lon] = r.pick(CITIES);
    const name = `${r.pick(PREFIXES)}${r.pick(SUFFIXES)} ${i}`;
    const id = randomUUID();
    orgRows.push([
      id,
      name,
      'COMPANY',
      verified,
      verified ? new Date(now - r.int(1, 300) * DAY) : null,
      city,
      country,
      lat,
      lon,
      `https://c${i}.bench.example`,
    ]);
    const admin = `admin@c${i}.bench.example`;
    companyAdmins.set(id, admin);
    staffRows.push([randomUUID(), admin, `${r.pick(FIRST)} ${r.pick(LAST)}`, passwordHash, 'ADMIN', id, null]);
    staffRows.push([
      randomUUID(),
      `host@c${i}.bench.example`,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      passwordHash,
      'COORDINATOR',
      id,
      null,
    ]);
    const facilities: { id: string }[] = [];
    for (let f = 0, n = r.int(1, 3); f < n; f++) {
      const fid = randomUUID();
      const kind = r.pick(['GMP_CLEANROOM', 'PRE_GMP_LAB', 'QC_LAB', 'PROCESS_DEVELOPMENT_LAB', 'OTHER']);
      const reqs = r.some(['GOWNING_QUALIFICATION', 'VACCINATION', 'NDA'], 0, 3);
      facilityRows.push([
        fid,
        id,
        `${name} site ${f + 1}`,
        kind,
        `${r.int(1, 200)} Science Park`,
        city,
        country,
        lat + (r.next() - 0.5) * 0.4,
        lon + (r.next() - 0.5) * 0.4,
        pgArray(reqs),
        null,
      ]);
      facilities.push({ id: fid });
    }
    companies.push({ id, verified, facilities });
  }

  // Universities, programs, staff and students.
  const programs: { id: string; universityId: string; level: Level }[] = [];
  const programRows: Cell[][] = [];
  for (let u = 0; u < scale.universities; u++) {
    const [city, country, lat, lon] = r.pick(CITIES);
    const id = randomUUID();
    orgRows.push([
      id,
      `University of ${city} ${u}`,
      'UNIVERSITY',
      true,
      new Date(now - r.int(1, 300) * DAY),
      city,
      country,
      lat,
      lon,
      `https://u${u}.bench.example`,
    ]);
    staffRows.push([
      randomUUID(),
      `admin@u${u}.bench.example`,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      passwordHash,
      'ADMIN',
      id,
      null,
    ]);
    staffRows.push([
      randomUUID(),
      `coordinator@u${u}.bench.example`,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      passwordHash,
      'COORDINATOR',
      id,
      null,
    ]);
    for (let p = 0, n = r.int(3, 7); p < n; p++) {
      // every university teaches every level at least once in its first four programs
      const level = p < LEVELS.length ? LEVELS[p] : r.pick(LEVELS);
      const pid = randomUUID();
      programs.push({ id: pid, universityId: id, level });
      programRows.push([
        pid,
        id,
        `${level} in cell and gene therapy ${p + 1}`,
        level,
        pgArray(r.some(TOPICS, 2, 5)),
        r.int(10, 120),
        '2026-09-01',
        '2027-07-31',
        r.int(0, 10) / 10,
      ]);
    }
  }
  await insert(db, 'organization', orgCols, orgRows);
  await insert(
    db,
    'program',
    [
      { name: 'id', param: 'uuid' },
      { name: 'universityId', param: 'uuid' },
      { name: 'name', param: 'text' },
      { name: 'level', param: 'text', cast: 'study_level' },
      { name: 'topics', param: 'text', cast: 'text[]' },
      { name: 'cohortSize', param: 'int' },
      { name: 'termStart', param: 'date' },
      { name: 'termEnd', param: 'date' },
      { name: 'minimumOnsiteShare', param: 'numeric' },
    ],
    programRows,
  );
  await insert(
    db,
    'facility',
    [
      { name: 'id', param: 'uuid' },
      { name: 'companyId', param: 'uuid' },
      { name: 'name', param: 'text' },
      { name: 'kind', param: 'text', cast: 'facility_kind' },
      { name: 'address', param: 'text' },
      { name: 'city', param: 'text' },
      { name: 'country', param: 'text' },
      { name: 'latitude', param: 'float8' },
      { name: 'longitude', param: 'float8' },
      { name: 'requirements', param: 'text', cast: 'entry_requirement[]' },
      { name: 'minimumAge', param: 'int' },
    ],
    facilityRows,
  );
  counts.organizations = orgRows.length;
  counts.programs = programRows.length;
  counts.facilities = facilityRows.length;

  const students: { id: string; email: string; programId: string; universityId: string; level: Level }[] = [];
  const studentRows: Cell[][] = [];
  for (let s = 0; s < scale.students; s++) {
    const program = programs[s % programs.length];
    const id = randomUUID();
    const email = `s${s}@student.bench.example`;
    students.push({ id, email, programId: program.id, universityId: program.universityId, level: program.level });
    studentRows.push([
      id,
      email,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      passwordHash,
      'STUDENT',
      program.universityId,
      program.id,
    ]);
  }
  await insert(db, 'member', memberCols, [...staffRows, ...studentRows]);
  counts.members = staffRows.length + studentRows.length;
  counts.students = studentRows.length;

  // Offers, slots and virtual twins.
  interface OfferRow {
    id: string;
    companyId: string;
    levels: Level[];
    slots: { id: string; capacity: number }[];
    status: string;
  }
  const offers: OfferRow[] = [];
  const offerRows: Cell[][] = [];
  const slotRows: Cell[][] = [];
  const twinRows: Cell[][] = [];
  const verified = companies.filter((c) => c.verified);
  const addOffer = (
    company: (typeof companies)[number],
    status: 'PUBLISHED' | 'DRAFT' | 'CLOSED',
    opts: { levels?: Level[]; slots?: number; capacity?: number; twin?: boolean } = {},
  ) => {
    const id = randomUUID();
    const kind = r.next() < 0.6 ? 'SITE_VISIT' : 'INTERNSHIP';
    const created = now - r.int(1, 90) * DAY - r.int(0, 23) * HOUR;
    const deadline =
      status === 'CLOSED' ? now - r.int(1, 30) * DAY : now + r.int(7, 150) * DAY + r.int(0, 1439) * 60_000;
    const levels = opts.levels ?? LEVELS.filter((): boolean => r.next() < 0.55);
    if (!levels.length) levels.push(r.pick(LEVELS));
    const topics = r.some(TOPICS, 1, 4);
    const title = `${kind === 'SITE_VISIT' ? 'Site visit' : 'Internship'}: ${topics.map(topicLabel).join(', ')} at ${company.id.slice(0, 4)}`;
    const description = r.some(SENTENCES, 2, 5).join(' ');
    offerRows.push([
      id,
      new Date(created),
      company.id,
      r.pick(company.facilities).id,
      kind,
      title,
      description,
      pgArray(topics),
      pgArray(levels),
      new Date(deadline),
      status,
      r.next() < 0.8 ? 'FIRST_COME' : 'MATCH_ROUND',
      status === 'DRAFT' ? null : new Date(created + HOUR),
    ]);
    const slots: { id: string; capacity: number }[] = [];
    let start = deadline + r.int(1, 30) * DAY;
    for (let k = 0, n = opts.slots ?? r.int(1, 3); k < n; k++) {
      const sid = randomUUID();
      const capacity = opts.capacity ?? (kind === 'SITE_VISIT' ? r.int(5, 30) : r.int(1, 8));
      const end = kind === 'SITE_VISIT' ? start + r.int(3, 6) * HOUR : start + r.int(4, 12) * 7 * DAY;
      slotRows.push([sid, id, new Date(start), new Date(end), capacity]);
      slots.push({ id: sid, capacity });
      start = end + r.int(1, 14) * DAY;
    }
    if (opts.twin ?? r.next() < 0.5) {
      twinRows.push([
        randomUUID(),
        id,
        r.pick(['VR_TOUR', 'LIVE_STREAM', 'SELF_PACED']),
        r.next() < 0.5 ? null : r.int(20, 200),
        `https://meet.bench.example/${id}`,
      ]);
    }
    const offer = { id, companyId: company.id, levels, slots, status };
    offers.push(offer);
    return offer;
  };
  const all = [...LEVELS];
  const applyOffers = Array.from({ length: scale.applyOffers }, (_, i) =>
    addOffer(verified[i % verified.length], 'PUBLISHED', { levels: all, slots: 1, capacity: 10 }),
  );
  const acceptOffers = Array.from({ length: scale.acceptOffers }, (_, i) =>
    addOffer(verified[(i + 50) % verified.length], 'PUBLISHED', {
      levels: all,
      slots: 1,
      capacity: scale.acceptCapacity,
      twin: false,
    }),
  );
  while (offers.length < scale.publishedOffers) addOffer(r.pick(verified), 'PUBLISHED');
  for (let i = 0; i < scale.publishedOffers / 15; i++) addOffer(r.pick(verified), 'DRAFT');
  for (let i = 0; i < scale.publishedOffers / 10; i++) addOffer(r.pick(verified), 'CLOSED');
  for (const company of companies.filter((c) => !c.verified))
    for (let i = 0; i < 10; i++) addOffer(company, 'PUBLISHED');
  await insert(
    db,
    'offer',
    [
      { name: 'id', param: 'uuid' },
      { name: 'createdAt', param: 'timestamptz' },
      { name: 'companyId', param: 'uuid' },
      { name: 'facilityId', param: 'uuid' },
      { name: 'kind', param: 'text', cast: 'offer_kind' },
      { name: 'title', param: 'text' },
      { name: 'description', param: 'text' },
      { name: 'topics', param: 'text', cast: 'text[]' },
      { name: 'eligibleLevels', param: 'text', cast: 'study_level[]' },
      { name: 'applicationDeadline', param: 'timestamptz' },
      { name: 'status', param: 'text', cast: 'offer_status' },
      { name: 'allocation', param: 'text', cast: 'seat_allocation' },
      { name: 'publishedAt', param: 'timestamptz' },
    ],
    offerRows,
  );
  await insert(
    db,
    'offer_slot',
    [
      { name: 'id', param: 'uuid' },
      { name: 'offerId', param: 'uuid' },
      { name: 'startsAt', param: 'timestamptz' },
      { name: 'endsAt', param: 'timestamptz' },
      { name: 'capacity', param: 'int' },
    ],
    slotRows,
  );
  await insert(
    db,
    'virtual_twin',
    [
      { name: 'id', param: 'uuid' },
      { name: 'offerId', param: 'uuid' },
      { name: 'format', param: 'text', cast: 'virtual_format' },
      { name: 'capacity', param: 'int' },
      { name: 'joinUrl', param: 'text' },
    ],
    twinRows,
  );
  counts.offers = offerRows.length;
  counts.publishedVisibleOffers = offers.filter(
    (o) => o.status === 'PUBLISHED' && verified.some((c) => c.id === o.companyId),
  ).length;
  counts.slots = slotRows.length;
  counts.virtualTwins = twinRows.length;

  // Applications with their history. Popularity is skewed: a few offers draw hundreds of applicants.
  const special = new Set<string>([...applyOffers, ...acceptOffers].map((o) => o.id));
  const open = offers.filter(
    (o) => o.status === 'PUBLISHED' && !special.has(o.id) && verified.some((c) => c.id === o.companyId),
  );
  const byLevel = new Map(LEVELS.map((level) => [level, open.filter((o) => o.levels.includes(level))]));
  const appRows: Cell[][] = [];
  const historyRows: Cell[][] = [];
  const addApplication = (
    student: (typeof students)[number],
    offer: OfferRow,
    slotId: string,
    rank: number,
    status: string,
    companyRank: number | null,
  ) => {
    const id = randomUUID();
    const at = now - r.int(1, 40) * DAY - r.int(0, 86_399) * 1000;
    appRows.push([
      id,
      new Date(at),
      offer.id,
      slotId,
      student.id,
      student.universityId,
      student.programId,
      `I want to learn ${topicLabel(r.pick(TOPICS))} hands-on. ${r.pick(SENTENCES)}`,
      rank,
      companyRank,
      status,
    ]);
    historyRows.push(['APPLICATION', id, null, 'SUBMITTED', student.id, new Date(at)]);
    if (status !== 'SUBMITTED')
      historyRows.push([
        'APPLICATION',
        id,
        'SUBMITTED',
        status,
        status === 'WITHDRAWN' ? student.id : null,
        new Date(at + r.int(1, 72) * HOUR),
      ]);
    return id;
  };
  const contention = students.slice(0, scale.contentionStudents);
  const acceptApplications: Seeded['acceptApplications'] = [];
  for (const offer of acceptOffers) {
    for (const student of contention) {
      const applicationId = addApplication(student, offer, offer.slots[0].id, 1, 'OFFERED', null);
      acceptApplications.push({ applicationId, studentId: student.id, offerId: offer.id, slotId: offer.slots[0].id });
    }
  }
  const target = scale.applications;
  let s = scale.contentionStudents;
  while (appRows.length < target) {
    const student = students[s];
    s = s + 1 >= students.length ? scale.contentionStudents : s + 1;
    const pool = byLevel.get(student.level)!;
    const wanted = r.pick([0, 1, 1, 1, 1, 2, 2, 2, 3]);
    const chosen = new Set<OfferRow>();
    for (let tries = 0; chosen.size < wanted && tries < 20; tries++)
      chosen.add(pool[Math.floor(pool.length * Math.pow(r.next(), 2))]);
    let rank = 1;
    for (const offer of chosen) {
      const u = r.next();
      const status = u < 0.7 ? 'SUBMITTED' : u < 0.85 ? 'SHORTLISTED' : u < 0.95 ? 'REJECTED' : 'WITHDRAWN';
      addApplication(student, offer, r.pick(offer.slots).id, rank++, status, r.next() < 0.3 ? r.int(1, 100) : null);
      if (appRows.length >= target) break;
    }
  }
  await insert(
    db,
    'application',
    [
      { name: 'id', param: 'uuid' },
      { name: 'createdAt', param: 'timestamptz' },
      { name: 'offerId', param: 'uuid' },
      { name: 'slotId', param: 'uuid' },
      { name: 'studentId', param: 'uuid' },
      { name: 'universityId', param: 'uuid' },
      { name: 'programId', param: 'uuid' },
      { name: 'motivation', param: 'text' },
      { name: 'rank', param: 'int' },
      { name: 'companyRank', param: 'int' },
      { name: 'status', param: 'text', cast: 'application_status' },
    ],
    appRows,
  );
  await insert(
    db,
    'status_change',
    [
      { name: 'subjectType', param: 'text' },
      { name: 'subjectId', param: 'uuid' },
      { name: 'fromStatus', param: 'text' },
      { name: 'toStatus', param: 'text' },
      { name: 'actorId', param: 'uuid' },
      { name: 'at', param: 'timestamptz' },
    ],
    historyRows,
  );
  counts.applications = appRows.length;
  counts.statusChanges = historyRows.length;
  await db.query('ANALYZE');

  const searchStudents = LEVELS.flatMap((level) =>
    students
      .filter((st, i) => i >= scale.contentionStudents && st.level === level)
      .slice(0, 2)
      .map((st) => ({ email: st.email, level })),
  );
  return {
    password,
    counts,
    searchStudents,
    contentionStudents: contention.map((st) => ({ id: st.id, email: st.email })),
    applyOffers: applyOffers.map((o) => ({ id: o.id, slotId: o.slots[0].id })),
    acceptApplications,
    acceptSlots: acceptOffers.map((o) => o.slots[0].id),
    companyAdmins,
  };
}
