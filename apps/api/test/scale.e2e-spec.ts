import { QueueName, redisOptions } from '@practicum/queue';
import {
  ApiProcess,
  buildMarket,
  createOffer,
  eventually,
  Market,
  registerStudent,
  spawnApiProcess,
  spawnWorkerProcess,
  startSmtp,
  startWebhookReceiver,
  TestSmtp,
  uniq,
  WebhookReceiver,
  WorkerProcess,
} from '@practicum/testing';
import { QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { ScheduledProcessor } from '../../worker/src/processors/scheduled.processor';

const LISTING = `query Listing($filter: OfferFilterInput) { offers(first: 10, filter: $filter) { edges { node { id title } } } }`;
const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id status } }`;
const SHORTLIST = `mutation($id: ID!) { shortlistApplication(id: $id) { id status } }`;
const REGISTER_WEBHOOK = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } } }`;
/** The period of every job scheduler in this file (the smallest SCHEDULE_EVERY_MS allows). */
const EVERY_MS = 1000;

/**
 * Practicum past one process: two API processes and three worker processes, all real (spawned
 * from the sources), on one PostgreSQL database and one Redis. What one API changes the other's
 * listing cache shows; each notification reaches its recipient once per channel; each job
 * scheduler's tick runs once although every worker re-registers the schedulers.
 */
