import { TOPICS } from '@practicum/core';
import { MIGRATIONS } from '@practicum/database';
import { buildMarket, createOffer, inDays, Market } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource } from 'typeorm';

const CREATE_OFFER = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id topics } }`;
const UPDATE_OFFER = `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { id topics } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id topics } }`;
const CREATE_REQUEST = `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id topics } }`;
const OFFERS = `query($filter: OfferFilterInput) { offers(filter: $filter, first: 50) { edges { node { id topics } } } }`;

/** Values that are not topic keys: labels, other casing, near misses, hostile text. */
const UNKNOWN = ['CAR-T', 'gmp', 'Fill-finish', 'QC/QA', 'GMP ', 'Astrology', "'; DROP TABLE offer; --", ''];

describe('topics (e2e)', () => {
  let api: TestApi;
  let m: Market;
  let db: DataSource;
  let offerId: string;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
    offerId = (await createOffer(api, m.companyX.token, m.facilityX, { topics: ['GMP'] })).id;
  });
  afterAll(() => api.close());

  /** The refusal every topic input gives: BAD_USER_INPUT naming the field, nothing stored. */
  const expectRefused = (res: any, field: string) => {
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: [expect.stringContaining('unknown topic')] },
    });
  };

  it('the topics query lists the vocabulary, to anyone, signed in or not', async () => {
    const anonymous = await api.gql(`{ topics { key label } }`);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.topics).toEqual(TOPICS.map((t) => ({ key: t.key, label: t.label })));
    expect(anonymous.data.topics.map((t: any) => t.key)).toEqual(
      expect.arrayContaining([
        'CAR_T',
        'AAV_VECTORS',
        'LENTIVIRAL_VECTORS',
        'MRNA',
        'IPSC',
        'GMP',
        'QC_QA',
        'REGULATORY',
        'PROCESS_DEVELOPMENT',
        'CLOSED_BIOREACTORS',
        'ASEPTIC_PROCESSING',
        'FILL_FINISH',
        'SUPPLY_CHAIN',
        'COMMERCIALIZATION',
        'SOP_WRITING',
        'WORKFLOW_DESIGN',
      ]),
    );
    expect(anonymous.data.topics).toHaveLength(16);
    expect((await api.gql(`{ topics { key } }`, {}, m.studentA.token)).data.topics).toHaveLength(16);
  });

  it('createOffer and updateOffer refuse an unknown topic naming the field, and keep the offer as it was', async () => {
    const input = {
      facilityId: m.facilityX,
      kind: 'SITE_VISIT',
      title: 'Topic check',
      eligibleLevels: ['MSC'],
      applicationDeadline: inDays(20),
      slots: [{ startsAt: inDays(30), endsAt: inDays(30, 17), capacity: 5 }],
    };
    const before = await db.query(`SELECT count(*)::int AS n FROM offer`);
    for (const bad of UNKNOWN) {
      expectRefused(
        await api.gql(CREATE_OFFER, { input: { ...input, topics: ['GMP', bad] } }, m.companyX.token),
        'topics',
      );
      expectRefused(await api.gql(UPDATE_OFFER, { id: offerId, input: { topics: [bad] } }, m.companyX.token), 'topics');
    }
    expect(await db.query(`SELECT count(*)::int AS n FROM offer`)).toEqual(before);
    expect((await db.query(`SELECT topics FROM offer WHERE id = $1`, [offerId]))[0].topics).toEqual(['GMP']);

    const created = await api.gql(
      CREATE_OFFER,
      { input: { ...input, topics: ['CAR_T', 'GMP', 'CAR_T'] } },
      m.companyX.token,
    );
    expect(created.data.createOffer.topics).toEqual(['CAR_T', 'GMP']);
    const updated = await api.gql(
      UPDATE_OFFER,
      { id: offerId, input: { topics: ['FILL_FINISH', 'QC_QA'] } },
      m.companyX.token,
    );
    expect(updated.data.updateOffer.topics).toEqual(['FILL_FINISH', 'QC_QA']);
  });

  it('createProgram and createPartnerRequest refuse an unknown topic naming the field', async () => {
    const program = {
      name: 'MSc Topic Check',
      level: 'MSC',
      cohortSize: 10,
      termStart: '2027-01-01',
      termEnd: '2027-12-31',
    };
    const request = {
      programId: m.programA,
      kind: 'SITE_VISIT',
      headcount: 3,
      windowStart: '2027-03-01',
      windowEnd: '2027-04-30',
      maxDistanceKm: 500,
      virtualAcceptable: true,
    };
    for (const bad of UNKNOWN) {
      expectRefused(await api.gql(CREATE_PROGRAM, { input: { ...program, topics: [bad] } }, m.uniA.token), 'topics');
      expectRefused(
        await api.gql(CREATE_REQUEST, { input: { ...request, topics: ['GMP', bad] } }, m.uniA.token),
        'topics',
      );
    }
    expect(
      (await api.gql(CREATE_PROGRAM, { input: { ...program, topics: ['IPSC', 'MRNA'] } }, m.uniA.token)).data
        .createProgram.topics,
    ).toEqual(['IPSC', 'MRNA']);
    expect(
      (await api.gql(CREATE_REQUEST, { input: { ...request, topics: ['REGULATORY'] } }, m.uniA.token)).data
        .createPartnerRequest.topics,
    ).toEqual(['REGULATORY']);
  });

  it('the offers search filter refuses an unknown topic naming filter.topics, and filters by keys', async () => {
    for (const bad of UNKNOWN)
      expectRefused(await api.gql(OFFERS, { filter: { topics: [bad] } }, m.studentA.token), 'filter.topics');
    const found = await api.gql(OFFERS, { filter: { topics: ['FILL_FINISH'] } }, m.studentA.token);
    expect(found.errors).toBeUndefined();
    expect(found.data.offers.edges.map((e: any) => e.node.id)).toContain(offerId);
    for (const edge of found.data.offers.edges) expect(edge.node.topics).toContain('FILL_FINISH');
  });

  it('a list of more than 30 topics is refused', async () => {
    const many = Array.from({ length: 31 }, () => 'GMP');
    expect(
      (await api.gql(OFFERS, { filter: { topics: many } }, m.studentA.token)).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.topics': expect.any(Array) } });
  });

  it('the migration maps stored topic strings to keys, keeps their order, folds duplicates and drops what the vocabulary does not know', async () => {
    const [{ id }] = await db.query(
      `INSERT INTO program ("universityId", name, level, topics, "cohortSize", "termStart", "termEnd")
       VALUES ($1, 'Legacy topics', 'MSC', $2, 10, '2027-01-01', '2027-12-31') RETURNING id`,
      [
        m.uniA.organizationId,
        [
          'Regulatory (ATMP)',
          'QC/QA',
          'made-up topic',
          'gmp',
          'GMP',
          'Fill-finish',
          'closed bioreactors',
          'Regulatory (GMP/GDP)',
          'CAR-T',
          'SOP_WRITING',
        ],
      ],
    );
    const runner = db.createQueryRunner();
    try {
      const migration = MIGRATIONS.find((m) => m.name === 'TopicVocabulary1795500700000')!;
      await new migration().up(runner);
    } finally {
      await runner.release();
    }
    const [{ topics }] = await db.query(`SELECT topics FROM program WHERE id = $1`, [id]);
    expect(topics).toEqual(['REGULATORY', 'QC_QA', 'GMP', 'FILL_FINISH', 'CLOSED_BIOREACTORS', 'CAR_T', 'SOP_WRITING']);
    const [{ invalid }] = await db.query(
      `SELECT count(*)::int AS invalid FROM program, unnest(topics) t WHERE t <> ALL ($1)`,
      [TOPICS.map((t) => t.key)],
    );
    expect(invalid).toBe(0);
  });
});
