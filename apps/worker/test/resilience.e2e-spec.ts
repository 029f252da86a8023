import { eventually, registerOrganization, RedisProcess, spawnWorkerProcess, startApi, startOwnRedis, startSmtp, TestApi, TestSmtp, uniq, WorkerProcess } from '@practicum/testing';
import { DataSource } from 'typeorm';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

/** Worker processes on a Redis of this file's own, which it kills and restarts; SIGKILLed workers. */
describe('notifications survive killed workers and a Redis that loses everything (e2e)', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let redis: RedisProcess;
  let workers: WorkerProcess[] = [];
  let admin: { token: string };

  const env = () => ({ SMTP_URL: smtp.url, REDIS_URL: redis.url, REDIS_PREFIX: uniq('resilience'), JOB_LOCK_MS: '2000', SWEEP_INTERVAL_MS: '300', STALE_AFTER_MS: '1500', OUTBOX_POLL_MS: '100', WORKER_CONCURRENCY: '3' });
  let workerEnv: Record<string, string>;
  const invite = async (emails: string[]) => {
    for (const email of emails) {
      const res = await api.gql(INVITE, { input: { email, fullName: 'Resilient <R>' } }, admin.token);
      expect(res.errors).toBeUndefined();
    }
  };
  const messageId = (mail: TestSmtp['mails'][number]) => mail.headers.find((h) => h.key === 'message-id')?.value;
  /**
   * Every invitation arrives. Without a kill, exactly once. A worker SIGKILLed after the SMTP
   * server accepted a message and before the row was marked SENT sends it again on retry: the
   * documented at-least-once at the SMTP boundary (docs/notifications.md). Such a copy carries the
   * same Message-ID (receivers drop it), and only sends in flight at the kill can be copied.
   */
  const expectDelivered = async (emails: string[], inFlightAtKill = 0) => {
    await eventually(() => emails.every((e) => smtp.mails.some((m) => m.to.includes(e))), 40000, `${emails.length} invitations`);
    await new Promise((r) => setTimeout(r, 2500));
    let copies = 0;
    for (const email of emails) {
      const received = smtp.mails.filter((m) => m.to.includes(email));
      expect(new Set(received.map(messageId)).size).toBe(1);
      expect(messageId(received[0])).toMatch(/^<[0-9a-f-]{36}@practicum\.notifications>$/);
      copies += received.length - 1;
    }
    expect(copies).toBeLessThanOrEqual(inFlightAtKill);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    redis = await startOwnRedis();
    api = await startApi();
    await api.app.get(DataSource).query(`UPDATE outbox_event SET "relayedAt" = coalesce("relayedAt", now()), "handledAt" = coalesce("handledAt", now())`);
    admin = await registerOrganization(api, 'UNIVERSITY', uniq('Leipzig'));
    workerEnv = env();
    workers = await Promise.all([spawnWorkerProcess(workerEnv), spawnWorkerProcess(workerEnv)]);
  }, 90000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await api.close();
    await redis.stop();
    await smtp.close();
  });

  it('loses nothing when a worker is SIGKILLed in the middle of a batch, and a resent copy keeps its Message-ID', async () => {
    const emails = Array.from({ length: 30 }, () => `${uniq('kill')}@uni.example`);
    await invite(emails);
    await eventually(() => smtp.mails.filter((m) => emails.some((e) => m.to.includes(e))).length >= 3, 20000, 'the first mails');
    await workers[0].kill();
    workers[0] = await spawnWorkerProcess(workerEnv);
    await expectDelivered(emails, Number(workerEnv.WORKER_CONCURRENCY));
  }, 90000);

  it('accepts changes while Redis is down and loses nothing when Redis comes back empty', async () => {
    const first = Array.from({ length: 10 }, () => `${uniq('flush')}@uni.example`);
    await invite(first);
    await redis.stop();
    const during = Array.from({ length: 5 }, () => `${uniq('down')}@uni.example`);
    await invite(during);
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    await expectDelivered([...first, ...during]);
  }, 90000);
});
