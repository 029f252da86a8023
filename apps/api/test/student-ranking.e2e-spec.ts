import type { INestApplicationContext } from '@nestjs/common';
import { buildMarket, createOffer, GqlResult } from '@practicum/testing';
import { startApi, startWorker, TestApi } from './support/apps';

const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id rank } }`;
const RANK = `mutation($ids: [ID!]!) { rankMyApplications(applicationIds: $ids) { id rank } }`;
const MINE = `{ myApplications(first: 20) { edges { node { id rank } } } }`;

describe('a student saves a new order of choices (e2e)', () => {
  let api: TestApi;
  let market: Awaited<ReturnType<typeof buildMarket>>;
  const ids: string[] = [];

  const must = <T = any>(res: GqlResult<T>): T => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const ranks = async (token: string) => {
    const data = must(await api.gql(MINE, {}, token));
    return (data.myApplications.edges as { node: { id: string; rank: number } }[]).map((e) => [
      ids.indexOf(e.node.id),
      e.node.rank,
    ]);
  };

  beforeAll(async () => {
    api = await startApi();
    market = await buildMarket(api);
    for (let i = 0; i < 3; i++) {
      const offer = await createOffer(api, market.companyX.token, market.facilityX);
      ids.push(
        must(
          await api.gql(
            APPLY,
            { input: { offerId: offer.id, motivation: `choice ${i + 1}`, rank: i + 1 } },
            market.studentA.token,
          ),
        ).applyToOffer.id,
      );
    }
  });
  afterAll(() => api.close());

  it('gives the listed applications ranks 1..n and the others follow in their old order', async () => {
    const answer = must(await api.gql(RANK, { ids: [ids[2]] }, market.studentA.token));
    expect(answer.rankMyApplications).toEqual([{ id: ids[2], rank: 1 }]);
    expect(await ranks(market.studentA.token)).toEqual([
      [2, 1],
      [0, 2],
      [1, 3],
    ]);
    must(await api.gql(RANK, { ids: [ids[1], ids[0], ids[2]] }, market.studentA.token));
    expect(await ranks(market.studentA.token)).toEqual([
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
  });

  it("refuses another student's application, a repeated id and an empty list", async () => {
    const other = await api.gql(RANK, { ids: [ids[0]] }, market.studentB.token);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const twice = await api.gql(RANK, { ids: [ids[0], ids[0]] }, market.studentA.token);
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await api.gql(RANK, { ids: [] }, market.studentA.token);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await ranks(market.studentA.token)).toEqual([
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
  });
});

describe('the join link of a virtual place (e2e)', () => {
  let api: TestApi;
  let market: Awaited<ReturnType<typeof buildMarket>>;
  const JOIN = 'https://live.example/join-ranking-spec';
  const Q = `query($id: ID!) { application(id: $id) { id status joinUrl } }`;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startApi();
    // The worker places an overflowing acceptance in the virtual twin.
    worker = await startWorker();
    market = await buildMarket(api);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('is given to the student placed virtually, and to nobody else', async () => {
    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [1],
      virtualTwin: { format: 'LIVE_STREAM', joinUrl: JOIN },
    });
    const apply = async (token: string) => {
      const res = await api.gql(
        `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
        { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
        token,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.applyToOffer.id as string;
    };
    const first = await apply(market.studentA.token);
    const second = await apply(market.studentB.token);
    for (const id of [first, second]) {
      const offered = await api.gql(`mutation($id: ID!) { makeOffer(id: $id) { id } }`, { id }, market.companyX.token);
      expect(offered.errors).toBeUndefined();
    }
    expect(
      (await api.gql(`mutation($id: ID!) { acceptOffer(id: $id) { status } }`, { id: first }, market.studentA.token))
        .data.acceptOffer.status,
    ).toBe('ACCEPTED');
    const late = await api.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { status joinUrl } }`,
      { id: second },
      market.studentB.token,
    );
    expect(late.data.acceptOffer).toEqual({ status: 'WAITLISTED', joinUrl: null });
    let mine = (await api.gql(Q, { id: second }, market.studentB.token)).data.application;
    for (let i = 0; i < 100 && mine.status !== 'VIRTUAL'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      mine = (await api.gql(Q, { id: second }, market.studentB.token)).data.application;
    }
    expect(mine).toEqual({ id: second, status: 'VIRTUAL', joinUrl: JOIN });
    // The onsite student, the company and the student's university see no join link.
    expect((await api.gql(Q, { id: first }, market.studentA.token)).data.application.joinUrl).toBeNull();
    expect((await api.gql(Q, { id: second }, market.companyX.token)).data.application.joinUrl).toBeNull();
    expect((await api.gql(Q, { id: second }, market.uniB.token)).data.application.joinUrl).toBeNull();
  });
});
