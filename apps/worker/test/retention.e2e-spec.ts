import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { QueueName, QueueProducer } from '@practicum/queue';
import { eventually, uniq } from '@practicum/testing';
import { Queue } from 'bullmq';
import { startWorker } from '../../api/test/support/apps';
import { DataSource } from 'typeorm';
import { RetentionService } from '../src/outbox/retention.service';
import { ScheduledProcessor } from '../src/processors/scheduled.processor';

const DAY = 24 * 3600_000;

describe('retention: the scheduled prune (e2e)', () => {
  let worker: INestApplicationContext;
  let db: DataSource;
  let memberId: string;

  const ago = (days: number) => new Date(Date.now() - days * DAY);
  const outbox = async (type: string, relayedAt: Date | null, handledAt: Date | null) =>
    (
      await db.query(
        `INSERT INTO outbox_event (type, payload, "createdAt", "relayedAt", "handledAt") VALUES ($1, '{}', $2, $2, $3) RETURNING id`,
        [type, relayedAt ?? new Date(), handledAt],
      )
    )[0].id as string;
  const delivery = async (status: string, updatedAt: Date) =>
    (
      await db.query(
        `INSERT INTO notification_delivery ("eventKey", type, channel, "recipientKey", "memberId", content, status, "createdAt", "updatedAt")
         VALUES ($1, 'application.submitted', 'EMAIL', $2, $2, '{"to":"a@b.example","subject":"s","text":"t","html":"h"}', $3, $4, $4) RETURNING id`,
        [uniq('event'), memberId, status, updatedAt],
      )
    )[0].id as string;
  const notification = async (createdAt: Date, readAt: Date | null) =>
    (
      await db.query(
        `INSERT INTO notification ("memberId", "eventKey", type, title, body, "createdAt", "readAt") VALUES ($1, $2, 'application.submitted', 't', 'b', $3, $4) RETURNING id`,
        [memberId, uniq('event'), createdAt, readAt],
      )
    )[0].id as string;
  const remaining = async (table: string, ids: string[]) =>
    (await db.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE id = ANY($1)`, [ids])).map((r) => r.id).sort();

  beforeAll(async () => {
    worker = await startWorker({ SCHEDULE_EVERY_MS: '3600000' });
    db = worker.get(DataSource);
    memberId = (
      await db.query(
        `INSERT INTO member (email, "fullName", role) VALUES ($1, 'Retention Admin', 'PLATFORM_ADMIN') RETURNING id`,
        [`${uniq('retention')}@practicum.example`],
      )
    )[0].id;
  });
  afterAll(async () => {
    await worker.close();
  });

  it('deletes handled outbox rows, sent and dead deliveries and read notifications past their days; keeps young, pending, unhandled and unread ones', async () => {
    const oldHandled = await outbox('application.submitted', ago(30), ago(30));
    // The matching job marks its row handled like every other handler (the sweeper covers that queue too).
    const oldMatchRun = await outbox('match_round.requested', ago(30), ago(30));
    const youngHandled = await outbox('application.submitted', ago(1), ago(1));
    const oldUnhandled = await outbox('application.submitted', ago(30), null);
    const oldSent = await delivery('SENT', ago(31));
    const oldDead = await delivery('DEAD', ago(31));
    const oldPending = await delivery('PENDING', ago(31));
    const youngSent = await delivery('SENT', ago(29));
    const oldRead = await notification(ago(200), ago(91));
    const oldUnread = await notification(ago(200), null);
    const recentlyRead = await notification(ago(200), ago(89));

    await worker.get(RetentionService).prune();
    expect(await remaining('outbox_event', [oldHandled, oldMatchRun, youngHandled, oldUnhandled])).toEqual(
      [youngHandled, oldUnhandled].sort(),
    );
    expect(await remaining('notification_delivery', [oldSent, oldDead, oldPending, youngSent])).toEqual(
      [oldPending, youngSent].sort(),
    );
    expect(await remaining('notification', [oldRead, oldUnread, recentlyRead])).toEqual(
      [oldUnread, recentlyRead].sort(),
    );
  });

  it('removes completed BullMQ jobs and keeps only the newest RETENTION_FAILED_JOBS failed ones per queue', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.SEATS));
    // A job name no handler knows fails at once; one attempt each.
    for (let i = 0; i < 5; i++)
      await queue.add('retention.unknown', { i }, { attempts: 1, removeOnFail: false, jobId: uniq('failing') });
    await eventually(async () => (await queue.getJobCountByTypes('failed')) === 5, 15000, 'five failed jobs');
    const newest = (await queue.getJobs(['failed'], 0, 1, false)).map((j) => j.id).sort();
    const scheduled = worker.get<Queue>(getQueueToken(QueueName.SCHEDULED));
    const completing = uniq('completing');
    await scheduled.add('schedule.close_offers', {}, { removeOnComplete: false, jobId: completing });
    await eventually(
      async () => (await (await scheduled.getJob(completing))?.isCompleted()) === true,
      15000,
      'a completed job',
    );

    // The worker runs with the defaults (its own scheduled prune may run meanwhile and must not matter); this one keeps 2 failed jobs.
    const config = worker.get(AppConfig);
    const strict = new RetentionService(
      db,
      worker.get(QueueProducer),
      Object.assign(Object.create(config) as AppConfig, {
        RETENTION_FAILED_JOBS: 2,
        RETENTION_COMPLETED_JOBS_HOURS: 0,
      }),
    );
    const result = await strict.prune();
    expect(result.failedJobs).toBeGreaterThanOrEqual(3);
    expect(result.completedJobs).toBeGreaterThanOrEqual(1);
    expect(await queue.getJobCountByTypes('failed')).toBe(2);
    expect((await queue.getJobs(['failed'], 0, -1, false)).map((j) => j.id).sort()).toEqual(newest);
    // The worker's own schedulers may complete a job right after the prune: look for this one.
    expect(await scheduled.getJob(completing)).toBeUndefined();
  });

  it('runs as the schedule.prune job of the scheduled queue, under a job scheduler registered like the other schedules', async () => {
    const schedulers = await worker.get<Queue>(getQueueToken(QueueName.SCHEDULED)).getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('schedule.prune');
    const old = await outbox('booking.proposed', ago(30), ago(30));
    const result = await worker.get(ScheduledProcessor).process({ name: 'schedule.prune', data: {} } as never);
    expect(Object.keys(result as object).sort()).toEqual([
      'completedJobs',
      'deliveries',
      'failedJobs',
      'notifications',
      'outbox',
    ]);
    expect(await remaining('outbox_event', [old])).toEqual([]);
  });
});
