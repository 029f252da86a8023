import { ActorCache } from '@practicum/core';
import { buildMarket, eventually, Market, registerStudent } from '@practicum/testing';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '../src/graphql/change-feed';
import { startApi, TestApi } from './support/apps';

const ME = `{ me { id role } }`;

/** The sign-in rows the API keeps between requests, and how every change reaches them. */
describe('actor cache (e2e)', () => {
  let api: TestApi;
  let ds: DataSource;
  let market: Market;
  let cache: ActorCache;

  /** `me` with the token (on `url`'s API), and the statements the request ran (x-sql-statements). */
  async function me(token: string, url = api.url): Promise<{ code: unknown; role?: string; statements: number }> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ME }),
    });
    const body = (await res.json()) as { data?: { me: { role: string } }; errors?: { extensions: { code: string } }[] };
    return {
      code: body.errors?.[0]?.extensions.code,
      role: body.data?.me.role,
      statements: Number(res.headers.get('x-sql-statements')),
    };
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    cache = api.app.get(ActorCache);
    market = await buildMarket(api);
    await eventually(() => cache.live, 5000, 'the change feed to listen');
  });
  afterAll(() => api.close());

  it('checks a token it has seen without reading the member again', async () => {
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    const first = await me(student.token);
    const second = await me(student.token);
    expect(first.code).toBeUndefined();
    expect(second.code).toBeUndefined();
    expect(second.statements).toBe(first.statements - 1);
  });

  it('refuses a member removed behind its back (psql, another process) as soon as the change is announced', async () => {
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    await me(student.token);
    await me(student.token);
    await ds.query(`UPDATE member SET status = 'REMOVED' WHERE id = $1`, [student.id]);
    // Without the notification the cached row would keep answering for ever.
    await eventually(async () => (await me(student.token)).code === 'UNAUTHENTICATED', 2000, 'the refusal');
  });

  it("sees a change to the member's organization or program (kind, level) once announced", async () => {
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    // Until the row is kept (the notification of the registration itself may still be on its way).
    const cached = async () => (await me(student.token)).code === undefined && cache.size > 0;
    await eventually(cached, 2000, 'the row to be kept');
    await ds.query(`UPDATE organization SET verified = verified WHERE id = $1`, [market.uniA.organizationId]);
    await eventually(() => cache.size === 0, 2000, 'the cache to be emptied by an organization change');
    await eventually(cached, 2000, 'the row to be kept again');
    await ds.query(`UPDATE program SET level = level WHERE id = $1`, [market.programA]);
    await eventually(() => cache.size === 0, 2000, 'the cache to be emptied by a program change');
  });

  it('is emptied before the answer to a mutation of its own that wrote a member', async () => {
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    await me(student.token);
    const removed = await api.gql(
      `mutation($id: ID!) { removeMember(id: $id) { status } }`,
      { id: student.id },
      market.uniA.token,
    );
    expect(removed.data.removeMember.status).toBe('REMOVED');
    // No waiting: the next request is refused.
    expect((await me(student.token)).code).toBe('UNAUTHENTICATED');
  });

  it('is off while the change feed is lost: every request reads the member', async () => {
    const feed = api.app.get(ChangeFeed);
    const student = await registerStudent(api, market.uniA.organizationId, market.programA);
    await me(student.token);
    await ds.query(`SELECT pg_terminate_backend($1)`, [feed.backendPid]);
    await eventually(() => !cache.live, 2000, 'the cache to turn off');
    const during = [await me(student.token), await me(student.token)];
    expect(during[1].statements).toBe(during[0].statements);
    // Nobody is told of this change (the feed is down): refused at once all the same.
    await ds.query(`UPDATE member SET status = 'REMOVED' WHERE id = $1`, [student.id]);
    expect((await me(student.token)).code).toBe('UNAUTHENTICATED');
    await eventually(() => cache.live, 5000, 'the feed to listen again');
  });

  it('with ACTOR_CACHE_ENTRIES=0 reads the member on every request', async () => {
    const plain = await startApi({ ACTOR_CACHE_ENTRIES: '0' });
    try {
      await eventually(() => plain.app.get(ChangeFeed).backendPid, 5000, 'the listing feed');
      expect(plain.app.get(ChangeFeed).channels).toEqual(['listing_changed']);
      const ask = async () => (await me(market.studentA.token, plain.url)).statements;
      const [a, b] = [await ask(), await ask()];
      expect(a).toBeGreaterThan(0);
      expect(b).toBe(a);
    } finally {
      await plain.close();
    }
  });
});
