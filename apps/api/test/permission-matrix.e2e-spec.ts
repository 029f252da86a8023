import { readFileSync } from 'node:fs';
import { AuthService, Member, MemberRole, MemberStatus, WEBHOOK_EVENTS } from '@practicum/core';
import { buildMarket, createOffer, loginPlatformAdmin, Market, PASSWORD, uniq } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { buildSchema, GraphQLField, GraphQLObjectType, isNonNullType } from 'graphql';
import { DataSource } from 'typeorm';
import { SCHEMA_FILE } from '../src/schema-file';

/**
 * Every query and mutation of the committed schema, called as every kind of caller on data owned
 * by others. "allowed" means the answer is not UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (it may
 * still be a business error such as INVALID_TRANSITION); "denied" means it is one of those three.
 * An operation added to the schema without an entry here fails the suite.
 */
const CALLERS = ['anon', 'studentA', 'studentB', 'coordA', 'adminA', 'hostX', 'adminX', 'adminY', 'platform'] as const;
type Caller = (typeof CALLERS)[number];
const DENY = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

const ALL: Caller[] = [...CALLERS];
const SIGNED_IN: Caller[] = CALLERS.filter((c) => c !== 'anon');
const STUDENTS: Caller[] = ['studentA', 'studentB'];
const UNI_A: Caller[] = ['coordA', 'adminA'];
const COMPANY_X: Caller[] = ['hostX', 'adminX'];
const STAFF: Caller[] = ['coordA', 'adminA', 'hostX', 'adminX', 'adminY'];
const ADMINS: Caller[] = ['adminA', 'adminX', 'adminY'];

interface Fixture {
  m: Market;
  offerX: string;
  slotX: string;
  draftX: string;
  matchOfferX: string;
  appA: string;
  bookingA: string;
  requestA: string;
  roundX: string;
  webhookX: string;
  deliveryX: string;
  programA: string;
}

