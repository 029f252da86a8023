import { buildMarket, codeOf, createFacility, createOffer, inDays, Market, registerStudent } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource } from 'typeorm';

const OFFER = `query($id: ID!) { offer(id: $id) { id title status company { name } facility { city } slots { id capacity taken free } virtualTwin { format capacity taken joinUrl } } }`;
const OFFERS = `query($filter: OfferFilterInput, $first: Int, $after: String, $sort: OfferSort) {
  offers(filter: $filter, first: $first, after: $after, sort: $sort) { edges { cursor distanceKm node { id title } } pageInfo { hasNextPage endCursor } } }`;
const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id status rank } }`;
const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status holdsSeat } }`;

describe('marketplace (e2e)', () => {
  let api: TestApi;
  let m: Market;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    m = await buildMarket(api);
  });
  afterAll(() => api.close());

  const ids = (res: any) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.offers.edges.map((e: any) => e.node.id);
  };

  it('keeps drafts, unverified companies and ineligible levels away from students', async () => {
    const draft = await createOffer(api, m.companyX.token, m.facilityX, { publish: false });
    expect(codeOf(await api.gql(OFFER, { id: draft.id }, m.studentA.token))).toBe('NOT_FOUND');
    expect((await api.gql(OFFER, { id: draft.id }, m.companyX.token)).data.offer.status).toBe('DRAFT');
    expect(codeOf(await api.gql(OFFER, { id: draft.id }, m.companyY.token))).toBe('NOT_FOUND');

    const published = await createOffer(api, m.companyX.token, m.facilityX, { eligibleLevels: ['MSC'] });
    expect((await api.gql(OFFER, { id: published.id }, m.studentA.token)).data.offer.id).toBe(published.id);
    expect(codeOf(await api.gql(OFFER, { id: published.id }, m.bscStudentA.token))).toBe('NOT_FOUND');
    const list = await api.gql(OFFERS, { first: 100 }, m.bscStudentA.token);
    expect(ids(list)).not.toContain(published.id);

    const { registerOrganization } = await import('@practicum/testing');
    const ghost = await registerOrganization(api, 'COMPANY');
    const ghostFacility = await createFacility(api, ghost.token);
    const ghostOffer = await createOffer(api, ghost.token, ghostFacility);
    expect(codeOf(await api.gql(OFFER, { id: ghostOffer.id }, m.studentA.token))).toBe('NOT_FOUND');
    expect(ids(await api.gql(OFFERS, { first: 100 }, m.studentA.token))).not.toContain(ghostOffer.id);
  });

  it('searches with full text, topics, distance, twin and kind, in cursor pages', async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const leipzig = await createFacility(api, m.companyX.token, {
      latitude: 51.3225,
      longitude: 12.3925,
      city: 'Leipzig',
      country: 'DE',
    });
    const a = await createOffer(api, m.companyX.token, m.facilityX, {
      title: `Lentiviral vector ${tag} manufacturing`,
      topics: ['LENTIVIRAL_VECTORS'],
      virtualTwin: { format: 'LIVE_STREAM', joinUrl: 'https://stream.example/a' },
    });
    const b = await createOffer(api, m.companyX.token, leipzig, {
      title: `Fill-finish ${tag} tour`,
      topics: ['FILL_FINISH'],
      kind: 'INTERNSHIP',
    });
    const c = await createOffer(api, m.companyX.token, m.facilityX, {
      title: `QC lab ${tag} day`,
      description: `We test lentiviral ${tag} lots`,
      topics: ['QC_QA'],
    });

    const text = await api.gql(OFFERS, { filter: { text: `lentiviral ${tag}` }, first: 10 }, m.studentA.token);
    expect(ids(text).sort()).toEqual([a.id, c.id].sort());
    expect(
      ids(await api.gql(OFFERS, { filter: { text: tag, topics: ['FILL_FINISH'] }, first: 10 }, m.studentA.token)),
    ).toEqual([b.id]);
    expect(
      ids(await api.gql(OFFERS, { filter: { text: tag, hasVirtualTwin: true }, first: 10 }, m.studentA.token)),
    ).toEqual([a.id]);
    expect(
      ids(await api.gql(OFFERS, { filter: { text: tag, kind: 'INTERNSHIP' }, first: 10 }, m.studentA.token)),
    ).toEqual([b.id]);

    const stockholm = { latitude: 59.3293, longitude: 18.0686 };
    const near = await api.gql(
      OFFERS,
      { filter: { text: tag, near: { ...stockholm, radiusKm: 100 } }, sort: 'DISTANCE', first: 10 },
      m.studentA.token,
    );
    expect(ids(near).sort()).toEqual([a.id, c.id].sort());
    expect(near.data.offers.edges[0].distanceKm).toBeGreaterThan(10);
    expect(near.data.offers.edges[0].distanceKm).toBeLessThan(20);
    const far = await api.gql(
      OFFERS,
      { filter: { text: tag, near: stockholm }, sort: 'DISTANCE', first: 10 },
      m.studentA.token,
    );
    expect(ids(far).at(-1)).toBe(b.id);
    expect(far.data.offers.edges.at(-1).distanceKm).toBeGreaterThan(800);

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = await api.gql(OFFERS, { filter: { text: tag }, first: 1, after }, m.studentA.token);
      seen.push(...ids(page));
      after = page.data.offers.pageInfo.endCursor;
      expect(page.data.offers.pageInfo.hasNextPage).toBe(i < 2);
    }
    expect(seen.sort()).toEqual([a.id, b.id, c.id].sort());
    expect(codeOf(await api.gql(OFFERS, { first: 1, after: 'bogus' }, m.studentA.token))).toBe('BAD_USER_INPUT');
    const tooLarge = await api.gql(`query { offers(first: 101) { edges { cursor } } }`, {}, m.studentA.token);
    expect(codeOf(tooLarge)).toBe('BAD_USER_INPUT');
    expect(tooLarge.errors![0].extensions!.fields).toHaveProperty('first');
  });

  it('walks an application through its lifecycle with history, and refuses illegal moves', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [2] });
    const applied = await api.gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'I run <b>CAR-T</b> QC', rank: 1 } },
      m.studentA.token,
    );
    const id = applied.data.applyToOffer.id;
    expect(applied.data.applyToOffer.status).toBe('SUBMITTED');
    const again = await api.gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'again', rank: 1 } },
      m.studentA.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('ALREADY_APPLIED');

    const accepted = await api.gql(step('acceptOffer'), { id }, m.studentA.token);
    expect(codeOf(accepted)).toBe('INVALID_TRANSITION');
    expect(accepted.errors![0].extensions).toMatchObject({
      reason: 'INVALID_TRANSITION',
      entity: 'Application',
      from: 'SUBMITTED',
      to: 'ACCEPTED',
    });
    expect(
      (await api.gql(`query($id: ID!) { application(id: $id) { status } }`, { id }, m.studentA.token)).data.application
        .status,
    ).toBe('SUBMITTED');

    const applicants = await api.gql(
      `query($offerId: ID) { applications(offerId: $offerId) { edges { node { id motivation student { fullName } } } } }`,
      { offerId: offer.id },
      m.companyX.token,
    );
    expect(applicants.errors).toBeUndefined();
    expect(applicants.data.applications.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect(applicants.data.applications.edges[0].node.motivation).toBe('I run <b>CAR-T</b> QC');
    expect(
      codeOf(
        await api.gql(
          `query($offerId: ID) { applications(offerId: $offerId) { edges { node { id } } } }`,
          { offerId: offer.id },
          m.companyY.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await api.gql(`query { applications { edges { node { id } } } }`, {}, m.companyY.token)
      ).data.applications.edges.map((e: any) => e.node.id),
    ).not.toContain(id);
    expect(codeOf(await api.gql(step('shortlistApplication'), { id }, m.companyY.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(`query($id: ID!) { application(id: $id) { id } }`, { id }, m.studentB.token))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.gql(`query { applications { edges { node { id } } } }`, {}, m.studentA.token))).toBe(
      'FORBIDDEN',
    );
    const uniView = await api.gql(`query { applications(first: 100) { edges { node { id } } } }`, {}, m.uniA.token);
    expect(uniView.data.applications.edges.map((e: any) => e.node.id)).toContain(id);
    const otherUni = await api.gql(`query { applications(first: 100) { edges { node { id } } } }`, {}, m.uniB.token);
    expect(otherUni.data.applications.edges.map((e: any) => e.node.id)).not.toContain(id);

    expect(
      (await api.gql(step('shortlistApplication'), { id }, m.companyX.token)).data.shortlistApplication.status,
    ).toBe('SHORTLISTED');
    expect((await api.gql(step('makeOffer'), { id }, m.companyX.token)).data.makeOffer.status).toBe('OFFERED');
    const done = await api.gql(step('acceptOffer'), { id }, m.studentA.token);
    expect(done.data.acceptOffer).toMatchObject({ status: 'ACCEPTED', holdsSeat: true });
    // The list loads student, program and history with the page; they match the single application's (loaded one by one).
    const DETAIL = `student { id fullName email program { id name level } } history { fromStatus toStatus at note }`;
    const listed = await api.gql(
      `query($offerId: ID) { applications(offerId: $offerId) { edges { node { id ${DETAIL} } } } }`,
      { offerId: offer.id },
      m.companyX.token,
    );
    const single = await api.gql(`query($id: ID!) { application(id: $id) { id ${DETAIL} } }`, { id }, m.companyX.token);
    expect(listed.data.applications.edges[0].node).toEqual(single.data.application);
    expect(single.data.application.history.map((h: any) => h.toStatus)).toEqual([
      'SUBMITTED',
      'SHORTLISTED',
      'OFFERED',
      'ACCEPTED',
    ]);
    expect(single.data.application.student.program.id).toBe(m.programA);
    const mine = await api.gql(
      `{ myApplications(first: 100) { edges { node { id ${DETAIL} } } } }`,
      {},
      m.studentA.token,
    );
    expect(mine.data.myApplications.edges.find((e: any) => e.node.id === id).node).toEqual(single.data.application);
    expect((await api.gql(OFFER, { id: offer.id }, m.companyX.token)).data.offer.slots[0]).toMatchObject({
      capacity: 2,
      taken: 1,
      free: 1,
    });

    const history = await api.gql(
      `query($id: ID!) { application(id: $id) { history { fromStatus toStatus actorId at } } }`,
      { id },
      m.studentA.token,
    );
    expect(history.data.application.history.map((h: any) => h.toStatus)).toEqual([
      'SUBMITTED',
      'SHORTLISTED',
      'OFFERED',
      'ACCEPTED',
    ]);
    expect(history.data.application.history[1].actorId).toBe(m.companyX.memberId);

    expect(
      (await api.gql(step('withdrawApplication'), { id }, m.studentA.token)).data.withdrawApplication,
    ).toMatchObject({ status: 'WITHDRAWN', holdsSeat: false });
    expect((await api.gql(OFFER, { id: offer.id }, m.companyX.token)).data.offer.slots[0].taken).toBe(0);
    expect(codeOf(await api.gql(step('withdrawApplication'), { id }, m.studentA.token))).toBe('INVALID_TRANSITION');
  });

  it('lets capacity grow, and shrink only down to what is taken', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [3] });
    const app = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, m.studentA.token);
    await api.gql(step('makeOffer'), { id: app.data.applyToOffer.id }, m.companyX.token);
    await api.gql(step('acceptOffer'), { id: app.data.applyToOffer.id }, m.studentA.token);
    const UPDATE = `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { slots { capacity taken } } }`;
    const slotId = offer.slotIds[0];
    expect(
      codeOf(
        await api.gql(UPDATE, { id: offer.id, input: { slotCapacities: [{ slotId, capacity: 0 }] } }, m.companyX.token),
      ),
    ).toBe('BAD_USER_INPUT');
    const grown = await api.gql(
      UPDATE,
      { id: offer.id, input: { slotCapacities: [{ slotId, capacity: 6 }] } },
      m.companyX.token,
    );
    expect(grown.data.updateOffer.slots[0]).toEqual({ capacity: 6, taken: 1 });
    expect(
      (await api.gql(UPDATE, { id: offer.id, input: { slotCapacities: [{ slotId, capacity: 1 }] } }, m.companyX.token))
        .data.updateOffer.slots[0].capacity,
    ).toBe(1);
    const notOwner = await api.gql(UPDATE, { id: offer.id, input: { title: 'Hijacked' } }, m.companyY.token);
    expect(codeOf(notOwner)).toBe('NOT_FOUND');
    const [{ taken }] = await db.query(`SELECT taken FROM offer_slot WHERE id = $1`, [slotId]);
    expect(taken).toBe(1);
    await db.query(`UPDATE offer_slot SET capacity = 1 WHERE id = $1`, [slotId]);
    const shrink = await api.gql(
      UPDATE,
      { id: offer.id, input: { title: 'Renamed', slotCapacities: [{ slotId, capacity: 1 }] } },
      m.companyX.token,
    );
    expect(shrink.errors).toBeUndefined();
  });

  it('refuses a shrink below the seats taken with CONFLICT and changes nothing', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [2], title: 'Shrink test' });
    for (const s of [m.studentA, await registerStudent(api, m.uniA.organizationId, m.programA)]) {
      const app = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, s.token);
      await api.gql(step('makeOffer'), { id: app.data.applyToOffer.id }, m.companyX.token);
      await api.gql(step('acceptOffer'), { id: app.data.applyToOffer.id }, s.token);
    }
    const res = await api.gql(
      `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { title } }`,
      {
        id: offer.id,
        input: { title: 'Should not stick', slotCapacities: [{ slotId: offer.slotIds[0], capacity: 1 }] },
      },
      m.companyX.token,
    );
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions!.reason).toBe('SLOT_CAPACITY_BELOW_TAKEN');
    const [row] = await db.query(
      `SELECT o.title, s.capacity, s.taken FROM offer o JOIN offer_slot s ON s."offerId" = o.id WHERE o.id = $1`,
      [offer.id],
    );
    expect(row).toEqual({ title: 'Shrink test', capacity: 2, taken: 2 });
  });

  it('keeps match-round seats for the round', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { allocation: 'MATCH_ROUND' });
    const app = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 2 } }, m.studentA.token);
    const offered = await api.gql(step('makeOffer'), { id: app.data.applyToOffer.id }, m.companyX.token);
    expect(codeOf(offered)).toBe('CONFLICT');
    expect(offered.errors![0].extensions!.reason).toBe('ALLOCATED_BY_MATCH_ROUND');
  });

  it('holds reserved seats for the priority group until the deadline', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [2],
      priorityGroup: { name: 'National ATMP research school', programIds: [m.programB], reservedSeats: 1 },
    });
    const others = [m.studentA, await registerStudent(api, m.uniA.organizationId, m.programA)];
    const results: string[] = [];
    for (const s of [...others, m.studentB]) {
      const app = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, s.token);
      await api.gql(step('makeOffer'), { id: app.data.applyToOffer.id }, m.companyX.token);
      results.push(
        (await api.gql(step('acceptOffer'), { id: app.data.applyToOffer.id }, s.token)).data.acceptOffer.status,
      );
    }
    expect(results).toEqual(['ACCEPTED', 'WAITLISTED', 'ACCEPTED']);
    const group = await api.gql(
      `query($id: ID!) { offer(id: $id) { priorityGroup { name reservedSeats programIds } } }`,
      { id: offer.id },
      m.studentA.token,
    );
    expect(group.data.offer.priorityGroup).toEqual({
      name: 'National ATMP research school',
      reservedSeats: 1,
      programIds: [m.programB],
    });
  });

  it('books a cohort: free seats onsite, the rest virtual, then waitlisted; cancelling frees them', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [4],
      virtualTwin: { format: 'VR_TOUR', capacity: 5, joinUrl: 'https://vr.example/tour' },
    });
    const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }`;
    const booked = await api.gql(
      BOOK,
      { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 12, note: 'MSc cohort 2027' } },
      m.uniA.token,
    );
    const id = booked.data.requestBooking.id;
    expect(booked.data.requestBooking.status).toBe('PROPOSED');
    expect(
      codeOf(
        await api.gql(BOOK, { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 3 } }, m.uniB.token),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await api.gql(
          BOOK,
          { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 3 } },
          m.companyX.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await api.gql(step('confirmBooking').replace('holdsSeat', 'headcount'), { id }, m.companyY.token)),
    ).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(step('confirmBooking').replace('holdsSeat', 'headcount'), { id }, m.uniA.token))).toBe(
      'FORBIDDEN',
    );

    const confirmed = await api.gql(
      `mutation($id: ID!) { confirmBooking(id: $id) { status onsiteSeats virtualSeats waitlistedSeats history { toStatus note } } }`,
      { id },
      m.companyX.token,
    );
    expect(confirmed.data.confirmBooking).toMatchObject({
      status: 'CONFIRMED',
      onsiteSeats: 4,
      virtualSeats: 5,
      waitlistedSeats: 3,
    });
    expect(confirmed.data.confirmBooking.history.at(-1).note).toBe('4 onsite, 5 virtual, 3 waitlisted');
    const seen = await api.gql(OFFER, { id: offer.id }, m.companyX.token);
    expect(seen.data.offer.slots[0].taken).toBe(4);
    expect(seen.data.offer.virtualTwin).toMatchObject({ taken: 5, joinUrl: 'https://vr.example/tour' });
    expect((await api.gql(OFFER, { id: offer.id }, m.studentA.token)).data.offer.virtualTwin.joinUrl).toBeNull();
    // The same through the search page, whose relations arrive preloaded: the join link stays the company's.
    const CARDS = `{ offers(first: 10, sort: NEWEST) { edges { node { id slots { taken free } virtualTwin { taken joinUrl } } } } }`;
    const card = async (token: string) =>
      (await api.gql(CARDS, {}, token)).data.offers.edges.map((e: any) => e.node).find((n: any) => n.id === offer.id);
    expect(await card(m.companyX.token)).toMatchObject({
      slots: [{ taken: 4, free: 0 }],
      virtualTwin: { taken: 5, joinUrl: 'https://vr.example/tour' },
    });
    expect(await card(m.studentA.token)).toMatchObject({
      slots: [{ taken: 4, free: 0 }],
      virtualTwin: { taken: 5, joinUrl: null },
    });
    expect((await card(m.uniA.token)).virtualTwin).toEqual({ taken: 5, joinUrl: null });

    const list = await api.gql(`query { bookings(first: 100) { edges { node { id } } } }`, {}, m.uniA.token);
    expect(list.data.bookings.edges.map((e: any) => e.node.id)).toContain(id);
    expect(
      (
        await api.gql(`query { bookings(first: 100) { edges { node { id } } } }`, {}, m.uniB.token)
      ).data.bookings.edges.map((e: any) => e.node.id),
    ).not.toContain(id);
    expect(codeOf(await api.gql(`query { bookings { edges { node { id } } } }`, {}, m.studentA.token))).toBe(
      'FORBIDDEN',
    );

    expect(
      codeOf(await api.gql(`mutation($id: ID!) { declineBooking(id: $id) { status } }`, { id }, m.companyX.token)),
    ).toBe('INVALID_TRANSITION');
    const cancelled = await api.gql(
      `mutation($id: ID!) { cancelBooking(id: $id, note: "Exam moved") { status } }`,
      { id },
      m.uniA.token,
    );
    expect(cancelled.data.cancelBooking.status).toBe('CANCELLED');
    const after = await api.gql(OFFER, { id: offer.id }, m.companyX.token);
    expect(after.data.offer.slots[0].taken).toBe(0);
    expect(after.data.offer.virtualTwin.taken).toBe(0);
  });

  it('gives exactly the free seats to hundreds of simultaneous accepts, with no error', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [3] });
    const students = await Promise.all(
      Array.from({ length: 40 }, () => registerStudent(api, m.uniA.organizationId, m.programA)),
    );
    const apps: string[] = [];
    for (const s of students) {
      const app = await api.gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, s.token);
      apps.push(app.data.applyToOffer.id);
      await api.gql(step('makeOffer'), { id: app.data.applyToOffer.id }, m.companyX.token);
    }
    const results = await Promise.all(students.map((s, i) => api.gql(step('acceptOffer'), { id: apps[i] }, s.token)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data.acceptOffer.status);
    expect(statuses.filter((s) => s === 'ACCEPTED')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(37);
    const [{ taken }] = await db.query(`SELECT taken FROM offer_slot WHERE id = $1`, [offer.slotIds[0]]);
    expect(taken).toBe(3);
  });

  it('splits simultaneous booking confirmations exactly between onsite, virtual and waitlist', async () => {
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      capacities: [5],
      virtualTwin: { format: 'LIVE_STREAM', capacity: 6, joinUrl: 'https://stream.example/x' },
    });
    const bookings = await Promise.all(
      Array.from({ length: 100 }, () =>
        api.gql(
          `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
          { input: { slotId: offer.slotIds[0], programId: m.programA, headcount: 2 } },
          m.uniA.token,
        ),
      ),
    );
    const results = await Promise.all(
      bookings.map((b) =>
        api.gql(
          `mutation($id: ID!) { confirmBooking(id: $id) { onsiteSeats virtualSeats waitlistedSeats } }`,
          { id: b.data.requestBooking.id },
          m.companyX.token,
        ),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const sum = (k: string) => results.reduce((n, r) => n + r.data.confirmBooking[k], 0);
    expect([sum('onsiteSeats'), sum('virtualSeats'), sum('waitlistedSeats')]).toEqual([5, 6, 189]);
  });

  it('lets universities ask for partners; companies see open asks; students do not', async () => {
    const CREATE = `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id status program { name } } }`;
    const input = {
      programId: m.programA,
      kind: 'SITE_VISIT',
      topics: ['GMP', 'QC_QA'],
      headcount: 20,
      windowStart: '2027-03-01',
      windowEnd: '2027-04-30',
      maxDistanceKm: 500,
      virtualAcceptable: true,
    };
    const created = await api.gql(CREATE, { input }, m.uniA.token);
    expect(created.data.createPartnerRequest.status).toBe('OPEN');
    expect(codeOf(await api.gql(CREATE, { input: { ...input, windowEnd: '2027-01-01' } }, m.uniA.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await api.gql(CREATE, { input }, m.uniB.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(CREATE, { input }, m.companyX.token))).toBe('FORBIDDEN');
    const LIST = `query { partnerRequests(first: 100) { edges { node { id university { name } } } } }`;
    expect((await api.gql(LIST, {}, m.companyX.token)).data.partnerRequests.edges.map((e: any) => e.node.id)).toContain(
      created.data.createPartnerRequest.id,
    );
    expect((await api.gql(LIST, {}, m.uniB.token)).data.partnerRequests.edges.map((e: any) => e.node.id)).not.toContain(
      created.data.createPartnerRequest.id,
    );
    expect(codeOf(await api.gql(LIST, {}, m.studentA.token))).toBe('FORBIDDEN');
  });

  it('validates offers: end before start, slots before the deadline, foreign facilities', async () => {
    const CREATE = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`;
    const base = {
      facilityId: m.facilityX,
      kind: 'SITE_VISIT',
      title: 'Bad',
      eligibleLevels: ['MSC'],
      applicationDeadline: inDays(5),
      slots: [{ startsAt: inDays(10, 15), endsAt: inDays(10, 9), capacity: 3 }],
    };
    const endBeforeStart = await api.gql(CREATE, { input: base }, m.companyX.token);
    expect(endBeforeStart.errors![0].extensions!.fields).toHaveProperty(['slots.0.endsAt']);
    const beforeDeadline = await api.gql(
      CREATE,
      { input: { ...base, slots: [{ startsAt: inDays(1), endsAt: inDays(1, 15), capacity: 3 }] } },
      m.companyX.token,
    );
    expect(beforeDeadline.errors![0].extensions!.fields).toHaveProperty(['slots.0.startsAt']);
    const foreign = await api.gql(
      CREATE,
      { input: { ...base, slots: [{ startsAt: inDays(10), endsAt: inDays(10, 15), capacity: 3 }] } },
      m.companyY.token,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const negative = await api.gql(
      CREATE,
      { input: { ...base, slots: [{ startsAt: inDays(10), endsAt: inDays(10, 15), capacity: -1 }] } },
      m.companyX.token,
    );
    expect(negative.errors![0].extensions!.fields).toHaveProperty(['slots.0.capacity']);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM offer WHERE title = 'Bad'`);
    expect(n).toBe(0);
  });

  it('resolves a page of offers with a constant number of SQL statements', async () => {
    for (let i = 0; i < 12; i++) {
      await createOffer(api, m.companyY.token, await createFacility(api, m.companyY.token), {
        capacities: [2, 3],
        virtualTwin: { format: 'SELF_PACED', joinUrl: 'https://learn.example/x' },
      });
    }
    const Q = `query($first: Int) { offers(first: $first) { edges { node { id company { name } facility { city } slots { capacity free } virtualTwin { format } } } } }`;
    const count = async (first: number) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${m.studentA.token}` },
        body: JSON.stringify({ query: Q, variables: { first } }),
      });
      const body = (await res.json()) as any;
      expect(body.data.offers.edges).toHaveLength(first);
      return Number(res.headers.get('x-sql-statements'));
    };
    const small = await count(2);
    const large = await count(12);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('pages through rows created in the same millisecond without skipping any', async () => {
    const { registerOrganization, verify, createProgram } = await import('@practicum/testing');
    const uni = await registerOrganization(api, 'UNIVERSITY');
    await verify(api, uni.organizationId);
    const programId = await createProgram(api, uni.token);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await api.gql(
        `mutation($input: CreatePartnerRequestInput!) { createPartnerRequest(input: $input) { id } }`,
        {
          input: {
            programId,
            kind: 'SITE_VISIT',
            headcount: 2,
            windowStart: '2027-01-01',
            windowEnd: '2027-02-01',
            maxDistanceKm: 50,
          },
        },
        uni.token,
      );
      ids.push(res.data.createPartnerRequest.id);
    }
    await db.query(
      `UPDATE partner_request SET "createdAt" = '2030-01-01T00:00:00.000001Z'::timestamptz + (array_position($1::uuid[], id) * interval '1 microsecond') WHERE id = ANY($1)`,
      [ids],
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.gql(
        `query($after: String) { partnerRequests(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        uni.token,
      );
      seen.push(...page.data.partnerRequests.edges.map((e: any) => e.node.id));
      after = page.data.partnerRequests.pageInfo.hasNextPage ? page.data.partnerRequests.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...ids].reverse());
  });
});
