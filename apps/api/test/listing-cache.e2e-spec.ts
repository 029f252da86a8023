import { buildMarket, createOffer, Market, registerStudent, uniq } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '../src/graphql/change-feed';
import { ListingCache } from '../src/graphql/listing-cache';

const LISTING = `query Listing($filter: OfferFilterInput) {
  offers(first: 10, filter: $filter) {
    edges { node { id title eligibleLevels company { name } facility { city } slots { id capacity taken free } virtualTwin { format joinUrl } } }
  }
}`;

interface Listing {
  cache: string | null;
  status: number;
  body: {
    data?: {
      offers: {
        edges: {
          node: {
            id: string;
            title: string;
            slots: { taken: number }[];
            virtualTwin: { joinUrl: string | null } | null;
          };
        }[];
      };
    };
    errors?: { extensions?: { code?: string } }[];
  };
  titles: string[];
}

describe('listing cache (e2e)', () => {
  let api: TestApi;
  let ds: DataSource;
  let market: Market;
  let word: string;
  let msc: { id: string; slotIds: string[] };

  /** One listing request, raw, to read the x-listing-cache header. */
  async function listing(
    token: string,
    query = LISTING,
    filter: Record<string, unknown> = { text: word },
  ): Promise<Listing> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { filter } }),
    });
    const body = (await res.json()) as Listing['body'];
    return {
      cache: res.headers.get('x-listing-cache'),
      status: res.status,
      body,
      titles: (body.data?.offers.edges ?? []).map((e) => e.node.title).sort(),
    };
  }

  async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms (last: ${JSON.stringify(value)})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Asks until the answer comes from the cache: the notification of an earlier change may still be on its way. */
  const hit = (token: string) =>
    until(
      'an answer from the cache',
      () => listing(token),
      (l) => l.cache === 'hit',
      2000,
    );

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    market = await buildMarket(api);
    // A word of our own, so that the listings hold only this suite's offers.
    word = uniq('zebrafish').replace('-', '');
    const twin = { format: 'LIVE_STREAM', joinUrl: 'https://stream.example.org/secret-room' };
    msc = await createOffer(api, market.companyX.token, market.facilityX, {
      title: `MSc ${word} visit`,
      eligibleLevels: ['MSC'],
      virtualTwin: twin,
    });
    await createOffer(api, market.companyX.token, market.facilityX, {
      title: `BSc ${word} visit`,
      eligibleLevels: ['BSC'],
    });
    await until(
      'the change feed listens',
      async () => api.app.get(ListingCache).live,
      (live) => live,
    );
  });
  afterAll(() => api.close());

  it('answers the same listing again from the cache, separately for each study level and for university staff', async () => {
    const first = await listing(market.studentA.token);
    expect(first.cache).toBe('miss');
    expect(first.titles).toEqual([`MSc ${word} visit`]);
    const again = await hit(market.studentB.token); // another university, the same level
    expect(again.body).toEqual(first.body);
    // The join link stays hidden in what is shared.
    expect(again.body.data!.offers.edges[0].node.virtualTwin).toEqual({ format: 'LIVE_STREAM', joinUrl: null });

    const bscFirst = await listing(market.bscStudentA.token);
    expect(bscFirst.cache).toBe('miss');
    expect(bscFirst.titles).toEqual([`BSc ${word} visit`]);
    await hit(market.bscStudentA.token);

    const staff = await listing(market.uniA.token);
    expect(staff.cache).toBe('miss');
    expect(staff.titles).toEqual([`BSc ${word} visit`, `MSc ${word} visit`]);
    expect((await listing(market.uniB.token)).titles).toEqual(staff.titles);
  });

  it('never serves companies, nor operations that select a field outside the shared set', async () => {
    const own = await listing(market.companyX.token);
    expect(own.cache).toBeNull();
    expect(own.body.data!.offers.edges.find((e) => e.node.id === msc.id)!.node.virtualTwin!.joinUrl).toBe(
      'https://stream.example.org/secret-room',
    );
    const members = `query($filter: OfferFilterInput) { offers(first: 10, filter: $filter) { edges { node { id company { members { id } } } } } }`;
    const withMembers = await listing(market.studentA.token, members);
    expect(withMembers.cache).toBeNull();
    expect(withMembers.status).toBe(200);
  });

  it('shows a change made through this API on the very next listing', async () => {
    await hit(market.studentA.token);
    const renamed = await api.gql(
      `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { title } }`,
      { id: msc.id, input: { title: `MSc ${word} visit, renamed` } },
      market.companyX.token,
    );
    expect(renamed.errors).toBeUndefined();
    const next = await listing(market.studentA.token);
    expect(next.cache).toBe('miss');
    expect(next.titles).toEqual([`MSc ${word} visit, renamed`]);
  });

  it('keeps its pages across a mutation that writes no listing table (an application)', async () => {
    await hit(market.studentA.token);
    const applied = await api.gql(
      `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
      { input: { offerId: msc.id, motivation: 'Cleanrooms', rank: 1 } },
      market.studentA.token,
    );
    expect(applied.errors).toBeUndefined();
    expect((await listing(market.studentA.token)).cache).toBe('hit');
  });

  it('drops what it holds when another process changes a listing table (a worker, psql)', async () => {
    await hit(market.studentA.token);
    // Not through this API: only the table's trigger and NOTIFY can tell it.
    await ds.query(`UPDATE offer_slot SET taken = taken + 1 WHERE id = $1`, [msc.slotIds[0]]);
    const seen = await until(
      'the change reaches the listing',
      () => listing(market.studentA.token),
      (l) => l.body.data?.offers.edges[0]?.node.slots[0].taken === 1,
    );
    expect(seen.cache).toBe('miss');
    await ds.query(`UPDATE offer_slot SET taken = taken - 1 WHERE id = $1`, [msc.slotIds[0]]);
    await until(
      'the undo reaches the listing',
      () => listing(market.studentA.token),
      (l) => l.body.data?.offers.edges[0]?.node.slots[0].taken === 0,
    );
  });

  it('keeps its pages when a statement changes no row (the worker closes expired offers every minute, mostly none)', async () => {
    await hit(market.studentA.token);
    await ds.query(
      `UPDATE offer SET status = 'CLOSED' WHERE status = 'PUBLISHED' AND "applicationDeadline" <= now() - interval '100 years'`,
    );
    await ds.query(`DELETE FROM offer_slot WHERE false`);
    // Long enough for a notification to arrive (they take about a millisecond here).
    await new Promise((r) => setTimeout(r, 300));
    expect((await listing(market.studentA.token)).cache).toBe('hit');
  });

  it('checks the token of every request, hits included: a removed student is refused', async () => {
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    await hit(student.token);
    // Removed behind the API's back (the member table is not a listing table: the page stays cached).
    // The change is announced to the API's sign-in cache (actor-cache.e2e-spec): refused once it arrives.
    await ds.query(`UPDATE member SET status = 'REMOVED', "tokenVersion" = "tokenVersion" + 1 WHERE id = $1`, [
      student.id,
    ]);
    const refused = await until(
      'the removed student is refused',
      () => listing(student.token),
      (l) => l.status !== 200 || !!l.body.errors?.length,
      2000,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.body.data?.offers).toBeUndefined();
    await hit(market.studentB.token);
  });

  it('is off while the change feed is lost, and back on once it listens again', async () => {
    const feed = api.app.get(ChangeFeed);
    const cache = api.app.get(ListingCache);
    await hit(market.studentA.token);
    const pid = feed.backendPid;
    expect(pid).toEqual(expect.any(Number));
    await ds.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await until(
      'the cache turns off',
      async () => cache.live,
      (live) => !live,
      2000,
    );
    // A change nobody is told about: with the cache off the listing reads it at once.
    await ds.query(`UPDATE offer SET title = $2 WHERE id = $1`, [msc.id, `MSc ${word} visit, while the feed was down`]);
    const during = await listing(market.studentA.token);
    expect(during.titles).toEqual([`MSc ${word} visit, while the feed was down`]);
    // It reconnects by itself (on a new backend) and caches again.
    await until(
      'the feed listens again',
      async () => cache.live,
      (live) => live,
      5000,
    );
    expect(feed.backendPid).not.toBe(pid);
    expect((await hit(market.studentA.token)).titles).toEqual([`MSc ${word} visit, while the feed was down`]);
  });

  it('with LISTING_CACHE_ENTRIES=0 it is off and its channel is not listened to', async () => {
    const plain = await startApi({ LISTING_CACHE_ENTRIES: '0' });
    try {
      const res = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${market.studentA.token}` },
        body: JSON.stringify({ query: LISTING, variables: { filter: { text: word } } }),
      });
      expect(res.headers.get('x-listing-cache')).toBeNull();
      expect(plain.app.get(ChangeFeed).channels).toEqual(['actor_changed']);
    } finally {
      await plain.close();
    }
  });

  it('with both caches off (LISTING_CACHE_ENTRIES=0, ACTOR_CACHE_ENTRIES=0) it opens no feed', async () => {
    const plain = await startApi({ LISTING_CACHE_ENTRIES: '0', ACTOR_CACHE_ENTRIES: '0' });
    try {
      expect(plain.app.get(ChangeFeed).backendPid).toBeNull();
      expect(plain.app.get(ChangeFeed).channels).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
