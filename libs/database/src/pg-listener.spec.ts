import { randomBytes } from 'node:crypto';
import { eventually } from '@practicum/testing';
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
    await eventually(() => heard.length === 2, 5000, 'both notifications');
    expect(heard.sort()).toEqual([`${channel}:one`, `${other}:two`]);
  });

  it('says when the connection is lost, reconnects on a new backend and listens again', async () => {
    const pid = listener.backendPid;
    expect(pid).toEqual(expect.any(Number));
    await sql(`SELECT pg_terminate_backend($1)`, [pid]);
    await eventually(() => live.length >= 2, 5000, 'the loss');
    expect(live.slice(0, 2)).toEqual([true, false]);
    expect(warnings).toHaveLength(1);
    await eventually(() => live.length === 3, 5000, 'the reconnection');
    expect(live[2]).toBe(true);
    expect(listener.backendPid).not.toBe(pid);
    await sql(`SELECT pg_notify($1, 'three')`, [channel]);
    await eventually(() => heard.includes(`${channel}:three`), 5000, 'the notification after reconnecting');
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
