import { INestApplicationContext } from '@nestjs/common';
import {
  buildMarket,
  createOffer,
  eventually,
  loginPlatformAdmin,
  Market,
  registerOrganization,
} from '@practicum/testing';
import { startApi, startWorker, TestApi } from './support/apps';
import { Client, createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';

// ws (the server's WebSocket library, through @nestjs/graphql) ships no types; a browser-like client needs its headers option.
type WebSocketClass = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string> },
) => object;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket: WebSocketClass = require('ws');

interface Watch<T> {
  values: T[];
  errors: unknown[];
  completed: boolean;
  dispose(): void;
}

/** A graphql-ws client on API `api`, signed in with a bearer token (connection parameter) or the session cookie. */
function connect(
  api: TestApi,
  auth: { token?: string; cookie?: string; origin?: string },
): { client: Client; closed: { code?: number } } {
  const closed: { code?: number } = {};
  const headers = { ...(auth.cookie && { cookie: auth.cookie }), ...(auth.origin && { origin: auth.origin }) };
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: BrowserLikeSocket,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => (closed.code = (event as { code: number }).code) },
  });
  return { client, closed };
}

function watch<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const w: Watch<T> = { values: [], errors: [], completed: false, dispose: () => undefined };
  w.dispose = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) w.errors.push(...result.errors);
        if (result.data) w.values.push(Object.values(result.data)[0]);
      },
      error: (e) => w.errors.push(e),
      complete: () => (w.completed = true),
    },
  );
  return w;
}

const last = <T>(w: Watch<T>) => w.values[w.values.length - 1];

describe('live updates over graphql-ws, fanned out through Redis (e2e)', () => {
  let apiA: TestApi;
  let apiB: TestApi;
  let worker: INestApplicationContext;
  let m: Market;
  const clients: Client[] = [];
  const open = (api: TestApi, auth: Parameters<typeof connect>[1]) => {
    const c = connect(api, auth);
    clients.push(c.client);
    return c;
  };

  beforeAll(async () => {
    [apiA, apiB] = await Promise.all([startApi(), startApi()]);
    await apiB.app.get(DataSource).query(`UPDATE outbox_event SET "relayedAt" = now() WHERE "relayedAt" IS NULL`);
    worker = await startWorker();
    m = await buildMarket(apiB);
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (c) => c.dispose()));
    await worker.close();
    await Promise.all([apiA.close(), apiB.close()]);
  });

  it('pushes the unread count to a subscriber on API A when the worker notifies and API B marks read', async () => {
    const company = await registerOrganization(apiB, 'COMPANY');
    const { client } = open(apiA, { token: company.token });
    const count = watch<number>(client, `subscription { notificationCount }`);
    await eventually(() => count.values.length === 1, 20000, 'the first count');
    expect(count.values).toEqual([0]);

    // Verifying the company (through API B) makes the worker notify its admin in-app.
    const admin = await loginPlatformAdmin(apiB);
    await apiB.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: company.organizationId }, admin);
    await eventually(() => last(count) === 1, 30000, 'the count to become 1');

    const mine = await apiB.gql(`{ notifications(first: 10) { edges { node { id } } } }`, {}, company.token);
    const ids = mine.data.notifications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(
      (await apiB.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids }, company.token)).data
        .markNotificationsRead,
    ).toBe(1);
    await eventually(() => last(count) === 0, 30000, 'the count to go back to 0');
    expect(count.values).toEqual([0, 1, 0]);
    expect(count.errors).toEqual([]);
  });

  it("pushes an offer's free seats, signed in by the session cookie, when a seat is taken through API B", async () => {
    const offer = await createOffer(apiB, m.companyX.token, m.facilityX, { capacities: [2] });
    const { client } = open(apiA, { cookie: `practicum_token=${m.studentA.token}` });
    const seats = watch<{ id: string; capacity: number; free: number }[]>(
      client,
      `subscription($offerId: ID!) { offerSeats(offerId: $offerId) { id capacity free } }`,
      { offerId: offer.id },
    );
    await eventually(() => seats.values.length === 1, 20000, 'the first seats');
    expect(seats.values[0]).toEqual([{ id: offer.slotIds[0], capacity: 2, free: 2 }]);

    const applied = await apiB.gql(
      `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
      { input: { offerId: offer.id, motivation: 'GMP', rank: 1 } },
      m.studentA.token,
    );
    const id = applied.data.applyToOffer.id;
    await apiB.gql(`mutation($id: ID!) { makeOffer(id: $id) { status } }`, { id }, m.companyX.token);
    await apiB.gql(`mutation($id: ID!) { acceptOffer(id: $id) { status } }`, { id }, m.studentA.token);
    await eventually(() => last(seats)?.[0].free === 1, 30000, 'a seat to be taken');
    expect(seats.errors).toEqual([]);
  });

  it('refuses a connection without a valid token, and an offer the member may not see', async () => {
    const anonymous = open(apiA, {});
    const refused = watch<number>(anonymous.client, `subscription { notificationCount }`);
    await eventually(() => anonymous.closed.code, 20000, 'the anonymous socket to close');
    expect(anonymous.closed.code).toBe(4403);
    expect(refused.values).toEqual([]);

    const forged = open(apiA, { token: 'not-a-token' });
    watch<number>(forged.client, `subscription { notificationCount }`);
    await eventually(() => forged.closed.code, 20000, 'the forged socket to close');
    expect(forged.closed.code).toBe(4403);

    const draft = await createOffer(apiB, m.companyX.token, m.facilityX, { publish: false });
    const { client } = open(apiA, { token: m.studentB.token });
    const hidden = watch(client, `subscription($offerId: ID!) { offerSeats(offerId: $offerId) { free } }`, {
      offerId: draft.id,
    });
    await eventually(() => hidden.errors.length || hidden.completed, 20000, 'the refusal');
    expect(hidden.values).toEqual([]);
    expect(JSON.stringify(hidden.errors)).toMatch(/NOT_FOUND|not found/);
  });

  it('refuses the session cookie from a page of another site', async () => {
    const crossSite = open(apiA, { cookie: `practicum_token=${m.studentA.token}`, origin: 'https://evil.example' });
    watch<number>(crossSite.client, `subscription { notificationCount }`);
    await eventually(() => crossSite.closed.code, 20000, 'the cross-site socket to close');
    expect(crossSite.closed.code).toBe(4403);
    const sameSite = open(apiA, { cookie: `practicum_token=${m.studentA.token}`, origin: apiA.url });
    const ok = watch<number>(sameSite.client, `subscription { notificationCount }`);
    await eventually(() => ok.values.length === 1, 20000, 'the same-site count');
  });
});
