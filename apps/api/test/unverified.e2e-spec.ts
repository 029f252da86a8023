import {
  buildMarket,
  codeOf,
  createOffer,
  createProgram,
  GqlResult,
  loginPlatformAdmin,
  Market,
  registerOrganization,
  registerStudent,
  uniq,
} from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource } from 'typeorm';

const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`;
const PARTNER_REQUEST = `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`;
const PROGRAMS = `query($universityId: ID!) { programs(universityId: $universityId) { id } }`;

/** An organization the platform admin has not verified acts on nothing and is seen by nobody but its members and the admin. */
describe('unverified organizations (e2e)', () => {
  let api: TestApi;
  let db: DataSource;
  let m: Market;
  let offer: { id: string; slotIds: string[] };

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
    offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [10] });
  });
  afterAll(() => api.close());

  const refusedAsUnverified = (res: GqlResult) => {
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0].extensions!.reason).toBe('ORGANIZATION_UNVERIFIED');
  };

  it('books no seats, asks for no partner, applies nowhere, and so notifies no other organization; it is told why', async () => {
    const unverified = await registerOrganization(api, 'UNIVERSITY', uniq('Unverified U'));
    const programId = await createProgram(api, unverified.token, 'MSC');
    refusedAsUnverified(
      await api.gql(BOOK, { input: { slotId: offer.slotIds[0], programId, headcount: 3 } }, unverified.token),
    );
    const day = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
    refusedAsUnverified(
      await api.gql(
        PARTNER_REQUEST,
        {
          input: {
            programId,
            kind: 'SITE_VISIT',
            topics: ['GMP'],
            headcount: 3,
            windowStart: day(1),
            windowEnd: day(60),
            maxDistanceKm: 100,
            virtualAcceptable: true,
          },
        },
        unverified.token,
      ),
    );

    // A university verified once, whose verification is withdrawn: its students apply nowhere.
    const later = await registerOrganization(api, 'UNIVERSITY', uniq('Withdrawn V'));
    await db.query(`UPDATE organization SET verified = true WHERE id = $1`, [later.organizationId]);
    const student = await registerStudent(api, later.organizationId, await createProgram(api, later.token, 'MSC'));
    await db.query(`UPDATE organization SET verified = false WHERE id = $1`, [later.organizationId]);
    refusedAsUnverified(
      await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, student.token),
    );

    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox_event WHERE type IN ('booking.proposed', 'application.submitted') AND (payload->>'bookingId' IN (SELECT id::text FROM booking WHERE "universityId" = ANY($1)) OR payload->>'applicationId' IN (SELECT id::text FROM application WHERE "universityId" = ANY($1)))`,
      [[unverified.organizationId, later.organizationId]],
    );
    expect(count).toBe(0);
    const [{ bookings }] = await db.query(`SELECT count(*)::int AS bookings FROM booking WHERE "universityId" = $1`, [
      unverified.organizationId,
    ]);
    expect(bookings).toBe(0);
    const [{ requests }] = await db.query(
      `SELECT count(*)::int AS requests FROM partner_request WHERE "universityId" = $1`,
      [unverified.organizationId],
    );
    expect(requests).toBe(0);
  });

  it('hides an unverified university in programs(universityId) and in every nested organization field, but not from its members and the platform admin', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY', uniq('Hidden H'));
    await db.query(`UPDATE organization SET verified = true WHERE id = $1`, [uni.organizationId]);
    const programId = await createProgram(api, uni.token, 'MSC');
    const booking = (await api.gql(BOOK, { input: { slotId: offer.slotIds[0], programId, headcount: 2 } }, uni.token))
      .data.requestBooking;
    const student = await registerStudent(api, uni.organizationId, programId);
    await db.query(`UPDATE organization SET verified = false WHERE id = $1`, [uni.organizationId]);
    const admin = await loginPlatformAdmin(api);

    expect(codeOf(await api.gql(PROGRAMS, { universityId: uni.organizationId }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(PROGRAMS, { universityId: uni.organizationId }, m.studentA.token))).toBe('NOT_FOUND');
    expect((await api.gql(PROGRAMS, { universityId: uni.organizationId }, uni.token)).data.programs).toEqual([
      { id: programId },
    ]);
    expect((await api.gql(PROGRAMS, { universityId: uni.organizationId }, admin)).data.programs).toEqual([
      { id: programId },
    ]);
    expect((await api.gql(PROGRAMS, { universityId: m.uniA.organizationId })).data.programs.length).toBeGreaterThan(0);

    const BOOKING = `query($id: ID!) { booking(id: $id) { id university { id } program { university { id } } } }`;
    const seenByCompany = await api.gql(BOOKING, { id: booking.id }, m.companyX.token);
    expect(seenByCompany.errors).toBeUndefined();
    expect(seenByCompany.data.booking).toEqual({ id: booking.id, university: null, program: { university: null } });
    for (const token of [uni.token, admin]) {
      expect((await api.gql(BOOKING, { id: booking.id }, token)).data.booking.university).toEqual({
        id: uni.organizationId,
      });
    }
    const me = await api.gql(`{ me { organization { id } program { university { id } } } }`, {}, student.token);
    expect(me.data.me).toEqual({
      organization: { id: uni.organizationId },
      program: { university: { id: uni.organizationId } },
    });
  });
});
