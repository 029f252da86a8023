import { randomUUID } from 'node:crypto';
import { buildMarket, codeOf, createOffer, Market } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';

const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`;

/** Not-found is one code everywhere: a hidden thing and an unknown one answer alike. */
describe('not found is NOT_FOUND everywhere (e2e)', () => {
  let api: TestApi;
  let m: Market;

  beforeAll(async () => {
    api = await startApi();
    m = await buildMarket(api);
  });
  afterAll(async () => {
    await api.close();
  });

  it('requestBooking on an unknown session is NOT_FOUND, like applyToOffer on an unknown offer', async () => {
    expect(
      codeOf(
        await api.gql(REQUEST, { input: { slotId: randomUUID(), programId: m.programA, headcount: 2 } }, m.uniA.token),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await api.gql(APPLY, { input: { offerId: randomUUID(), motivation: 'GMP', rank: 1 } }, m.studentA.token)),
    ).toBe('NOT_FOUND');
  });

  it('requestBooking on a session of a hidden (draft) offer is NOT_FOUND with the same message as an unknown one, like applyToOffer', async () => {
    const draft = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [3], publish: false });
    const hidden = await api.gql(
      REQUEST,
      { input: { slotId: draft.slotIds[0], programId: m.programA, headcount: 2 } },
      m.uniA.token,
    );
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe(`Session ${draft.slotIds[0]} was not found`);
    expect(
      codeOf(await api.gql(APPLY, { input: { offerId: draft.id, motivation: 'GMP', rank: 1 } }, m.studentA.token)),
    ).toBe('NOT_FOUND');
    // A visible session still books.
    const open = await createOffer(api, m.companyX.token, m.facilityX, { capacities: [3] });
    const booked = await api.gql(
      REQUEST,
      { input: { slotId: open.slotIds[0], programId: m.programA, headcount: 2 } },
      m.uniA.token,
    );
    expect(booked.errors).toBeUndefined();
  });
});
