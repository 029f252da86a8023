import { INestApplicationContext } from '@nestjs/common';
import { buildMarket, codeOf, createOffer, Market, registerStudent } from '@practicum/testing';
import { startApi, startWorker, TestApi } from './support/apps';
import { DataSource } from 'typeorm';

const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`;
const RANK = `mutation($id: ID!, $rank: Int!) { rankApplicant(id: $id, rank: $rank) { id companyRank } }`;
const ROUND = `query($id: ID!) { matchRound(id: $id) { id status runStatus progress seed runs results { applicationId studentId offerId choice outcome explanation } } }`;

describe('matching in the product (e2e)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let m: Market;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
    await db.query(`UPDATE outbox_event SET "relayedAt" = now() WHERE "relayedAt" IS NULL`);
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const waitForRun = async (id: string, token: string) => {
    for (let i = 0; i < 200; i++) {
      const res = await api.gql(ROUND, { id }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      if (['DONE', 'FAILED'].includes(res.data.matchRound.runStatus)) return res.data.matchRound;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the round did not finish');
  };

  it('recommends offers for a partner request and requests for an offer, explained and deterministic', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      title: 'GMP and QC/QA cleanroom visit',
      topics: ['GMP', 'QC_QA', 'ASEPTIC_PROCESSING'],
    });
    const request = await api.gql(
      `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id } }`,
      {
        input: {
          programId: m.programA,
          kind: 'SITE_VISIT',
          topics: ['GMP', 'QC_QA', 'CLOSED_BIOREACTORS', 'REGULATORY'],
          headcount: 6,
          windowStart: new Date().toISOString().slice(0, 10),
          windowEnd: new Date(Date.now() + 120 * 86400000).toISOString().slice(0, 10),
          maxDistanceKm: 3000,
          virtualAcceptable: true,
        },
      },
      m.uniA.token,
    );
    const requestId = request.data.createPartnerRequest.id;
    const Q = `query($requestId: ID!) { recommendedOffers(requestId: $requestId, first: 50) { offerId score eligible factors { factor weight value hard passed reason } offer { title } } }`;
    const first = await api.gql(Q, { requestId }, m.uniA.token);
    expect(first.errors).toBeUndefined();
    const mine = first.data.recommendedOffers.find((r: any) => r.offerId === offer.id);
    expect(mine.eligible).toBe(true);
    expect(mine.score).toBeGreaterThan(0);
    expect(mine.score).toBeLessThanOrEqual(100);
    expect(mine.factors.find((f: any) => f.factor === 'topics').reason).toMatch(/covers 2 of 4 requested topics/);
    const again = await api.gql(Q, { requestId }, m.uniA.token);
    expect(again.data.recommendedOffers.map((r: any) => r.offerId)).toEqual(
      first.data.recommendedOffers.map((r: any) => r.offerId),
    );
    const scores = first.data.recommendedOffers.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    expect(codeOf(await api.gql(Q, { requestId }, m.uniB.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(Q, { requestId }, m.studentA.token))).toBe('FORBIDDEN');
    const back = await api.gql(
      `query($offerId: ID!) { recommendedRequests(offerId: $offerId) { requestId score request { headcount } } }`,
      { offerId: offer.id },
      m.companyX.token,
    );
    expect(back.data.recommendedRequests.map((r: any) => r.requestId)).toContain(requestId);
    expect(
      codeOf(
        await api.gql(
          `query($offerId: ID!) { recommendedRequests(offerId: $offerId) { score } }`,
          { offerId: offer.id },
          m.companyY.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('runs a match round in the worker, explains it, re-runs it and publishes it', async () => {
    const a = await createOffer(api, m.companyX.token, m.facilityX, {
      title: 'QC internship A',
      kind: 'INTERNSHIP',
      allocation: 'MATCH_ROUND',
      capacities: [1],
      virtualTwin: { format: 'SELF_PACED', capacity: 5, joinUrl: 'https://learn.example/qc' },
    });
    const b = await createOffer(api, m.companyX.token, m.facilityX, {
      title: 'PD internship B',
      kind: 'INTERNSHIP',
      allocation: 'MATCH_ROUND',
      capacities: [1],
    });
    const [s1, s2, s3] = await Promise.all(
      [1, 2, 3].map(() => registerStudent(api, m.uniA.organizationId, m.programA)),
    );
    const apply = async (s: { token: string }, offerId: string, rank: number) =>
      (await api.gql(APPLY, { input: { offerId, motivation: 'm', rank } }, s.token)).data.applyToOffer.id;
    const s1a = await apply(s1, a.id, 1);
    const s1b = await apply(s1, b.id, 2);
    const s2a = await apply(s2, a.id, 1);
    const s3a = await apply(s3, a.id, 1);
    const s3b = await apply(s3, b.id, 2);
    for (const [id, rank] of [
      [s2a, 1],
      [s1a, 2],
      [s3a, 3],
      [s3b, 1],
      [s1b, 2],
    ] as const)
      await api.gql(RANK, { id, rank }, m.companyX.token);

    const CREATE = `mutation($input: CreateMatchRoundInput!) { createMatchRound(input: $input) { id status runStatus seed } }`;
    const early = await api.gql(CREATE, { input: { offerIds: [a.id, b.id] } }, m.companyX.token);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.reason).toBe('DEADLINE_NOT_PASSED');
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 hour' WHERE id = ANY($1)`, [
      [a.id, b.id],
    ]);
    expect(codeOf(await api.gql(CREATE, { input: { offerIds: [a.id, b.id] } }, m.companyY.token))).toBe('NOT_FOUND');

    const created = await api.gql(CREATE, { input: { offerIds: [a.id, b.id], seed: 42 } }, m.companyX.token);
    expect(created.data.createMatchRound).toMatchObject({ status: 'DRAFT', runStatus: 'QUEUED', seed: 42 });
    const id = created.data.createMatchRound.id;
    const round = await waitForRun(id, m.companyX.token);
    expect(round).toMatchObject({ runStatus: 'DONE', progress: 100, runs: 1 });
    const line = (appId: string) => round.results.find((l: any) => l.applicationId === appId);
    expect(line(s2a)).toMatchObject({ outcome: 'MATCHED', choice: 1, explanation: 'Placed at your 1st choice' });
    expect(line(s3b)).toMatchObject({ outcome: 'MATCHED', choice: 2 });
    expect(line(s3b).explanation).toBe(
      'Placed at your 2nd choice; your 1st choice "QC internship A" filled with applicants it ranked higher',
    );
    expect(line(s3a).outcome).toBe('UNMATCHED');
    expect(line(s1a).outcome).toBe('UNMATCHED');
    expect(line(s1b).outcome).toBe('UNMATCHED');
    expect(codeOf(await api.gql(ROUND, { id }, m.companyY.token))).toBe('NOT_FOUND');

    const rerun = await api.gql(
      `mutation($id: ID!) { rerunMatchRound(id: $id) { runStatus } }`,
      { id },
      m.companyX.token,
    );
    expect(rerun.data.rerunMatchRound.runStatus).toBe('QUEUED');
    const second = await waitForRun(id, m.companyX.token);
    expect(second.runs).toBe(2);
    expect(second.results).toEqual(round.results);

    const published = await api.gql(
      `mutation($id: ID!) { publishMatchRound(id: $id) { status publishedAt } }`,
      { id },
      m.companyX.token,
    );
    expect(published.data.publishMatchRound.status).toBe('PUBLISHED');
    const statusOf = async (appId: string) =>
      (
        await db.query(
          `SELECT status, "holdsSeat", "holdsVirtualSeat", "matchExplanation" FROM application WHERE id = $1`,
          [appId],
        )
      )[0];
    expect(await statusOf(s2a)).toMatchObject({ status: 'OFFERED', holdsSeat: true });
    expect(await statusOf(s3b)).toMatchObject({ status: 'OFFERED', holdsSeat: true });
    expect(await statusOf(s3a)).toMatchObject({ status: 'WAITLISTED' });
    expect(await statusOf(s1a)).toMatchObject({ status: 'VIRTUAL', holdsVirtualSeat: true });
    expect(await statusOf(s1b)).toMatchObject({ status: 'WAITLISTED' });
    const twin = await db.query(`SELECT taken FROM virtual_twin WHERE "offerId" = $1`, [a.id]);
    expect(twin.map((t: { taken: number }) => t.taken)).toEqual([1]);
    const roundHistory = await db.query(
      `SELECT "subjectType", "fromStatus", "toStatus" FROM status_change WHERE "subjectId" = $1`,
      [id],
    );
    expect(roundHistory).toEqual([{ subjectType: 'MATCH_ROUND', fromStatus: 'DRAFT', toStatus: 'PUBLISHED' }]);

    const mine = await api.gql(`{ myApplications { edges { node { id status matchExplanation } } } }`, {}, s3.token);
    expect(mine.data.myApplications.edges.find((e: any) => e.node.id === s3b).node.matchExplanation).toMatch(
      /^Placed at your 2nd choice/,
    );
    const accepted = await api.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { status holdsSeat } }`,
      { id: s2a },
      s2.token,
    );
    expect(accepted.data.acceptOffer).toEqual({ status: 'ACCEPTED', holdsSeat: true });
    const [{ taken }] = await db.query(`SELECT taken FROM offer_slot WHERE id = $1`, [a.slotIds[0]]);
    expect(taken).toBe(1);
    expect(
      codeOf(await api.gql(`mutation($id: ID!) { publishMatchRound(id: $id) { status } }`, { id }, m.companyX.token)),
    ).toBe('INVALID_TRANSITION');
    expect(
      codeOf(await api.gql(`mutation($id: ID!) { rerunMatchRound(id: $id) { status } }`, { id }, m.companyX.token)),
    ).toBe('INVALID_TRANSITION');
  });

  it('splits a named cohort by a recorded lottery or the university order, and reports an unmet onsite minimum', async () => {
    const programId = (
      await api.gql(
        `mutation { createProgram(input: { name: "MSc with practice", level: MSC, cohortSize: 6, termStart: "2027-01-01", termEnd: "2027-12-31", minimumOnsiteShare: 0.5 }) { id } }`,
        {},
        m.uniA.token,
      )
    ).data.createProgram.id;
    const students = await Promise.all(
      Array.from({ length: 6 }, () => registerStudent(api, m.uniA.organizationId, programId)),
    );
    const ids = students.map((s) => s.id);
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [2, 6],
      virtualTwin: { format: 'VR_TOUR', capacity: 10, joinUrl: 'https://vr.example/t' },
    });
    const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id headcount studentIds } }`;
    const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { onsiteSeats virtualSeats waitlistedSeats split { onsite virtual waitlisted rule seed onsiteShare minimumOnsiteShare minimumMet message } history { note } } }`;

    const lottery = await api.gql(
      BOOK,
      { input: { slotId: offer.slotIds[0], programId, studentIds: ids, splitRule: 'LOTTERY' } },
      m.uniA.token,
    );
    expect(lottery.data.requestBooking).toMatchObject({ headcount: 6, studentIds: ids });
    const confirmed = (await api.gql(CONFIRM, { id: lottery.data.requestBooking.id }, m.companyX.token)).data
      .confirmBooking;
    expect(confirmed).toMatchObject({ onsiteSeats: 2, virtualSeats: 4, waitlistedSeats: 0 });
    expect(confirmed.split.onsite).toHaveLength(2);
    expect([...confirmed.split.onsite, ...confirmed.split.virtual].sort()).toEqual([...ids].sort());
    expect(confirmed.split).toMatchObject({ rule: 'LOTTERY', minimumOnsiteShare: 0.5, minimumMet: false });
    expect(typeof confirmed.split.seed).toBe('number');
    expect(confirmed.split.message).toMatch(/Only 33% of the cohort can be onsite; the program asks for at least 50%/);
    expect(confirmed.history.at(-1).note).toMatch(/2 onsite, 4 virtual, 0 waitlisted\. Only 33%/);

    const priority = await api.gql(
      BOOK,
      { input: { slotId: offer.slotIds[1], programId, studentIds: ids.slice(0, 4) } },
      m.uniA.token,
    );
    const ok = (await api.gql(CONFIRM, { id: priority.data.requestBooking.id }, m.companyX.token)).data.confirmBooking;
    expect(ok.split).toMatchObject({
      onsite: ids.slice(0, 4),
      virtual: [],
      rule: 'PRIORITY',
      minimumMet: true,
      message: null,
    });

    const stranger = await registerStudent(api, m.uniA.organizationId, m.programA);
    const wrong = await api.gql(
      BOOK,
      { input: { slotId: offer.slotIds[1], programId, studentIds: [ids[0], stranger.id] } },
      m.uniA.token,
    );
    expect(wrong.errors![0].extensions!.fields).toHaveProperty('studentIds');
    const twice = await api.gql(
      BOOK,
      { input: { slotId: offer.slotIds[1], programId, studentIds: [ids[0], ids[0]] } },
      m.uniA.token,
    );
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
  });

  it("leaves a round over a company's offers to that company: universities read only their own students' published outcome", async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      title: 'ATMP school placement',
      kind: 'INTERNSHIP',
      allocation: 'MATCH_ROUND',
      capacities: [1],
      priorityGroup: { name: 'UCL MSc cohort', programIds: [m.programA], reservedSeats: 1 },
    });
    const a = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, m.studentA.token);
    const b = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, m.studentB.token);
    await api.gql(RANK, { id: a.data.applyToOffer.id, rank: 2 }, m.companyX.token);
    await api.gql(RANK, { id: b.data.applyToOffer.id, rank: 1 }, m.companyX.token);
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 hour' WHERE id = $1`, [offer.id]);
    const CREATE = `mutation($input: CreateMatchRoundInput!) { createMatchRound(input: $input) { id companyId } }`;
    expect(codeOf(await api.gql(CREATE, { input: { offerIds: [offer.id] } }, m.uniA.token))).toBe('FORBIDDEN');
    const created = await api.gql(CREATE, { input: { offerIds: [offer.id] } }, m.companyX.token);
    const id = created.data.createMatchRound.id;
    const done = await waitForRun(id, m.companyX.token);
    expect(done.results).toHaveLength(2);
    for (const uni of [m.uniA, m.uniB]) {
      expect(codeOf(await api.gql(ROUND, { id }, uni.token))).toBe('NOT_FOUND');
      expect(
        codeOf(await api.gql(`mutation($id: ID!) { rerunMatchRound(id: $id, seed: 7) { id } }`, { id }, uni.token)),
      ).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(`mutation($id: ID!) { publishMatchRound(id: $id) { id } }`, { id }, uni.token))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await api.gql(`{ matchRounds { id } }`, {}, uni.token)).data.matchRounds.map((r: { id: string }) => r.id),
      ).not.toContain(id);
    }
    expect(
      (await api.gql(`mutation($id: ID!) { publishMatchRound(id: $id) { status } }`, { id }, m.companyX.token)).data
        .publishMatchRound.status,
    ).toBe('PUBLISHED');

    const LINES = `query($id: ID!) { matchRound(id: $id) { id results { studentId companyRank outcome } } }`;
    const seenByA = await api.gql(LINES, { id }, m.uniA.token);
    expect(seenByA.data.matchRound.results).toEqual([
      { studentId: m.studentA.id, companyRank: null, outcome: expect.any(String) },
    ]);
    const seenByB = await api.gql(LINES, { id }, m.uniB.token);
    expect(seenByB.data.matchRound.results).toEqual([
      { studentId: m.studentB.id, companyRank: null, outcome: expect.any(String) },
    ]);
    const listed = await api.gql(`{ matchRounds { id results { studentId companyRank } } }`, {}, m.uniA.token);
    expect(listed.data.matchRounds.find((r: { id: string }) => r.id === id).results).toEqual([
      { studentId: m.studentA.id, companyRank: null },
    ]);
    const full = await api.gql(LINES, { id }, m.companyX.token);
    expect(full.data.matchRound.results.map((l: { companyRank: number }) => l.companyRank)).toEqual([1, 2]);

    const APP = `query($id: ID!) { application(id: $id) { companyRank } }`;
    expect((await api.gql(APP, { id: a.data.applyToOffer.id }, m.uniA.token)).data.application.companyRank).toBeNull();
    expect(
      (await api.gql(APP, { id: a.data.applyToOffer.id }, m.studentA.token)).data.application.companyRank,
    ).toBeNull();
    expect((await api.gql(APP, { id: a.data.applyToOffer.id }, m.companyX.token)).data.application.companyRank).toBe(2);
  });
});
