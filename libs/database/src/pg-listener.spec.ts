import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PgListener } from './pg-listener';

const url = (() => {
  const u = new URL(
    process.env.TEST_DATABASE_SERVER_URL ??
      process.env.DATABASE_URL ??
      'postgres://postgres:postgres@127.0.0.1:5432/postgres',
  );
  u.pathname = '/postgres';
  return u.toString();
})();

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(text, values).finally(() => client.end());
}

async function until(what: string, ok: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** On a real PostgreSQL: LISTEN, a lost connection, the reconnection and the stop. */
describe('PgListener (real PostgreSQL)', () => {
  const channel = `test_${randomBytes(4).toString('hex')}`;
  const other = `${channel}_other`;
  const heard: string[] = [];
  const live: boolean[] = [];
  const warnings: string[] = [];
  const listener = new PgListener({
    connectionString: url,
    applicationName: 'practicum-listener-test',
    channels: [channel, other],
    onNotification: ({ channel: from, payload }) => heard.push(`${from}:${payload}`),
    onLive: (value) => live.push(value),
    warn: (message) => warnings.push(message),
  });
  afterAll(() => listener.stop());

  it('listens on every channel once started, and says it is live', async () => {
    await listener.start();
    expect(live).toEqual([true]);
    await sql(`SELECT pg_notify($1, 'one'), pg_notify($2, 'two')`, [channel, other]);
    await until('both notifications', () => heard.length === 2);
    expect(heard.sort()).toEqual([`${channel}:one`, `${other}:two`]);
  });

  it('says when the connection is lost, reconnects on a new backend and listens again', async () => {
    const pid = listener.backendPid;
    expect(pid).toEqual(expect.any(Number));
    await sql(`SELECT pg_terminate_backend($1)`, [pid]);
    await until('the loss', () => live.length === 2);
    expect(live).toEqual([true, false]);
    expect(warnings).toHaveLength(1);
    await until('the reconnection', () => live.length === 3);
    expect(live[2]).toBe(true);
    expect(listener.backendPid).not.toBe(pid);
    await sql(`SELECT pg_notify($1, 'three')`, [channel]);
    await until('the notification after reconnecting', () => heard.includes(`${channel}:three`));
  });

  it('stops for good: not live, no backend, no reconnection', async () => {
    await listener.stop();
    expect(live.at(-1)).toBe(false);
    expect(listener.backendPid).toBeNull();
    await new Promise((r) => setTimeout(r, 400));
    expect(live.at(-1)).toBe(false);
    await sql(`SELECT pg_notify($1, 'four')`, [channel]);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).not.toContain(`${channel}:four`);
  });
});
