import {
  buildMarket,
  codeOf,
  createOffer,
  eventually,
  registerOrganization,
  RedisProcess,
  spawnWorkerProcess,
  startOwnRedis,
  startSmtp,
  TestSmtp,
  uniq,
  WorkerProcess,
} from '@practicum/testing';
import { startApi, TestApi } from '../../api/test/support/apps';
import { DataSource } from 'typeorm';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

/** Worker processes on a Redis of this file's own, which it kills and restarts; SIGKILLed workers. */
describe('notifications survive killed workers and a Redis that loses everything (e2e)', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let redis: RedisProcess;
  let workers: WorkerProcess[] = [];
  let admin: { token: string };

  const env = () => ({
    SMTP_URL: smtp.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: uniq('resilience'),
    JOB_LOCK_MS: '2000',
    SWEEP_INTERVAL_MS: '300',
    STALE_AFTER_MS: '1500',
    OUTBOX_POLL_MS: '100',
    WORKER_CONCURRENCY: '3',
  });
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
    await eventually(
      () => emails.every((e) => smtp.mails.some((m) => m.to.includes(e))),
      40000,
      `${emails.length} invitations`,
    );
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
    await api.app
      .get(DataSource)
      .query(
        `UPDATE outbox_event SET "relayedAt" = coalesce("relayedAt", now()), "handledAt" = coalesce("handledAt", now())`,
      );
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
    await eventually(
      () => smtp.mails.filter((m) => emails.some((e) => m.to.includes(e))).length >= 3,
      20000,
      'the first mails',
    );
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

  it('runs a match round whose job Redis lost, and lets the company re-run a round stuck QUEUED or RUNNING', async () => {
    const db = api.app.get(DataSource);
    const m = await buildMarket(api);
    const offer = await createOffer(api, m.companyX.token, m.facilityX, {
      title: uniq('Lost round'),
      kind: 'INTERNSHIP',
      allocation: 'MATCH_ROUND',
      capacities: [1],
    });
    await api.gql(
      `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id } }`,
      { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
      m.studentA.token,
    );
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 hour' WHERE id = $1`, [offer.id]);
    await Promise.all(workers.map((w) => w.stop()));
    const created = await api.gql(
      `mutation($input: CreateMatchRoundInput!) { createMatchRound(input: $input) { id runStatus } }`,
      { input: { offerIds: [offer.id] } },
      m.companyX.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createMatchRound.runStatus).toBe('QUEUED');
    const id = created.data.createMatchRound.id;
    // The job was relayed to a Redis that then lost it: the outbox row says relayed, Redis has nothing.
    const [lost] = await db.query(
      `UPDATE outbox_event SET "relayedAt" = now() - interval '1 minute' WHERE type = 'match_round.requested' AND payload->>'matchRoundId' = $1 RETURNING id`,
      [id],
    );
    expect(lost).toHaveLength(1);
    workers = await Promise.all([spawnWorkerProcess(workerEnv), spawnWorkerProcess(workerEnv)]);
    const ROUND = `query($id: ID!) { matchRound(id: $id) { runStatus runs } }`;
    await eventually(
      async () => (await api.gql(ROUND, { id }, m.companyX.token)).data.matchRound.runStatus === 'DONE',
      30000,
      'the swept round to run',
    );
    await eventually(
      async () =>
        (await db.query(`SELECT "handledAt" FROM outbox_event WHERE id = $1`, [lost[0].id]))[0].handledAt !== null,
      10000,
      'the run marked handled',
    );

    const RERUN = `mutation($id: ID!) { rerunMatchRound(id: $id) { runStatus } }`;
    await db.query(`UPDATE match_round SET "runStatus" = 'RUNNING', "updatedAt" = now() WHERE id = $1`, [id]);
    expect(codeOf(await api.gql(RERUN, { id }, m.companyX.token))).toBe('CONFLICT');
    await db.query(
      `UPDATE match_round SET "runStatus" = 'RUNNING', "updatedAt" = now() - interval '1 day' WHERE id = $1`,
      [id],
    );
    expect((await api.gql(RERUN, { id }, m.companyX.token)).data.rerunMatchRound.runStatus).toBe('QUEUED');
    await eventually(
      async () => (await api.gql(ROUND, { id }, m.companyX.token)).data.matchRound.runs === 2,
      30000,
      'the re-run',
    );
  }, 120000);
});
