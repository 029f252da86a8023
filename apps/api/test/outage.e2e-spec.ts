import { buildMarket, createOffer, login, Market, PASSWORD, startTcpProxy, TcpProxy } from '@practicum/testing';
import { ActorCache } from '@practicum/core';
import { startApi, TestApi } from './support/apps';

/**
 * PostgreSQL or Redis unreachable: the API answers SERVICE_UNAVAILABLE (HTTP 503, Retry-After)
 * where it needs the server, keeps serving what does not, and recovers by itself when the server
 * is back, without a restart. Each server is taken away from this API only, through a TCP proxy
 * of the test's own (the real servers keep running for every other test).
 */
describe('PostgreSQL or Redis unreachable (e2e)', () => {
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let api: TestApi;
  let m: Market;

  beforeAll(async () => {
    const database = new URL(process.env.DATABASE_URL!);
    const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    postgres = await startTcpProxy(Number(database.port || 5432), database.hostname);
    redis = await startTcpProxy(Number(redisUrl.port || 6379), redisUrl.hostname);
    database.port = String(postgres.port);
    redisUrl.port = String(redis.port);
    api = await startApi({ DATABASE_URL: database.toString(), REDIS_URL: redisUrl.toString() });
    m = await buildMarket(api);
    await createOffer(api, m.companyX.token, m.facilityX);
  }, 180_000);
  afterAll(async () => {
    await postgres?.restore();
    await redis?.restore();
    await api?.close();
    await postgres?.close();
    await redis?.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };
  const OFFERS = `{ offers { edges { node { id title } } } }`;
  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
  /** The first answer that passes `ok`, asking again while it does not (a pool reconnects on its next use). */
  const eventually = async <T>(ask: () => Promise<T>, ok: (value: T) => boolean): Promise<T> => {
    let last = await ask();
    for (let i = 0; i < 50 && !ok(last); i++) {
      await new Promise((r) => setTimeout(r, 100));
      last = await ask();
    }
    return last;
  };

  it('PostgreSQL unreachable: SERVICE_UNAVAILABLE with HTTP 503, then the same requests succeed once it is back', async () => {
    expect((await post(OFFERS, {}, m.studentA.token)).body.errors).toBeUndefined();
    await postgres.cut();
    // The API's caches (listing answers, sign-in rows) serve only while their change feed listens;
    // it notices the cut within milliseconds, and from then on every request needs PostgreSQL.
    await eventually(
      async () => api.app.get(ActorCache).live,
      (live) => !live,
    );
    try {
      for (const [query, variables, token] of [
        [OFFERS, {}, m.studentA.token],
        [`{ me { id fullName } }`, {}, m.companyX.token],
        [
          `mutation($id: ID!) { publishOffer(id: $id) { id } }`,
          { id: '00000000-0000-4000-8000-000000000000' },
          m.companyX.token,
        ],
        [LOGIN, { input: { email: m.companyX.email, password: PASSWORD } }, undefined],
      ] as const) {
        const res = await post(query, variables, token);
        expect({ query, status: res.status, codes: res.body.errors?.map((e) => e.extensions?.code) }).toEqual({
          query,
          status: 503,
          codes: ['SERVICE_UNAVAILABLE'],
        });
        expect(res.retryAfter).toBe('5');
        expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      }
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
    } finally {
      await postgres.restore();
    }
    const back = await eventually(
      () => post(OFFERS, {}, m.studentA.token),
      (r) => r.status === 200 && !r.body.errors,
    );
    expect(back.status).toBe(200);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data.offers.edges.length).toBeGreaterThan(0);
    const me = await post(`{ me { id } }`, {}, m.companyX.token);
    expect(me.body.data.me.id).toBe(m.companyX.memberId);
  });

  it('Redis unreachable: no GraphQL operation needs it (sign-in limits fall back to memory), readiness says so, and it recovers', async () => {
    await redis.cut();
    try {
      // Sign-in uses Redis for its limits; without it, each replica counts in memory.
      const signIn = await post(LOGIN, { input: { email: m.companyX.email, password: PASSWORD } });
      expect(signIn.status).toBe(200);
      expect(signIn.body.errors).toBeUndefined();
      expect(signIn.body.data.login.accessToken).toEqual(expect.any(String));
      const offers = await post(OFFERS, {}, m.studentA.token);
      expect(offers.status).toBe(200);
      expect(offers.body.errors).toBeUndefined();
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: { redis: { status: string } } }).checks.redis.status).toBe('down');
    } finally {
      await redis.restore();
    }
    const ready = await eventually(
      () => fetch(`${api.url}/health/ready`).then(async (r) => ({ status: r.status, body: await r.json() })),
      (r) => r.status === 200,
    );
    expect(ready.status).toBe(200);
    expect(await login(api, m.companyX.email)).toEqual(expect.any(String));
  });
});
