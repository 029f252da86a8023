import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildMarket, createOffer, loginPlatformAdmin, Market, startApi, TestApi } from '@practicum/testing';
import { buildSchema, GraphQLObjectType, GraphQLOutputType, isNonNullType, isObjectType } from 'graphql';
import { SCHEMA_FILE } from '../src/schema-file';

/**
 * The GraphQL surface answers a client's mistake with a coded error, never a 500: forged cursors,
 * fragment cycles, operations that are too expensive or too deep, impossible dates and names
 * carrying invisible or broken characters.
 */
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const queryFields = Object.values((schema.getQueryType() as GraphQLObjectType).getFields());
const paginated = queryFields.filter((f) => f.args.some((a) => a.name === 'after'));

const named = (type: GraphQLOutputType): GraphQLObjectType | null => {
  let inner: any = type;
  while (inner.ofType) inner = inner.ofType;
  return isObjectType(inner) ? inner : null;
};

/** Queries of `field` with the arguments it requires, each variant sorting differently. */
function variantsOf(field: (typeof paginated)[number], offerId: string): { query: string; variables: Record<string, unknown> }[] {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== 'after');
  if (required.length) throw new Error(`${field.name} needs ${required.map((a) => a.name).join(', ')}: give it a variant here`);
  const connection = named(field.type)!;
  const selection = connection.getFields().pageInfo ? '{ pageInfo { endCursor } }' : '';
  const make = (extraParams: string, extraArgs: string, variables: Record<string, unknown>) => ({
    query: `query($after: String${extraParams}) { ${field.name}(after: $after${extraArgs}) ${selection} }`,
    variables,
  });
  if (field.name === 'offers') {
    return ['DEADLINE', 'NEWEST', 'DISTANCE'].map((sort) =>
      make(', $sort: OfferSort!, $filter: OfferFilterInput', ', sort: $sort, filter: $filter', { sort, filter: { near: { latitude: 59.3, longitude: 18.0 } } }),
    );
  }
  if (field.name === 'applications') return [make('', '', {}), make(', $offerId: ID', ', offerId: $offerId', { offerId })];
  return [make('', '', {})];
}

const forged = (value: unknown, id: unknown = randomUUID()) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
const FORGED_CURSORS = [
  'bogus',
  '!!!',
  forged('garbage'),
  forged('2026-02-30T00:00:00.000000Z'),
  forged('99999-01-01T00:00:00Z'),
  forged('2026-01-01T00:00:00Z', 'not-a-uuid'),
  forged(1e300),
  forged('1e400'),
  forged("1' OR '1'='1"),
  forged(null),
  Buffer.from('{"a":1}').toString('base64url'),
];

describe('the GraphQL surface never answers 500 to a client mistake (e2e)', () => {
  let api: TestApi;
  let m: Market;
  let offerId: string;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    m = await buildMarket(api);
    offerId = (await createOffer(api, m.companyX.token, m.facilityX)).id;
    await api.gql(`mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`, { input: { offerId, motivation: 'm', rank: 1 } }, m.studentA.token);
    tokens = { student: m.studentA.token, university: m.uniA.token, company: m.companyX.token, admin: await loginPlatformAdmin(api) };
  });
  afterAll(() => api.close());

  describe('cursors', () => {
    it('the schema has the paginated queries this test knows', () => {
      expect(paginated.map((f) => f.name).sort()).toEqual(['applications', 'bookings', 'myApplications', 'notifications', 'offers', 'partnerRequests', 'webhookDeliveries']);
    });

    it.each(paginated.map((f) => [f.name, f] as const))('%s: a forged or malformed cursor is BAD_USER_INPUT naming after', async (_name, field) => {
      let checked = 0;
      for (const variant of variantsOf(field, offerId)) {
        for (const [who, token] of Object.entries(tokens)) {
          const valid = await api.gql(variant.query, variant.variables, token);
          if (valid.errors) continue; // this role may not run this query
          for (const after of FORGED_CURSORS) {
            const res = await api.gql(variant.query, { ...variant.variables, after }, token);
            expect(res.status).toBeLessThan(500);
            expect({ who, after, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, after, code: 'BAD_USER_INPUT' });
            expect(res.errors?.[0]?.extensions?.fields).toHaveProperty('after');
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  });

  describe('fragment cycles, depth and cost', () => {
    const post = async (body: unknown, token?: string) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
    };

    it.each([
      ['spreads only', `query Cycle { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`],
      ['a fragment spreading itself', `query Cycle { ...A } fragment A on Query { me { id } ...A }`],
      ['a cycle through fields', `query Cycle { me { ...M } } fragment M on MemberModel { organization { members { ...N } } } fragment N on MemberModel { id ...M }`],
      ['a cycle no operation uses', `query Cycle { me { id } } fragment A on Query { ...B } fragment B on Query { ...A }`],
    ])('a fragment cycle (%s) is HTTP 400 GRAPHQL_VALIDATION_FAILED', async (_what, query) => {
      const res = await post({ query }, tokens.company);
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment/);
      expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR|Maximum call stack/);
    });

    it('an operation deeper than GRAPHQL_MAX_DEPTH is HTTP 400 QUERY_TOO_DEEP naming the operation', async () => {
      let selection = '{ id }';
      for (let i = 0; i < 5; i++) selection = `{ organization { members ${selection} } }`;
      const named = await post({ query: `query DeepMembers { me ${selection} }` }, tokens.company);
      expect(named.status).toBe(400);
      expect(named.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP', limit: 8 } });
      expect(named.body.errors?.[0].message).toMatch(/"DeepMembers"/);
      const anonymous = await post({ query: `{ me ${selection} }` }, tokens.company);
      expect(anonymous.status).toBe(400);
      expect(anonymous.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(anonymous.body.errors?.[0].message).toMatch(/anonymous query/);
    });

    it.each([
      ['a page size far beyond the cap', `query HugePage { offers(first: 100000) { edges { node { id title } } } }`],
      ['an alias flood', `query Aliases { ${Array.from({ length: 40 }, (_, i) => `o${i}: offers(first: 100) { edges { node { id } } }`).join(' ')} }`],
    ])('%s is HTTP 400 QUERY_TOO_COMPLEX naming the operation', async (_what, query) => {
      const res = await post({ query }, tokens.company);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 2000 });
      expect(res.body.errors?.[0].message).toMatch(/^Operation "(HugePage|Aliases)" is too expensive/);
      expect(res.body.data ?? null).toBeNull();
    });

    it('production answers a misspelt field without suggesting schema names', async () => {
      const query = `query Typo { mee { id } offers { edges { node { titel } } } }`;
      const dev = await post({ query }, tokens.company);
      expect(dev.body.errors?.map((e) => e.message).join(' ')).toMatch(/Did you mean/);
      const prod = await startApi({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PLATFORM_ADMIN_PASSWORD: 'a-production-password-1' });
      try {
        const res = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(res.status).toBe(400);
        expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
        expect(body.errors.map((e) => e.message).join(' ')).not.toMatch(/Did you mean|"me"|"title"/);
      } finally {
        await prod.close();
      }
    });
  });
});
