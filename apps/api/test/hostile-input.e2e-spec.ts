import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildMarket, createOffer, loginPlatformAdmin, Market } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import fc from 'fast-check';
import {
  buildSchema,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { SCHEMA_FILE } from '../src/schema-file';

/**
 * Property-based fuzzing of every mutation's input, generated from the committed schema: the
 * answer is always a coded GraphQL error or a valid result, never a 5xx, an internal error or a
 * stack trace, and a refused mutation leaves every table as it was.
 */
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

const hostileStrings = [
  '',
  ' ',
  'x'.repeat(100_000),
  "'; DROP TABLE offer; --",
  'Robert"); DELETE FROM member; --',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '💉🧬 CAR-T ñ 漢字 \u202e',
  '\u0000nul',
  'a@b.co',
  'https://hooks.example.org/x',
  '2027-02-30',
  '../../etc/passwd',
];
const hostileDates = [
  '1970-01-01T00:00:00.000Z',
  '2000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.000Z',
  '2027-02-30T00:00:00Z',
  'yesterday',
  '',
];

function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, ids, depth);
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as string));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, ids, depth + 1)]));
    return fc.record(shape, {
      requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name),
    });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.constantFrom(0, -1, 1, 3, 2147483647, -2147483648), fc.integer({ min: -1000, max: 100000 }));
      case 'Float':
        return fc.oneof(
          fc.constantFrom(0, -1, 0.5, 91, -181, 1e308, -1e308, 4294967296),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        );
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.constantFrom(...ids, randomUUID(), 'not-a-uuid', '', "1' OR '1'='1");
      case 'DateTime':
        return fc.oneof(
          fc.constantFrom(...hostileDates),
          fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.now() + d * 86400000).toISOString()),
        );
      default:
        return fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'grapheme', maxLength: 40 }));
    }
  }
  throw new Error(`no arbitrary for ${String(type)}`);
}

function documentFor(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in variables);
  const params = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  let inner = field.type as { ofType?: unknown; getFields?: unknown };
  while (inner.ofType) inner = inner.ofType;
  return `mutation${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${inner.getFields ? ' { __typename }' : ''} }`;
}

describe('hostile input (e2e)', () => {
  let api: TestApi;
  let db: DataSource;
  let m: Market;
  let tokens: (string | undefined)[];
  let ids: string[];
  let snapshotSql: string;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [3],
      virtualTwin: { format: 'VR_TOUR', joinUrl: 'https://vr.example/x' },
    });
    const app = await api.gql(
      `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
      { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
      m.studentA.token,
    );
    const booking = await api.gql(
      `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
      { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 2 } },
      m.uniA.token,
    );
    tokens = [
      undefined,
      m.studentA.token,
      m.studentB.token,
      m.uniA.token,
      m.companyX.token,
      m.companyY.token,
      await loginPlatformAdmin(api),
    ];
    ids = [
      offer.id,
      offer.slotIds[0],
      app.data.applyToOffer.id,
      booking.data.requestBooking.id,
      m.facilityX,
      m.programA,
      m.programB,
      m.companyX.organizationId,
      m.uniA.organizationId,
      m.uniB.organizationId,
      m.studentA.id,
      m.studentB.id,
    ];
    const columns: { table_name: string; has_updated: boolean }[] = await db.query(
      `SELECT t.table_name, bool_or(c.column_name = 'updatedAt') AS has_updated
         FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('migrations')
        GROUP BY t.table_name ORDER BY t.table_name`,
    );
    snapshotSql = `SELECT json_build_object(${columns
      .map(
        (c) =>
          `'${c.table_name}', (SELECT json_build_array(count(*)${c.has_updated ? `, max("updatedAt")` : ''}) FROM "${c.table_name}")`,
      )
      .join(', ')}) AS snapshot`;
  });
  afterAll(() => api.close());

  const snapshot = async () => JSON.stringify((await db.query(snapshotSql))[0].snapshot);

  it.each(mutations.map((f) => [f.name, f] as const))(
    '%s: coded errors or valid results, and nothing half-written',
    async (_name, field) => {
      const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type, ids)])), {
        requiredKeys: field.args
          .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
          .map((a) => a.name),
      });
      await fc.assert(
        fc.asyncProperty(args, fc.nat({ max: tokens.length - 1 }), async (variables, who) => {
          const before = await snapshot();
          const res = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(tokens[who] && { authorization: `Bearer ${tokens[who]}` }),
            },
            body: JSON.stringify({ query: documentFor(field, variables), variables }),
          });
          const text = await res.text();
          expect(res.status).toBeLessThan(500);
          expect(text).not.toMatch(/stacktrace|node_modules|QueryFailedError|at \S+ \(/);
          const body = JSON.parse(text) as {
            data?: Record<string, unknown> | null;
            errors?: { extensions?: { code?: string } }[];
          };
          for (const error of body.errors ?? []) {
            expect(error.extensions?.code).toBeDefined();
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
          if (body.errors?.length && !body.data?.[field.name]) expect(await snapshot()).toBe(before);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261122), endOnFailure: true },
      );
    },
  );
});