describe('two API processes and three workers on one PostgreSQL and one Redis (e2e)', () => {
  let apis: ApiProcess[] = [];
  let workers: WorkerProcess[] = [];
  let smtp: TestSmtp;
  let hooks: WebhookReceiver;
  let db: Client;
  let market: Market;
  let ticks: QueueEvents;
  /** Scheduled job id ("repeat:<scheduler>:<slot ms>") to how many times a worker took it. */
  const started = new Map<string, number>();
  const prefix = uniq('scale');

  beforeAll(async () => {
    smtp = await startSmtp();
    hooks = await startWebhookReceiver();
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    // Events left by other test files are not this file's business.
    await db.query(
      `UPDATE outbox_event SET "relayedAt" = coalesce("relayedAt", now()), "handledAt" = coalesce("handledAt", now())`,
    );
    const env = {
      SMTP_URL: smtp.url,
      REDIS_PREFIX: prefix,
      OUTBOX_POLL_MS: '100',
      DELIVERY_BACKOFF_MS: '50',
      SCHEDULE_EVERY_MS: String(EVERY_MS),
      // Each worker re-asserts every job scheduler this often: three workers racing to do it.
      SWEEP_INTERVAL_MS: '500',
    };
    // Listening before any worker starts: every tick any worker takes is seen.
    ticks = new QueueEvents(QueueName.SCHEDULED, {
      connection: redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
      prefix,
    });
    ticks.on('active', ({ jobId }) => started.set(jobId, (started.get(jobId) ?? 0) + 1));
    await ticks.waitUntilReady();
    // Every process that started is kept for afterAll, even when another one failed to start.
    const starting = await Promise.allSettled([
      spawnApiProcess(env),
      spawnApiProcess(env),
      spawnWorkerProcess(env),
      spawnWorkerProcess(env),
      spawnWorkerProcess(env),
    ]);
    const up = starting.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    apis = up.filter((p): p is ApiProcess => 'gql' in p);
    workers = up.filter((p): p is WorkerProcess => !('gql' in p));
    const failed = starting.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    market = await buildMarket(apis[0]);
  }, 240000);

  afterAll(async () => {
    await Promise.all([...workers.map((w) => w.stop()), ...apis.map((a) => a.stop())]);
    await ticks?.close();
    await db?.end();
    await smtp?.close();
    await hooks?.close();
  });

  it("shows a change made through one API on the other API's cached listing", async () => {
    const [a, b] = apis;
    const word = uniq('axolotl').replace('-', '');
    const offer = await createOffer(a, market.companyX.token, market.facilityX, {
      title: `MSc ${word} visit`,
      eligibleLevels: ['MSC'],
    });
    const listing = async (api: ApiProcess) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${market.studentA.token}` },
        body: JSON.stringify({ query: LISTING, variables: { filter: { text: word } } }),
      });
      const body = (await res.json()) as { data: { offers: { edges: { node: { title: string } }[] } } };
      return { cache: res.headers.get('x-listing-cache'), titles: body.data.offers.edges.map((e) => e.node.title) };
    };
    // B holds the listing (its change feed listens once it answers from its cache).
    const held = await eventually(
      async () => {
        const l = await listing(b);
        return l.cache === 'hit' && l;
      },
      15000,
      "B's listing from its cache",
    );
    expect(held.titles).toEqual([`MSc ${word} visit`]);

    const renamed = await a.gql(
      `mutation($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { title } }`,
      { id: offer.id, input: { title: `MSc ${word} visit, renamed on A` } },
      market.companyX.token,
    );
    expect(renamed.errors).toBeUndefined();
    // PostgreSQL tells B's feed; until then B may still answer from what it held, never after.
    const seen = await eventually(
      async () => {
        const l = await listing(b);
        return l.titles[0] === `MSc ${word} visit, renamed on A` && l;
      },
      10000,
      'the change to reach B',
    );
    expect(seen.cache).toBe('miss');
    const again = await eventually(
      async () => {
        const l = await listing(b);
        return l.cache === 'hit' && l;
      },
      5000,
      'B to cache the new listing',
    );
    expect(again.titles).toEqual([`MSc ${word} visit, renamed on A`]);
  }, 60000);

  it('delivers each notification once per channel, whichever API took the change and whichever worker ran it', async () => {
    const { endpoint } = (
      await apis[0].gql(
        REGISTER_WEBHOOK,
        { input: { url: hooks.url, events: ['application.submitted'] } },
        market.companyX.token,
      )
    ).data.registerWebhook;
    expect(endpoint.id).toEqual(expect.any(String));
    const offer = await createOffer(apis[1], market.companyX.token, market.facilityX, {
      title: uniq('Scale visit'),
      capacities: [20],
    });
    const N = 8;
    const motivation = (i: number) => `scale-${i}-end`;
    const since = (await db.query(`SELECT now() AS t`)).rows[0].t as Date;
    // Students register, apply and are shortlisted through both APIs, all at once.
    const students = await Promise.all(
      Array.from({ length: N }, (_, i) => registerStudent(apis[i % 2], market.uniA.organizationId, market.programA)),
    );
    const applications = await Promise.all(
      students.map(async (s, i) => {
        const res = await apis[(i + 1) % 2].gql(
          APPLY,
          { input: { offerId: offer.id, motivation: motivation(i), rank: 1 } },
          s.token,
        );
        expect(res.errors).toBeUndefined();
        return res.data.applyToOffer.id as string;
      }),
    );
    await Promise.all(
      applications.map(async (id, i) => {
        const res = await apis[i % 2].gql(SHORTLIST, { id }, market.companyX.token);
        expect(res.errors).toBeUndefined();
      }),
    );
    const recipients = (await db.query(`SELECT id, email FROM member WHERE id = ANY($1)`, [students.map((s) => s.id)]))
      .rows as { id: string; email: string }[];
    const shortlisted = (email: string) =>
      smtp.mails.filter((m) => m.to.includes(email) && m.subject.includes('shortlisted'));
    const submitted = (i: number) =>
      smtp.mails.filter(
        (m) =>
          m.to.includes(market.companyX.email) &&
          m.subject.startsWith('New application') &&
          m.text.includes(motivation(i)),
      );
    const webhooks = () =>
      hooks.received
        .map((h) => JSON.parse(h.body) as { type: string; data: { applicationId: string } })
        .filter((h) => applications.includes(h.data.applicationId));

    await eventually(
      () =>
        recipients.every((s) => shortlisted(s.email).length > 0) &&
        applications.every((_, i) => submitted(i).length > 0) &&
        webhooks().length >= N,
      60000,
      'every email and webhook',
    );
    // Let a duplicate arrive if there were one: outbox polling and delivery retries are far shorter than this.
    await new Promise((r) => setTimeout(r, 2000));

    // Email: one per student for its shortlisting, one to the company admin per application.
    expect(recipients.map((s) => shortlisted(s.email).length)).toEqual(recipients.map(() => 1));
    expect(applications.map((_, i) => submitted(i).length)).toEqual(applications.map(() => 1));
    // Webhook: one POST per application.
    expect(
      webhooks()
        .map((h) => h.data.applicationId)
        .sort(),
    ).toEqual([...applications].sort());
    // In-app: the same, as rows.
    const rows = async (type: string, memberIds: string[]) =>
      (
        await db.query(
          `SELECT "memberId", count(*)::int AS n FROM notification WHERE type = $1 AND "memberId" = ANY($2) AND "createdAt" >= $3 GROUP BY "memberId"`,
          [type, memberIds, since],
        )
      ).rows as { memberId: string; n: number }[];
    expect(
      (
        await rows(
          'APPLICATION_SHORTLISTED',
          students.map((s) => s.id),
        )
      )
        .map((r) => [r.memberId, r.n])
        .sort(),
    ).toEqual(students.map((s) => [s.id, 1]).sort());
    expect(await rows('APPLICATION_SUBMITTED', [market.companyX.memberId])).toEqual([
      { memberId: market.companyX.memberId, n: N },
    ]);
  }, 120000);

  it('runs each tick of a job scheduler once, though three workers serve the queue and keep re-registering the schedulers', async () => {
    // Retention's prune runs hourly at the earliest (docs/operations.md), so it has no tick to count here.
    const names = ScheduledProcessor.schedules.filter((name) => name !== 'schedule.prune').sort() as string[];
    const ticksOf = (name: string) =>
      [...started.keys()]
        .filter((id) => id.startsWith(`repeat:${name}:`))
        .map((id) => Number(id.slice(id.lastIndexOf(':') + 1)))
        .sort((x, y) => x - y);
    await eventually(() => names.every((name) => ticksOf(name).length >= 4), 60000, 'four ticks of every scheduler');
    expect(names).toEqual(
      [
        'schedule.close_offers',
        'schedule.expire_holds',
        'schedule.remind_deadlines',
        'schedule.remind_holds',
        'schedule.remind_site_visits',
      ].sort(),
    );
    // No job taken twice, and no two jobs for one period: the scheduled times are a period apart.
    expect([...started.entries()].filter(([, count]) => count > 1)).toEqual([]);
    for (const name of names) {
      const slots = ticksOf(name);
      const gaps = slots.slice(1).map((slot, i) => slot - slots[i]);
      expect({ name, short: gaps.filter((gap) => gap < EVERY_MS) }).toEqual({ name, short: [] });
    }
  }, 90000);
});