type Vars = (f: Fixture, caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;
interface Entry {
  allow: Caller[];
  vars?: Vars;
}

const future = (days: number) => new Date(Date.now() + days * 86400000).toISOString();

const MATRIX: Record<string, Entry> = {
  // queries
  application: { allow: ['studentA', ...UNI_A, ...COMPANY_X, 'platform'], vars: (f) => ({ id: f.appA }) },
  applications: { allow: [...UNI_A, ...COMPANY_X, 'platform'], vars: (f) => ({ offerId: f.offerX }) },
  booking: { allow: [...UNI_A, ...COMPANY_X, 'platform'], vars: (f) => ({ id: f.bookingA }) },
  bookings: { allow: [...STAFF, 'platform'] },
  facilities: { allow: [...COMPANY_X, 'adminY'] },
  matchRound: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.roundX }) },
  matchRounds: { allow: [...UNI_A, ...COMPANY_X, 'adminY'] },
  me: { allow: SIGNED_IN },
  myApplications: { allow: STUDENTS },
  notificationPreferences: { allow: SIGNED_IN },
  notifications: { allow: SIGNED_IN },
  offer: { allow: SIGNED_IN, vars: (f) => ({ id: f.offerX }) },
  offers: { allow: SIGNED_IN },
  organization: { allow: ALL, vars: (f) => ({ id: f.m.companyX.organizationId }) },
  organizations: { allow: ALL },
  partnerRequest: { allow: [...STAFF, 'platform'], vars: (f) => ({ id: f.requestA }) },
  partnerRequests: { allow: [...STAFF, 'platform'] },
  programs: { allow: ALL, vars: (f) => ({ universityId: f.m.uniA.organizationId }) },
  recommendedOffers: { allow: UNI_A, vars: (f) => ({ requestId: f.requestA }) },
  recommendedRequests: { allow: COMPANY_X, vars: (f) => ({ offerId: f.offerX }) },
  topics: { allow: ALL },
  webhookDeliveries: { allow: ADMINS },
  webhooks: { allow: ADMINS },
  // mutations
  acceptInvitation: { allow: ALL, vars: () => ({ input: { token: 'x'.repeat(43), password: PASSWORD } }) },
  acceptOffer: { allow: ['studentA'], vars: (f) => ({ id: f.appA }) },
  applyToOffer: { allow: STUDENTS, vars: (f) => ({ input: { offerId: f.offerX, motivation: 'Matrix', rank: 3 } }) },
  cancelBooking: { allow: [...UNI_A, ...COMPANY_X, 'platform'], vars: (f) => ({ id: f.bookingA }) },
  closeOffer: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.draftX }) },
  confirmBooking: { allow: COMPANY_X, vars: (f) => ({ id: f.bookingA }) },
  createFacility: {
    allow: [...COMPANY_X, 'adminY'],
    vars: () => ({
      input: {
        name: 'Matrix lab',
        kind: 'QC_LAB',
        address: 'x',
        city: 'Basel',
        country: 'CH',
        latitude: 47.5,
        longitude: 7.6,
      },
    }),
  },
  createMatchRound: { allow: COMPANY_X, vars: (f) => ({ input: { offerIds: [f.matchOfferX] } }) },
  createOffer: {
    allow: COMPANY_X,
    vars: (f) => ({
      input: {
        facilityId: f.m.facilityX,
        kind: 'SITE_VISIT',
        title: 'Matrix offer',
        eligibleLevels: ['MSC'],
        applicationDeadline: future(5),
        slots: [{ startsAt: future(10), endsAt: future(11), capacity: 2 }],
      },
    }),
  },
  createPartnerRequest: {
    allow: UNI_A,
    vars: (f) => ({
      input: {
        programId: f.programA,
        kind: 'SITE_VISIT',
        headcount: 3,
        windowStart: '2027-01-01',
        windowEnd: '2027-02-01',
        maxDistanceKm: 100,
      },
    }),
  },
  createProgram: {
    allow: UNI_A,
    vars: () => ({
      input: { name: 'Matrix MSc', level: 'MSC', cohortSize: 5, termStart: '2027-01-01', termEnd: '2027-12-31' },
    }),
  },
  declineBooking: { allow: COMPANY_X, vars: (f) => ({ id: f.bookingA }) },
  declineOffer: { allow: ['studentA'], vars: (f) => ({ id: f.appA }) },
  inviteMember: {
    allow: ADMINS,
    vars: () => ({ input: { email: `${uniq('inv')}@example.org`, fullName: 'Invited' } }),
  },
  login: { allow: ALL, vars: () => ({ input: { email: 'admin@practicum.local', password: 'practicum-admin-2026' } }) },
  logout: { allow: ALL },
  requestPasswordReset: { allow: ALL, vars: () => ({ input: { email: 'nobody@practicum.example' } }) },
  resetPassword: { allow: ALL, vars: () => ({ input: { token: 'x'.repeat(43), newPassword: PASSWORD } }) },
  makeOffer: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.appA }) },
  markNotificationsRead: { allow: SIGNED_IN, vars: () => ({ ids: [] }) },
  publishMatchRound: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.roundX }) },
  publishOffer: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.offerX }) },
  rankApplicant: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.appA, rank: 1 }) },
  rankMyApplications: { allow: ['studentA'], vars: (f) => ({ applicationIds: [f.appA] }) },
  registerOrganization: {
    allow: ALL,
    vars: () => ({
      input: {
        name: uniq('Matrix org'),
        kind: 'COMPANY',
        admin: { email: `${uniq('reg')}@example.org`, fullName: 'R', password: PASSWORD },
      },
    }),
  },
  registerStudent: {
    allow: ALL,
    vars: (f) => ({
      input: {
        universityId: f.m.uniA.organizationId,
        programId: f.programA,
        email: `${uniq('st')}@example.org`,
        fullName: 'S',
        password: PASSWORD,
      },
    }),
  },
  registerWebhook: {
    allow: ADMINS,
    vars: () => ({ input: { url: 'https://hooks.example.org/practicum', events: [WEBHOOK_EVENTS[0]] } }),
  },
  rejectApplication: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.appA }) },
  removeMember: { allow: ['adminA'], vars: (f) => ({ id: f.m.studentA.id }) },
  removeWebhook: { allow: ['adminX'], vars: (f) => ({ id: f.webhookX }) },
  requestBooking: { allow: UNI_A, vars: (f) => ({ input: { slotId: f.slotX, programId: f.programA, headcount: 2 } }) },
  rerunMatchRound: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.roundX }) },
  retryWebhookDelivery: { allow: ['adminX'], vars: (f) => ({ id: f.deliveryX }) },
  shortlistApplication: { allow: [...COMPANY_X, 'platform'], vars: (f) => ({ id: f.appA }) },
  updateFacility: { allow: COMPANY_X, vars: (f) => ({ id: f.m.facilityX, input: { name: 'Renamed by matrix' } }) },
  updateNotificationPreferences: { allow: SIGNED_IN, vars: () => ({ preferences: [] }) },
  updateOffer: {
    allow: [...COMPANY_X, 'platform'],
    vars: (f) => ({ id: f.offerX, input: { title: 'Updated by matrix' } }),
  },
  verifyOrganization: { allow: ['platform'], vars: (f) => ({ id: f.m.companyY.organizationId }) },
  withdrawApplication: { allow: ['studentA'], vars: (f) => ({ id: f.appA }) },
};

/** Operations that change what later operations see run last, in this order. */
const LAST = ['removeWebhook', 'removeMember'];

