import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildMarket, createOffer, loginPlatformAdmin, Market } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import {
  buildSchema,
  GraphQLObjectType,
  GraphQLOutputType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { isNameField } from '../src/common/text';
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
function variantsOf(
  field: (typeof paginated)[number],
  offerId: string,
): { query: string; variables: Record<string, unknown> }[] {
  const required = field.args.filter(
    (a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== 'after',
  );
  if (required.length)
    throw new Error(`${field.name} needs ${required.map((a) => a.name).join(', ')}: give it a variant here`);
  const connection = named(field.type)!;
  const selection = connection.getFields().pageInfo ? '{ pageInfo { endCursor } }' : '';
  const make = (extraParams: string, extraArgs: string, variables: Record<string, unknown>) => ({
    query: `query($after: String${extraParams}) { ${field.name}(after: $after${extraArgs}) ${selection} }`,
    variables,
  });
  if (field.name === 'offers') {
    return ['DEADLINE', 'NEWEST', 'DISTANCE'].map((sort) =>
      make(', $sort: OfferSort!, $filter: OfferFilterInput', ', sort: $sort, filter: $filter', {
        sort,
        filter: { near: { latitude: 59.3, longitude: 18.0 } },
      }),
    );
  }
  if (field.name === 'applications')
    return [make('', '', {}), make(', $offerId: ID', ', offerId: $offerId', { offerId })];
  return [make('', '', {})];
}

const forged = (value: unknown, id: unknown = randomUUID()) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url');
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
    await api.gql(
      `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
      { input: { offerId, motivation: 'm', rank: 1 } },
      m.studentA.token,
    );
    tokens = {
      student: m.studentA.token,
      university: m.uniA.token,
      company: m.companyX.token,
      admin: await loginPlatformAdmin(api),
    };
  });
  afterAll(() => api.close());

  describe('cursors', () => {
    it('the schema has the paginated queries this test knows', () => {
      expect(paginated.map((f) => f.name).sort()).toEqual([
        'applications',
        'bookings',
        'myApplications',
        'notifications',
        'offers',
        'partnerRequests',
        'webhookDeliveries',
      ]);
    });

    it.each(paginated.map((f) => [f.name, f] as const))(
      '%s: a forged or malformed cursor is BAD_USER_INPUT naming after',
      async (_name, field) => {
        let checked = 0;
        for (const variant of variantsOf(field, offerId)) {
          for (const [who, token] of Object.entries(tokens)) {
            const valid = await api.gql(variant.query, variant.variables, token);
            if (valid.errors) continue; // this role may not run this query
            for (const after of FORGED_CURSORS) {
              const res = await api.gql(variant.query, { ...variant.variables, after }, token);
              expect(res.status).toBeLessThan(500);
              expect({ who, after, code: res.errors?.[0]?.extensions?.code }).toEqual({
                who,
                after,
                code: 'BAD_USER_INPUT',
              });
              expect(res.errors?.[0]?.extensions?.fields).toHaveProperty('after');
            }
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);
      },
    );
  });

  describe('fragment cycles, depth and cost', () => {
    const post = async (body: unknown, token?: string) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: Record<string, unknown> }[];
        },
      };
    };

    it.each([
      ['spreads only', `query Cycle { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`],
      ['a fragment spreading itself', `query Cycle { ...A } fragment A on Query { me { id } ...A }`],
      [
        'a cycle through fields',
        `query Cycle { me { ...M } } fragment M on Member { organization { members { ...N } } } fragment N on Member { id ...M }`,
      ],
      [
        'a cycle no operation uses',
        `query Cycle { me { id } } fragment A on Query { ...B } fragment B on Query { ...A }`,
      ],
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
      [
        'an alias flood',
        `query Aliases { ${Array.from({ length: 40 }, (_, i) => `o${i}: offers(first: 100) { edges { node { id } } }`).join(' ')} }`,
      ],
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
      const prod = await startApi({
        NODE_ENV: 'production',
        JWT_SECRET: 'p'.repeat(48),
        PLATFORM_ADMIN_PASSWORD: 'a-production-password-1',
        DATA_ENCRYPTION_KEY: 'd'.repeat(64),
      });
      try {
        const res = await fetch(`${prod.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(res.status).toBe(400);
        expect(body.errors.map((e) => e.extensions.code)).toEqual([
          'GRAPHQL_VALIDATION_FAILED',
          'GRAPHQL_VALIDATION_FAILED',
        ]);
        expect(body.errors.map((e) => e.message).join(' ')).not.toMatch(/Did you mean|"me"|"title"/);
      } finally {
        await prod.close();
      }
    });
  });

  describe('dates', () => {
    const CREATE = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id applicationDeadline slots { startsAt } } }`;
    const offerInput = (over: Record<string, unknown> = {}, slot: Record<string, unknown> = {}) => ({
      facilityId: m.facilityX,
      kind: 'SITE_VISIT',
      title: 'Dates visit',
      eligibleLevels: ['MSC'],
      applicationDeadline: '2027-03-01T09:00:00Z',
      slots: [{ startsAt: '2027-03-10T09:00:00Z', endsAt: '2027-03-10T15:00:00Z', capacity: 2, ...slot }],
      ...over,
    });
    const offerCount = async () =>
      Number(
        (
          await api.app
            .get(DataSource)
            .query(`SELECT count(*) AS n FROM offer WHERE "companyId" = $1`, [m.companyX.organizationId])
        )[0].n,
      );

    it.each([
      ['an impossible day', { applicationDeadline: '2026-02-30T09:00:00Z' }, {}, 'applicationDeadline'],
      ['an impossible date without a time', { applicationDeadline: '2026-02-30' }, {}, 'applicationDeadline'],
      ['the 29th of February of a common year', {}, { startsAt: '2027-02-29T09:00:00Z' }, 'slots.0.startsAt'],
      ['month 13', {}, { endsAt: '2027-13-01T09:00:00Z' }, 'slots.0.endsAt'],
      ['hour 24', { applicationDeadline: '2027-03-01T24:00:00Z' }, {}, 'applicationDeadline'],
      ['the epoch', { applicationDeadline: '1970-01-01T00:00:00Z' }, {}, 'applicationDeadline'],
      ['year 9999', {}, { endsAt: '9999-12-31T23:59:59Z' }, 'slots.0.endsAt'],
      ['year 2101', { applicationDeadline: '2101-01-01T00:00:00Z' }, {}, 'applicationDeadline'],
      ['words', { applicationDeadline: 'next Tuesday' }, {}, 'applicationDeadline'],
      ['a number', { applicationDeadline: 1795500300000 }, {}, 'applicationDeadline'],
    ])('%s is BAD_USER_INPUT naming the field, and nothing is stored', async (_what, over, slot, field) => {
      const before = await offerCount();
      const res = await api.gql(CREATE, { input: offerInput(over, slot) }, m.companyX.token);
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toEqual([field]);
      expect(await offerCount()).toBe(before);
    });

    it('an impossible date written in the document is a coded 400, never stored shifted', async () => {
      const before = await offerCount();
      const res = await api.gql(
        `mutation($facilityId: ID!) { createOffer(input: { facilityId: $facilityId, kind: SITE_VISIT, title: "Inline", eligibleLevels: [MSC], applicationDeadline: "2026-02-30T09:00:00Z", slots: [{ startsAt: "2027-03-10T09:00:00Z", endsAt: "2027-03-10T15:00:00Z", capacity: 1 }] }) { id } }`,
        { facilityId: m.facilityX },
        m.companyX.token,
      );
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/2026-02-30.*not a date in the calendar/);
      expect(await offerCount()).toBe(before);
    });

    it('a real date with an offset is stored as that instant', async () => {
      const res = await api.gql(
        CREATE,
        {
          input: offerInput(
            { applicationDeadline: '2027-03-01T09:00:00+01:00' },
            { startsAt: '2028-02-29T09:00:00Z', endsAt: '2028-02-29T15:00:00Z' },
          ),
        },
        m.companyX.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.createOffer.applicationDeadline).toBe('2027-03-01T08:00:00.000Z');
      expect(res.data.createOffer.slots[0].startsAt).toBe('2028-02-29T09:00:00.000Z');
    });

    it('updateOffer, the search filter and program terms refuse impossible dates with the field named', async () => {
      const update = await api.gql(
        `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { id } }`,
        { id: offerId, input: { applicationDeadline: '2027-04-31T00:00:00Z' } },
        m.companyX.token,
      );
      expect(update.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { applicationDeadline: expect.any(Array) },
      });
      const search = await api.gql(
        `query($filter: OfferFilterInput) { offers(filter: $filter) { edges { cursor } } }`,
        { filter: { from: '2026-02-30' } },
        m.studentA.token,
      );
      expect(search.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { from: expect.any(Array) },
      });
      for (const [termStart, termEnd, field] of [
        ['2026-02-30', '2027-01-01', 'termStart'],
        ['2027-01-01', '1900-01-01', 'termEnd'],
        ['2027-01-01', '3027-01-01', 'termEnd'],
      ]) {
        const program = await api.gql(
          `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
          { input: { name: 'Dated', level: 'MSC', cohortSize: 10, termStart, termEnd } },
          m.uniA.token,
        );
        expect(program.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { [field]: expect.any(Array) },
        });
      }
    });
  });

  describe('names', () => {
    const inputFields = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

    it('every name or title field of the schema is one the shared cleaning covers', () => {
      const nameLike = inputFields.filter((f) => /name|title/i.test(f.split('.')[1]));
      expect(nameLike.length).toBeGreaterThan(8);
      expect(nameLike.filter((f) => !isNameField(f.split('.')[1]))).toEqual([]);
      expect(inputFields.filter((f) => isNameField(f.split('.')[1]) && !/name|title/i.test(f.split('.')[1]))).toEqual(
        [],
      );
    });

    const dirty = (clean: string) => `\u202E${clean.slice(0, 2)}\u200B${clean.slice(2)}\u2066\uFEFF\u2060\u200D`;

    it('invisible and direction-changing characters are removed and names stored in NFC, in every kind of name', async () => {
      const email = `${randomUUID()}@example.org`;
      const org = await api.gql(
        `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`,
        {
          input: {
            name: dirty('Cellvia Labs'),
            kind: 'COMPANY',
            city: 'Basel',
            country: 'CH',
            admin: { email, fullName: dirty('Mi\u0301ra Vogt'), password: 'Cleanroom-grade-2026' },
          },
        },
      );
      expect(org.errors).toBeUndefined();
      const me = await api.gql(
        `{ me { fullName organization { name } } }`,
        {},
        org.data.registerOrganization.accessToken,
      );
      expect(me.data.me).toEqual({ fullName: 'M\u00edra Vogt', organization: { name: 'Cellvia Labs' } });

      const program = await api.gql(
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { name } }`,
        {
          input: {
            name: dirty('Biotech MSc'),
            level: 'MSC',
            cohortSize: 10,
            termStart: '2027-01-01',
            termEnd: '2027-12-31',
          },
        },
        m.uniA.token,
      );
      expect(program.data.createProgram.name).toBe('Biotech MSc');
      const facility = await api.gql(
        `mutation($input: FacilityInput!) { createFacility(input: $input) { name } }`,
        {
          input: {
            name: dirty('Suite B'),
            kind: 'GMP_CLEANROOM',
            address: 'Hälsovägen 7',
            city: 'Huddinge',
            country: 'SE',
            latitude: 59.2,
            longitude: 17.9,
          },
        },
        m.companyX.token,
      );
      expect(facility.data.createFacility.name).toBe('Suite B');
      const offer = await api.gql(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id title } }`,
        {
          input: {
            facilityId: m.facilityX,
            kind: 'SITE_VISIT',
            title: dirty('Cleanroom day'),
            eligibleLevels: ['MSC'],
            applicationDeadline: '2027-03-01T09:00:00Z',
            slots: [{ startsAt: '2027-03-10T09:00:00Z', endsAt: '2027-03-10T15:00:00Z', capacity: 2 }],
          },
        },
        m.companyX.token,
      );
      expect(offer.data.createOffer.title).toBe('Cleanroom day');
      const updated = await api.gql(
        `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { title } }`,
        { id: offer.data.createOffer.id, input: { title: dirty('Caf\u0065\u0301 tour') } },
        m.companyX.token,
      );
      expect(updated.data.updateOffer.title).toBe('Caf\u00e9 tour');
    });

    it('a name of invisible characters only is refused by its length check', async () => {
      const res = await api.gql(
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { name } }`,
        {
          input: {
            name: '\u200B\u202E\u200B\u2066',
            level: 'MSC',
            cohortSize: 10,
            termStart: '2027-01-01',
            termEnd: '2027-12-31',
          },
        },
        m.uniA.token,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(Array) } });
    });

    it('a lone surrogate in any string is BAD_USER_INPUT naming the field', async () => {
      for (const name of ['\uD800abc', 'abc\uDFFF', 'a\uDC00\uD800b']) {
        const res = await api.gql(
          `mutation($input: CreateProgramInput!) { createProgram(input: $input) { name } }`,
          { input: { name, level: 'MSC', cohortSize: 10, termStart: '2027-01-01', termEnd: '2027-12-31' } },
          m.uniA.token,
        );
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { 'input.name': expect.any(Array) },
        });
      }
      const description = await api.gql(
        `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { id } }`,
        { id: offerId, input: { description: 'ok \uD83D' } },
        m.companyX.token,
      );
      expect(description.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'input.description': expect.any(Array) },
      });
      const emoji = await api.gql(
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { name } }`,
        {
          input: {
            name: 'Cell \uD83E\uDDEC MSc',
            level: 'MSC',
            cohortSize: 10,
            termStart: '2027-01-01',
            termEnd: '2027-12-31',
          },
        },
        m.uniA.token,
      );
      expect(emoji.data.createProgram.name).toBe('Cell \uD83E\uDDEC MSc');
    });
  });
});
