import { buildMarket, createOffer, createProgram, Market, registerStudent } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Concurrent writes on one offer: accepts, withdrawals, booking confirmations and cancellations,
 * and capacity and twin resizes all at once. Every transaction takes its locks in one order
 * (docs/marketplace.md) and a deadlock or serialization failure is retried, so no client gets an
 * internal error, and the seat counters stay exactly the sum of the seats the rows hold.
 */
describe('concurrent writes on one offer (e2e)', () => {
  let api: TestApi;
  let db: DataSource;
  let m: Market;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
  }, 180_000);
  afterAll(() => api.close());

  const gql = (query: string, variables: Record<string, unknown>, token: string) => api.gql(query, variables, token);
  const must = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`;
  const MAKE_OFFER = `mutation($id: ID!) { makeOffer(id: $id) { id } }`;
  const ACCEPT = `mutation($id: ID!) { acceptOffer(id: $id) { id status } }`;
  const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { id status } }`;
  const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`;
  const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { id status } }`;
  const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { id } }`;

  it('80 mixed operations at once: no internal error, no deadlock surfaced, exact seat counts', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [8, 8],
      virtualTwin: { format: 'LIVE_STREAM', capacity: 12, joinUrl: 'https://stream.example/x' },
      deadlineDays: 20,
    });
    const students = [];
    for (let i = 0; i < 30; i += 6)
      students.push(
        ...(await Promise.all(
          Array.from({ length: 6 }, () => registerStudent(api, m.uniA.organizationId, m.programA)),
        )),
      );
    // 30 applications offered by the company; 10 of them accepted now (they will withdraw), 20 accept later.
    const applications: { id: string; token: string }[] = [];
    for (const [i, s] of students.entries()) {
      const { applyToOffer } = await must(
        APPLY,
        { input: { offerId: offer.id, slotId: offer.slotIds[i % 2], motivation: 'm', rank: 1 } },
        s.token,
      );
      await must(MAKE_OFFER, { id: applyToOffer.id }, m.companyX.token);
      applications.push({ id: applyToOffer.id, token: s.token });
    }
    const toWithdraw = applications.slice(0, 10);
    const toAccept = applications.slice(10);
    for (const a of toWithdraw) await must(ACCEPT, { id: a.id }, a.token);
    // 25 booking requests of 3 students each: 10 confirmed now (they will be cancelled), 15 confirmed later.
    const program = await createProgram(api, m.uniA.token, 'MSC');
    const bookings: string[] = [];
    for (let i = 0; i < 25; i++) {
      const { requestBooking } = await must(
        REQUEST,
        { input: { slotId: offer.slotIds[i % 2], programId: i % 3 ? m.programA : program, headcount: 3 } },
        m.uniA.token,
      );
      bookings.push(requestBooking.id);
    }
    const toCancel = bookings.slice(0, 10);
    const toConfirm = bookings.slice(10);
    for (const id of toCancel) await must(CONFIRM, { id }, m.companyX.token);

    const operations: (() => Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>)[] = [
      ...toAccept.map((a) => () => gql(ACCEPT, { id: a.id }, a.token)),
      ...toWithdraw.map((a) => () => gql(WITHDRAW, { id: a.id }, a.token)),
      ...toConfirm.map((id) => () => gql(CONFIRM, { id }, m.companyX.token)),
      ...toCancel.map((id) => () => gql(CANCEL, { id }, m.companyX.token)),
      ...Array.from({ length: 15 }, (_, i) => () => {
        const slotCapacities = offer.slotIds.map((slotId, j) => ({ slotId, capacity: 20 + ((i + j) % 5) }));
        return gql(
          UPDATE,
          { id: offer.id, input: { slotCapacities: i % 2 ? slotCapacities.reverse() : slotCapacities } },
          m.companyX.token,
        );
      }),
      ...Array.from(
        { length: 10 },
        (_, i) => () =>
          gql(
            UPDATE,
            {
              id: offer.id,
              input: {
                virtualTwin: { format: 'LIVE_STREAM', capacity: 40 + i, joinUrl: 'https://stream.example/x' },
                slotCapacities: [{ slotId: offer.slotIds[i % 2], capacity: 20 + i }],
              },
            },
            m.companyX.token,
          ),
      ),
    ];
    expect(operations).toHaveLength(80);
    const results = await Promise.all(operations.map((op) => op()));

    const errors = results.flatMap((r) => r.errors ?? []);
    expect(
      errors.filter(
        (e) =>
          e.extensions?.code === 'INTERNAL_SERVER_ERROR' ||
          !e.extensions?.code ||
          /deadlock|could not serialize/i.test(e.message),
      ),
    ).toEqual([]);
    // Accepts and confirmations always succeed here (a full slot waitlists or goes virtual, it does not fail).
    expect(errors).toEqual([]);

    const slots: {
      id: string;
      capacity: number;
      taken: number;
      takenPriority: number;
      held: number;
      heldPriority: number;
    }[] = await db.query(
      `SELECT s.id, s.capacity, s.taken, s."takenPriority",
              (SELECT count(*)::int FROM application a WHERE a."slotId" = s.id AND a."holdsSeat")
            + (SELECT coalesce(sum(b."onsiteSeats"), 0)::int FROM booking b WHERE b."slotId" = s.id AND b.status = 'CONFIRMED') AS held,
              (SELECT count(*)::int FROM application a WHERE a."slotId" = s.id AND a."holdsSeat" AND a."inPriorityGroup")
            + (SELECT coalesce(sum(b."onsiteSeats"), 0)::int FROM booking b WHERE b."slotId" = s.id AND b.status = 'CONFIRMED' AND b."inPriorityGroup") AS "heldPriority"
         FROM offer_slot s WHERE s."offerId" = $1`,
      [offer.id],
    );
    expect(slots).toHaveLength(2);
    for (const slot of slots) {
      expect(slot.taken).toBe(slot.held);
      expect(slot.takenPriority).toBe(slot.heldPriority);
      expect(slot.taken).toBeLessThanOrEqual(slot.capacity);
    }
    const [twin]: { capacity: number; taken: number; held: number }[] = await db.query(
      `SELECT t.capacity, t.taken,
              (SELECT count(*)::int FROM application a WHERE a."offerId" = t."offerId" AND a."holdsVirtualSeat")
            + (SELECT coalesce(sum(b."virtualSeats"), 0)::int FROM booking b WHERE b."offerId" = t."offerId" AND b.status = 'CONFIRMED') AS held
         FROM virtual_twin t WHERE t."offerId" = $1`,
      [offer.id],
    );
    expect(twin.taken).toBe(twin.held);
    expect(twin.taken).toBeLessThanOrEqual(twin.capacity);
    // Every operation did what it said: the withdrawn hold nothing, the confirmed and cancelled are so.
    const statuses: { status: string; n: number }[] = await db.query(
      `SELECT status, count(*)::int AS n FROM application WHERE "offerId" = $1 GROUP BY status ORDER BY status`,
      [offer.id],
    );
    expect(statuses.find((s) => s.status === 'WITHDRAWN')?.n).toBe(10);
    const bookingStatuses: { status: string; n: number }[] = await db.query(
      `SELECT status, count(*)::int AS n FROM booking WHERE "offerId" = $1 GROUP BY status ORDER BY status::text`,
      [offer.id],
    );
    expect(bookingStatuses).toEqual([
      { status: 'CANCELLED', n: 10 },
      { status: 'CONFIRMED', n: 15 },
    ]);
  }, 300_000);

  it('a resize and a seat move over two slots do not deadlock: slots are locked in ascending id order', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [4, 4], deadlineDays: 20 });
    const [low, high] = [...offer.slotIds].sort();
    // Another transaction (a waitlist rebalance, in the documented order) holds the lower slot...
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT 1 FROM offer_slot WHERE id = $1 FOR UPDATE`, [low]);
      // ...while the company resizes both, naming the higher slot first.
      const resize = gql(
        UPDATE,
        {
          id: offer.id,
          input: {
            slotCapacities: [
              { slotId: high, capacity: 6 },
              { slotId: low, capacity: 6 },
            ],
          },
        },
        m.companyX.token,
      );
      const waiting = async () =>
        Number(
          (
            await other.query(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
            )
          ).rows[0].n,
        );
      for (let i = 0; i < 200 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(1);
      // The other transaction goes on to the higher slot: taken out of order, this is a deadlock.
      await other.query(`SELECT 1 FROM offer_slot WHERE id = $1 FOR UPDATE`, [high]);
      await other.query('COMMIT');
      const res = await resize;
      expect(res.errors).toBeUndefined();
      const capacities = await db.query(`SELECT capacity FROM offer_slot WHERE "offerId" = $1`, [offer.id]);
      expect(capacities.map((c: { capacity: number }) => c.capacity)).toEqual([6, 6]);
    } finally {
      await other.end();
    }
  }, 120_000);
});