function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): string {
  const used = field.args.filter((a) => a.name in variables || (isNonNullType(a.type) && a.defaultValue === undefined));
  const params = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = (field.type as { ofType?: unknown }).ofType ?? field.type;
  let inner = named as { ofType?: unknown; getFields?: unknown };
  while (inner.ofType) inner = inner.ofType;
  const selection = inner.getFields ? ' { __typename }' : '';
  return `${kind}${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const operations = (['query', 'mutation'] as const).flatMap((kind) => {
  const type = (kind === 'query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
  return Object.values(type.getFields()).map((field) => ({ kind, field }));
});
operations.sort((a, b) => LAST.indexOf(a.field.name) - LAST.indexOf(b.field.name));

describe('permission matrix (e2e)', () => {
  let api: TestApi;
  let f: Fixture;
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    api = await startApi();
    const db = api.app.get(DataSource);
    const auth = api.app.get(AuthService);
    const m = await buildMarket(api);
    const staff = async (organizationId: string) => {
      const member = await db.getRepository(Member).save({
        email: `${uniq('staff')}@example.org`,
        fullName: 'Staff',
        role: MemberRole.COORDINATOR,
        status: MemberStatus.ACTIVE,
        organizationId,
        programId: null,
      });
      return (await auth.issueToken(member)).accessToken;
    };
    Object.assign(tokens, {
      studentA: m.studentA.token,
      studentB: m.studentB.token,
      coordA: await staff(m.uniA.organizationId),
      adminA: m.uniA.token,
      hostX: await staff(m.companyX.organizationId),
      adminX: m.companyX.token,
      adminY: m.companyY.token,
      platform: await loginPlatformAdmin(api),
    });
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [50],
      virtualTwin: { format: 'LIVE_STREAM', joinUrl: 'https://live.example/x' },
    });
    const draft = await createOffer(api, m.companyX.token, m.facilityX, { publish: false });
    const matchOffer = await createOffer(api, m.companyX.token, m.facilityX, { allocation: 'MATCH_ROUND' });
    const must = (res: { data?: any; errors?: unknown }) => {
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    const appA = must(
      await api.gql(
        `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
        { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
        m.studentA.token,
      ),
    ).applyToOffer.id;
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 hour' WHERE id = $1`, [matchOffer.id]);
    const bookingA = must(
      await api.gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 3 } },
        m.uniA.token,
      ),
    ).requestBooking.id;
    const requestA = must(
      await api.gql(
        `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id } }`,
        {
          input: {
            programId: m.programA,
            kind: 'SITE_VISIT',
            headcount: 3,
            windowStart: '2027-01-01',
            windowEnd: '2027-03-01',
            maxDistanceKm: 500,
          },
        },
        m.uniA.token,
      ),
    ).createPartnerRequest.id;
    const roundX = must(
      await api.gql(
        `mutation($input: CreateMatchRoundInput!) { createMatchRound(input: $input) { id } }`,
        { input: { offerIds: [matchOffer.id] } },
        m.companyX.token,
      ),
    ).createMatchRound.id;
    const webhookX = must(
      await api.gql(
        `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } } }`,
        { input: { url: 'https://hooks.example.org/x', events: [WEBHOOK_EVENTS[0]] } },
        m.companyX.token,
      ),
    ).registerWebhook.endpoint.id;
    const [{ id: deliveryX }] = await db.query(
      `INSERT INTO notification_delivery ("eventKey", type, channel, "recipientKey", "webhookEndpointId", "organizationId", content, status)
       VALUES ($1, 'matrix', 'WEBHOOK', $2, $2, $3, '{}'::jsonb, 'SENT') RETURNING id`,
      [uniq('matrix-event'), webhookX, m.companyX.organizationId],
    );
    f = {
      m,
      offerX: offer.id,
      slotX: offer.slotIds[0],
      draftX: draft.id,
      matchOfferX: matchOffer.id,
      appA,
      bookingA,
      requestA,
      roundX,
      webhookX,
      deliveryX,
      programA: m.programA,
    };
  });
  afterAll(() => api.close());

  it('has an entry for every operation in the committed schema', () => {
    const missing = operations.map((o) => o.field.name).filter((name) => !MATRIX[name]);
    expect(missing).toEqual([]);
    const stale = Object.keys(MATRIX).filter((name) => !operations.some((o) => o.field.name === name));
    expect(stale).toEqual([]);
  });

  it.each(operations.map((o) => [o.field.name, o] as const))(
    '%s answers each caller as the rules say',
    async (name, { kind, field }) => {
      const entry = MATRIX[name];
      if (!entry) throw new Error(`${name} has no entry in the permission matrix`);
      const wrong: string[] = [];
      const callers = [...CALLERS].sort((a, b) => Number(entry.allow.includes(a)) - Number(entry.allow.includes(b)));
      for (const caller of callers) {
        const variables = entry.vars ? await entry.vars(f, caller) : {};
        const res = await api.gql(documentFor(kind, field, variables), variables, tokens[caller]);
        const code = res.errors?.[0]?.extensions?.code;
        const denied = !!code && DENY.includes(code);
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED')
          wrong.push(`${caller}: ${code} ${res.errors![0].message}`);
        else if (entry.allow.includes(caller) === denied)
          wrong.push(
            `${caller}: expected ${entry.allow.includes(caller) ? 'allowed' : 'denied'}, got ${code ?? 'data'} ${res.errors?.[0]?.message ?? ''}`,
          );
      }
      expect(wrong).toEqual([]);
    },
  );
});
