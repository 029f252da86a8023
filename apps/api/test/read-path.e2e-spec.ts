import { entityFromJson, rowJson } from '@practicum/core';
import { buildMarket, createOffer, Market } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource, EntityMetadata } from 'typeorm';

const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`;

/**
 * The fast read path (a row as `to_json`, hydrated by entityFromJson) must give exactly what
 * TypeORM's find gives for the same row, for every entity: dates, numerics, enums, transformers.
 */
describe('read paths agree (e2e)', () => {
  let api: TestApi;
  let ds: DataSource;
  let market: Market;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    market = await buildMarket(api);
    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [2],
      virtualTwin: { format: 'LIVE_STREAM', capacity: 10, joinUrl: 'https://meet.example/x' },
    });
    const res = await api.gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'GMP and QC', rank: 1 } },
      market.studentA.token,
    );
    expect(res.errors).toBeUndefined();
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives Program.termStart as "2027-01-01" from me and from myApplications { student { program } } alike', async () => {
    const me = await api.gql(`{ me { program { termStart termEnd } } }`, {}, market.studentA.token);
    const mine = await api.gql(
      `{ myApplications(first: 5) { edges { node { student { program { termStart termEnd } } } } } }`,
      {},
      market.studentA.token,
    );
    expect(me.data.me.program).toEqual({ termStart: '2027-01-01', termEnd: '2027-12-31' });
    expect(
      mine.data.myApplications.edges.map((e: { node: { student: { program: unknown } } }) => e.node.student.program),
    ).toEqual([{ termStart: '2027-01-01', termEnd: '2027-12-31' }]);
  });

  const entities = () => ds.entityMetadatas.filter((m) => m.tableType === 'regular' && m.primaryColumns.length === 1);

  const roundTrip = async (metadata: EntityMetadata) => {
    const primary = metadata.primaryColumns[0];
    const ids = await ds.query<{ id: unknown }[]>(
      `SELECT "${primary.databaseName}" AS id FROM "${metadata.tableName}" ORDER BY 1 LIMIT 20`,
    );
    for (const { id } of ids) {
      const [row] = await ds.query(
        `SELECT ${rowJson(ds, metadata.target, 'x')} AS json FROM "${metadata.tableName}" x WHERE x."${primary.databaseName}" = $1`,
        [id],
      );
      const fast = entityFromJson(ds, metadata.target, row.json);
      const found = await ds.getRepository(metadata.target).findOneOrFail({ where: { [primary.propertyName]: id } });
      expect(fast).toBeInstanceOf(metadata.target as new () => unknown);
      expect([metadata.name, { ...fast }]).toEqual([metadata.name, { ...found }]);
    }
    return ids.length;
  };

  // The entities the fast read paths hydrate (offer search, application lists), each with rows of this flow.
  for (const name of [
    'Application',
    'Member',
    'Program',
    'StatusChange',
    'Offer',
    'Organization',
    'Facility',
    'OfferSlot',
    'VirtualTwin',
  ]) {
    it(`hydrates ${name} from JSON exactly as TypeORM's find does`, async () => {
      const metadata = entities().find((m) => m.name === name);
      expect(metadata).toBeDefined();
      expect(await roundTrip(metadata!)).toBeGreaterThan(0);
    });
  }

  it('hydrates every other entity with a single-column key from JSON exactly as find does, for the rows this flow made', async () => {
    for (const metadata of entities()) await roundTrip(metadata);
  });

  it('applies the column type, not a guess: a date column stays a date string, a timestamp becomes a Date', async () => {
    const program = entities().find((m) => m.name === 'Program')!;
    const [row] = await ds.query(`SELECT ${rowJson(ds, program.target, 'x')} AS json FROM program x WHERE id = $1`, [
      market.programA,
    ]);
    const fast = entityFromJson<Record<string, unknown>>(ds, program.target, row.json);
    expect(fast.termStart).toBe('2027-01-01');
    expect(fast.createdAt).toBeInstanceOf(Date);
  });
});
