import { INestApplicationContext } from '@nestjs/common';
import { NotificationPlanner, WebhookSecretSealer } from '@practicum/core';
import { Webhook } from 'standardwebhooks';
import {
  buildMarket,
  loginPlatformAdmin,
  codeOf,
  createOffer,
  eventually,
  Market,
  registerStudent,
  startSmtp,
  startWebhookReceiver,
  TestSmtp,
  uniq,
  WebhookReceiver,
} from '@practicum/testing';
import { startApi, startWorker, TestApi } from '../../api/test/support/apps';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ScheduledProcessor } from '../src/processors/scheduled.processor';

const APPLY = `mutation($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id status } }`;
const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { unreadCount pageInfo { hasNextPage endCursor } edges { node { id type title body link readAt } } }
}`;
const REGISTER_WEBHOOK = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret endpoint { id url events } } }`;
const DELIVERIES = `query($status: DeliveryStatus) { webhookDeliveries(status: $status) { edges { node { id event status attempts lastError sentAt } } } }`;

/** The body of a received webhook, verified by the `standardwebhooks` package (not by our own code). */
const verifiedBody = (secret: string, headers: Record<string, string | string[] | undefined>, body: string) =>
  new Webhook(secret).verify(body, headers as Record<string, string>);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('notifications: notify and send steps, in-app, email, webhooks, waitlist (e2e)', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let hooks: WebhookReceiver;
  let worker: INestApplicationContext;
  let db: DataSource;
  let market: Market;

  const emailOf = async (memberId: string) =>
    (await db.query(`SELECT email FROM member WHERE id = $1`, [memberId]))[0].email as string;
  const mailsTo = (email: string, subject?: RegExp) =>
    smtp.mails.filter((m) => m.to.includes(email) && (!subject || subject.test(m.subject)));
  const gql = async (query: string, variables: Record<string, unknown>, token: string, field: string) => {
    const res = await api.gql(query, variables, token);
    if (res.errors) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
    return res.data[field];
  };
  const applicationOf = async (id: string) =>
    (
      await db.query(`SELECT status, "holdsSeat", "holdsVirtualSeat", "holdExpiresAt" FROM application WHERE id = $1`, [
        id,
      ])
    )[0];

  beforeAll(async () => {
    smtp = await startSmtp();
    hooks = await startWebhookReceiver();
    api = await startApi();
    db = api.app.get(DataSource);
    // Events left by other test files are not this file's business.
    await db.query(
      `UPDATE outbox_event SET "relayedAt" = coalesce("relayedAt", now()), "handledAt" = coalesce("handledAt", now())`,
    );
    worker = await startWorker({
      SMTP_URL: smtp.url,
      DELIVERY_BACKOFF_MS: '50',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WAITLIST_HOLD_HOURS: '1',
      SCHEDULE_EVERY_MS: '3600000',
    });
    market = await buildMarket(api);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
    await hooks.close();
  });

  it('tells company staff of an application once per channel, escaped, with a signed webhook', async () => {
    const { secret, endpoint } = await gql(
      REGISTER_WEBHOOK,
      { input: { url: hooks.url, events: ['application.submitted', 'application.promoted'] } },
      market.companyX.token,
      'registerWebhook',
    );
    expect(secret).toMatch(/^whsec_/);
    const storedSecret = async () =>
      (await db.query(`SELECT secret FROM webhook_endpoint WHERE id = $1`, [endpoint.id]))[0].secret as string;
    expect(await storedSecret()).toMatch(/^enc:v1:/);
    expect(await storedSecret()).not.toContain(secret.slice('whsec_'.length));
    // A row stored in clear before secrets were encrypted is sealed at start-up and still signs.
    await db.query(`UPDATE webhook_endpoint SET secret = $1 WHERE id = $2`, [secret, endpoint.id]);
    expect(await api.app.get(WebhookSecretSealer).sealClearSecrets()).toBeGreaterThanOrEqual(1);
    expect(await storedSecret()).toMatch(/^enc:v1:/);
    expect(endpoint.events).toEqual(['application.submitted', 'application.promoted']);
    const listed = await gql(`{ webhooks { id url events } }`, {}, market.companyX.token, 'webhooks');
    expect(listed).toEqual([{ id: endpoint.id, url: hooks.url, events: endpoint.events }]);
    expect(
      codeOf(await api.gql(REGISTER_WEBHOOK, { input: { url: hooks.url, events: ['nope'] } }, market.companyX.token)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await api.gql(
          REGISTER_WEBHOOK,
          { input: { url: hooks.url, events: ['application.submitted'] } },
          market.studentA.token,
        ),
      ),
    ).toBe('FORBIDDEN');

    const offer = await createOffer(api, market.companyX.token, market.facilityX, { capacities: [2] });
    const application = await gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'I love <script>alert(1)</script> & GMP', rank: 1 } },
      market.studentA.token,
      'applyToOffer',
    );

    const mail = await smtp.waitFor(
      (m) => m.to.includes(market.companyX.email) && m.subject.startsWith('New application'),
    );
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; GMP');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>alert(1)</script> & GMP');
    const hook = await eventually(
      () => hooks.received.find((h) => JSON.parse(h.body).data.applicationId === application.id),
      10000,
      'the webhook',
    );
    const body = verifiedBody(secret, hook.headers, hook.body) as { type: string; data: { offerId: string } };
    expect(body).toMatchObject({ type: 'application.submitted', data: { offerId: offer.id } });
    expect(() => verifiedBody(secret, hook.headers, hook.body.replace(offer.id, 'x'))).toThrow();

    const inApp = await eventually(
      async () =>
        (await gql(NOTIFICATIONS, { first: 50 }, market.companyX.token, 'notifications')).edges.find(
          (e: any) => e.node.type === 'APPLICATION_SUBMITTED',
        ),
      5000,
      'in-app',
    );
    expect(inApp.node.body).toContain('<script>alert(1)</script>');

    await sleep(700);
    expect(
      smtp.mails.filter((m) => m.to.includes(market.companyX.email) && m.subject.startsWith('New application')),
    ).toHaveLength(1);
    expect(hooks.received.filter((h) => JSON.parse(h.body).data.applicationId === application.id)).toHaveLength(1);
    expect((await gql(DELIVERIES, { status: 'SENT' }, market.companyX.token, 'webhookDeliveries')).edges).toHaveLength(
      1,
    );
  });

  it('publishing a match round moves each application like any other change: the student hears in-app and by email, the organizations by webhook', async () => {
    const { secret } = await gql(
      REGISTER_WEBHOOK,
      { input: { url: hooks.url, events: ['application.offered', 'application.waitlisted'] } },
      market.uniA.token,
      'registerWebhook',
    );
    const title = uniq('Round internship');
    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      title,
      kind: 'INTERNSHIP',
      allocation: 'MATCH_ROUND',
      capacities: [1],
    });
    const [winner, runnerUp] = await Promise.all([
      registerStudent(api, market.uniA.organizationId, market.programA),
      registerStudent(api, market.uniA.organizationId, market.programA),
    ]);
    const won = await gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
      winner.token,
      'applyToOffer',
    );
    const lost = await gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
      runnerUp.token,
      'applyToOffer',
    );
    const RANK = `mutation($id: ID!, $rank: Int!) { rankApplicant(id: $id, rank: $rank) { id } }`;
    await gql(RANK, { id: won.id, rank: 1 }, market.companyX.token, 'rankApplicant');
    await gql(RANK, { id: lost.id, rank: 2 }, market.companyX.token, 'rankApplicant');
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 hour' WHERE id = $1`, [offer.id]);
    const round = await gql(
      `mutation($input: CreateMatchRoundInput!) { createMatchRound(input: $input) { id } }`,
      { input: { offerIds: [offer.id] } },
      market.companyX.token,
      'createMatchRound',
    );
    await eventually(
      async () =>
        (
          await gql(
            `query($id: ID!) { matchRound(id: $id) { runStatus } }`,
            { id: round.id },
            market.companyX.token,
            'matchRound',
          )
        ).runStatus === 'DONE',
      20000,
      'the run',
    );
    await gql(
      `mutation($id: ID!) { publishMatchRound(id: $id) { status } }`,
      { id: round.id },
      market.companyX.token,
      'publishMatchRound',
    );

    const offered = await eventually(
      async () =>
        (await gql(NOTIFICATIONS, { first: 50 }, winner.token, 'notifications')).edges.find(
          (e: any) => e.node.type === 'APPLICATION_OFFERED',
        ),
      10000,
      'in-app offer',
    );
    expect(offered.node.title).toBe(`${title}: your application is offered`);
    expect(offered.node.body).toContain('Placed at your 1st choice');
    const winnerEmail = await emailOf(winner.id);
    expect(
      (await smtp.waitFor((m) => m.to.includes(winnerEmail) && m.subject === `${title}: your application is offered`))
        .text,
    ).toContain('Placed at your 1st choice');
    const runnerUpEmail = await emailOf(runnerUp.id);
    await smtp.waitFor((m) => m.to.includes(runnerUpEmail) && m.subject === `${title}: your application is waitlisted`);
    const hook = await eventually(
      () =>
        hooks.received.find(
          (h) => JSON.parse(h.body).type === 'application.offered' && JSON.parse(h.body).data.applicationId === won.id,
        ),
      10000,
      'the webhook',
    );
    expect(verifiedBody(secret, hook.headers, hook.body)).toMatchObject({
      data: { offerId: offer.id, from: 'SUBMITTED', to: 'OFFERED' },
    });
    const history = await db.query(
      `SELECT "fromStatus", "toStatus", note FROM status_change WHERE "subjectId" = $1 ORDER BY at, id`,
      [won.id],
    );
    expect(history.map((h: any) => h.toStatus)).toEqual(['SUBMITTED', 'OFFERED']);
    await sleep(700);
    expect(
      smtp.mails.filter((m) => m.to.includes(winnerEmail) && /your application|Match round/.test(m.subject)),
    ).toHaveLength(1);
  });

  it('follows preferences: email off means in-app only', async () => {
    const prefs = await gql(
      `mutation($p: [NotificationPreferenceInput!]!) { updateNotificationPreferences(preferences: $p) { type inApp email } }`,
      { p: [{ type: 'APPLICATION_SUBMITTED', inApp: true, email: false }] },
      market.companyX.token,
      'updateNotificationPreferences',
    );
    expect(prefs.find((p: any) => p.type === 'APPLICATION_SUBMITTED')).toEqual({
      type: 'APPLICATION_SUBMITTED',
      inApp: true,
      email: false,
    });
    expect(prefs.find((p: any) => p.type === 'BOOKING_PROPOSED')).toEqual({
      type: 'BOOKING_PROPOSED',
      inApp: true,
      email: true,
    });
    expect(prefs.find((p: any) => p.type === 'MEMBER_INVITED')).toBeUndefined();

    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [2],
      title: uniq('Prefs visit'),
    });
    const before = mailsTo(market.companyX.email, /New application/).length;
    await gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'prefs', rank: 1 } },
      market.studentA.token,
      'applyToOffer',
    );
    await eventually(
      async () =>
        (await gql(NOTIFICATIONS, { first: 50 }, market.companyX.token, 'notifications')).edges.some((e: any) =>
          e.node.title.includes('Prefs visit'),
        ),
      10000,
      'in-app',
    );
    await sleep(500);
    expect(mailsTo(market.companyX.email, /New application/)).toHaveLength(before);
  });

  it('pages in-app notifications, counts unread, and marks only your own read', async () => {
    const page1 = await gql(NOTIFICATIONS, { first: 1 }, market.companyX.token, 'notifications');
    expect(page1.edges).toHaveLength(1);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.unreadCount).toBeGreaterThanOrEqual(2);
    const page2 = await gql(
      NOTIFICATIONS,
      { first: 1, after: page1.pageInfo.endCursor },
      market.companyX.token,
      'notifications',
    );
    expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);

    const ids = [page1.edges[0].node.id, page2.edges[0].node.id];
    expect(
      await gql(
        `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
        { ids },
        market.studentA.token,
        'markNotificationsRead',
      ),
    ).toBe(0);
    expect(
      await gql(
        `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
        { ids },
        market.companyX.token,
        'markNotificationsRead',
      ),
    ).toBe(2);
    const unread = await gql(NOTIFICATIONS, { first: 100, unreadOnly: true }, market.companyX.token, 'notifications');
    expect(unread.unreadCount).toBe(page1.unreadCount - 2);
    expect(unread.edges.map((e: any) => e.node.id)).not.toContain(ids[0]);
    const theirs = await gql(NOTIFICATIONS, { first: 100 }, market.studentA.token, 'notifications');
    expect(theirs.edges.map((e: any) => e.node.id)).not.toContain(ids[0]);
  });

  it('gives a freed reserved seat to the first waitlisted member of the priority group, past those who cannot take it', async () => {
    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [2],
      priorityGroup: { name: 'Reserve', programIds: [market.programB], reservedSeats: 1 },
      title: uniq('Reserved visit'),
    });
    const join = async (programId: string, universityId: string) => {
      const s = await registerStudent(api, universityId, programId);
      const app = await gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, s.token, 'applyToOffer');
      await gql(
        `mutation($id: ID!) { makeOffer(id: $id) { status } }`,
        { id: app.id },
        market.companyX.token,
        'makeOffer',
      );
      const accepted = await gql(
        `mutation($id: ID!) { acceptOffer(id: $id) { status } }`,
        { id: app.id },
        s.token,
        'acceptOffer',
      );
      return { ...s, applicationId: app.id, status: accepted.status as string };
    };
    const open = await join(market.programA, market.uniA.organizationId);
    const reserved = await join(market.programB, market.uniB.organizationId);
    const outsider = await join(market.programA, market.uniA.organizationId); // first in line, but not in the group
    const member = await join(market.programB, market.uniB.organizationId);
    expect([open.status, reserved.status, outsider.status, member.status]).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'WAITLISTED',
      'WAITLISTED',
    ]);

    await gql(
      `mutation($id: ID!) { withdrawApplication(id: $id) { status } }`,
      { id: reserved.applicationId },
      reserved.token,
      'withdrawApplication',
    );
    await eventually(
      async () => (await applicationOf(member.applicationId)).status === 'OFFERED',
      15000,
      'the group member promoted',
    );
    expect(await applicationOf(member.applicationId)).toMatchObject({ status: 'OFFERED', holdsSeat: true });
    expect(await applicationOf(outsider.applicationId)).toMatchObject({ status: 'WAITLISTED', holdsSeat: false });
    const [slot] = await db.query(`SELECT taken, "takenPriority" FROM offer_slot WHERE id = $1`, [offer.slotIds[0]]);
    expect(slot).toEqual({ taken: 2, takenPriority: 1 });
  });

  it('puts overflow in the virtual twin, promotes from the waitlist with a held seat, and moves the next one in', async () => {
    const joinUrl = 'https://vr.example/tour?room=1&key=k';
    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [1],
      virtualTwin: { format: 'VR_TOUR', capacity: 1, joinUrl },
      title: uniq('Waitlist visit'),
    });
    const students: { token: string; id: string; applicationId: string; email: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await registerStudent(api, market.uniA.organizationId, market.programA);
      const app = await gql(
        APPLY,
        { input: { offerId: offer.id, motivation: `student ${i}`, rank: 1 } },
        s.token,
        'applyToOffer',
      );
      await gql(
        `mutation($id: ID!) { makeOffer(id: $id) { status } }`,
        { id: app.id },
        market.companyX.token,
        'makeOffer',
      );
      students.push({ ...s, applicationId: app.id, email: await emailOf(s.id) });
    }
    const [s1, s2, s3] = students;
    const accept = (s: (typeof students)[number]) =>
      api.gql(`mutation($id: ID!) { acceptOffer(id: $id) { status } }`, { id: s.applicationId }, s.token);
    expect((await accept(s1)).data.acceptOffer.status).toBe('ACCEPTED');
    // The confirmation of an accepted site-visit seat names the facility's requirements and carries the .ics, like the reminder.
    const placed = await smtp.waitFor((m) => m.to.includes(s1.email) && /your place is confirmed/.test(m.subject));
    expect(placed.text).toContain('To enter, the facility requires a valid cleanroom gowning qualification.');
    expect(placed.attachments.find((a) => a.filename === 'site-visit.ics')?.content).toContain(
      `UID:${offer.slotIds[0]}@practicum`,
    );
    expect((await accept(s2)).data.acceptOffer.status).toBe('WAITLISTED');
    expect((await accept(s3)).data.acceptOffer.status).toBe('WAITLISTED');

    const virtualMail = await smtp.waitFor((m) => m.to.includes(s2.email) && /virtual/.test(m.subject));
    expect(virtualMail.text).toContain(joinUrl);
    expect(virtualMail.html).toContain('room=1&amp;key=k');
    expect(await applicationOf(s2.applicationId)).toMatchObject({ status: 'VIRTUAL', holdsVirtualSeat: true });
    await sleep(300);
    expect(await applicationOf(s3.applicationId)).toMatchObject({ status: 'WAITLISTED', holdsVirtualSeat: false });

    await gql(
      `mutation($id: ID!) { withdrawApplication(id: $id) { status } }`,
      { id: s1.applicationId },
      s1.token,
      'withdrawApplication',
    );
    const promoted = await smtp.waitFor((m) => m.to.includes(s2.email) && /onsite seat is yours/.test(m.subject));
    expect(promoted.text).toContain('you leave your virtual place');
    const held = await applicationOf(s2.applicationId);
    expect(held).toMatchObject({ status: 'OFFERED', holdsSeat: true, holdsVirtualSeat: true });
    expect(held.holdExpiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60000);
    // The student sees the hold deadline through the API (and no stale one once accepted).
    const holdOf = async () =>
      (
        await gql(
          `{ myApplications(first: 20) { edges { node { id holdExpiresAt } } } }`,
          {},
          s2.token,
          'myApplications',
        )
      ).edges.find((e: { node: { id: string } }) => e.node.id === s2.applicationId).node.holdExpiresAt;
    expect(await holdOf()).toBe(held.holdExpiresAt.toISOString());

    expect((await accept(s2)).data.acceptOffer.status).toBe('ACCEPTED');
    await smtp.waitFor((m) => m.to.includes(s3.email) && /virtual/.test(m.subject));
    expect(await applicationOf(s2.applicationId)).toMatchObject({
      status: 'ACCEPTED',
      holdsSeat: true,
      holdsVirtualSeat: false,
    });
    expect(await holdOf()).toBeNull();
    expect(await applicationOf(s3.applicationId)).toMatchObject({ status: 'VIRTUAL', holdsVirtualSeat: true });
    const [{ taken }] = await db.query(`SELECT taken FROM offer_slot WHERE id = $1`, [offer.slotIds[0]]);
    const [{ taken: virtualTaken }] = await db.query(`SELECT taken FROM virtual_twin WHERE "offerId" = $1`, [offer.id]);
    expect([taken, virtualTaken]).toEqual([1, 1]);

    // The promotion is also a signed webhook for the company (subscribed in the first test).
    await eventually(
      () =>
        hooks.received.find(
          (h) =>
            JSON.parse(h.body).type === 'application.promoted' &&
            JSON.parse(h.body).data.applicationId === s2.applicationId,
        ),
      10000,
      'promotion webhook',
    );

    // An expired hold goes to the next person; the student keeps the virtual place.
    await gql(
      `mutation($id: ID!) { withdrawApplication(id: $id) { status } }`,
      { id: s2.applicationId },
      s2.token,
      'withdrawApplication',
    );
    await smtp.waitFor((m) => m.to.includes(s3.email) && /onsite seat is yours/.test(m.subject));
    await db.query(`UPDATE application SET "holdExpiresAt" = now() - interval '1 second' WHERE id = $1`, [
      s3.applicationId,
    ]);
    const late = await accept(s3);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.reason).toBe('HOLD_EXPIRED');
    await worker.get(ScheduledProcessor).expireHolds();
    const expired = await smtp.waitFor((m) => m.to.includes(s3.email) && /gone to the next person/.test(m.subject));
    expect(expired.text).toContain('You keep your virtual place');
    expect(await applicationOf(s3.applicationId)).toMatchObject({
      status: 'VIRTUAL',
      holdsSeat: false,
      holdsVirtualSeat: true,
    });
    await sleep(500);
    const [{ taken: after }] = await db.query(`SELECT taken FROM offer_slot WHERE id = $1`, [offer.slotIds[0]]);
    expect(after).toBe(0);
    for (const s of students) {
      const subjects = mailsTo(s.email).map((m) => m.subject);
      expect(new Set(subjects).size).toBe(subjects.length);
    }
  });

  it('retries a failing webhook with backoff, dead-letters it for the org admin, and retries it by hand', async () => {
    const failing = await startWebhookReceiver();
    failing.status = 500;
    try {
      const { secret } = await gql(
        REGISTER_WEBHOOK,
        { input: { url: failing.url, events: ['booking.confirmed'] } },
        market.uniA.token,
        'registerWebhook',
      );
      const offer = await createOffer(api, market.companyX.token, market.facilityX, {
        capacities: [2],
        virtualTwin: { format: 'LIVE_STREAM', joinUrl: 'https://stream.example/live' },
        title: uniq('Booked visit'),
      });
      const booking = await gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { slotId: offer.slotIds[0], programId: market.programA, headcount: 5 } },
        market.uniA.token,
        'requestBooking',
      );
      await smtp.waitFor((m) => m.to.includes(market.companyX.email) && m.subject.startsWith('Booking request'));
      await gql(
        `mutation($id: ID!) { confirmBooking(id: $id) { onsiteSeats virtualSeats } }`,
        { id: booking.id },
        market.companyX.token,
        'confirmBooking',
      );
      const confirmed = await smtp.waitFor(
        (m) => m.to.includes(market.uniA.email) && /booking confirmed/.test(m.subject),
      );
      expect(confirmed.text).toContain('Onsite: 2. Virtual: 3. Waitlisted: 0.');
      expect(confirmed.text).toContain('https://stream.example/live');
      expect(confirmed.text).toContain('To enter, the facility requires a valid cleanroom gowning qualification.');
      const confirmedIcs = confirmed.attachments.find((a) => a.filename === 'site-visit.ics');
      expect(confirmedIcs?.content).toContain('BEGIN:VEVENT');
      expect(confirmedIcs?.content).toContain(`UID:${offer.slotIds[0]}@practicum`);

      const dead = await eventually(
        async () => (await gql(DELIVERIES, { status: 'DEAD' }, market.uniA.token, 'webhookDeliveries')).edges[0]?.node,
        15000,
        'a dead delivery',
      );
      expect(dead).toMatchObject({
        event: 'booking.confirmed',
        status: 'DEAD',
        attempts: 3,
        lastError: expect.stringContaining('HTTP 500'),
      });
      expect(failing.received).toHaveLength(3);
      expect(new Set(failing.received.map((h) => h.headers['webhook-id']))).toEqual(new Set([dead.id]));
      expect(
        codeOf(
          await api.gql(
            `mutation($id: ID!) { retryWebhookDelivery(id: $id) { id } }`,
            { id: dead.id },
            market.companyX.token,
          ),
        ),
      ).toBe('NOT_FOUND');

      failing.status = 204;
      const retried = await gql(
        `mutation($id: ID!) { retryWebhookDelivery(id: $id) { id status attempts } }`,
        { id: dead.id },
        market.uniA.token,
        'retryWebhookDelivery',
      );
      expect(retried).toMatchObject({ status: 'PENDING', attempts: 0 });
      await eventually(
        async () =>
          (await gql(DELIVERIES, { status: 'SENT' }, market.uniA.token, 'webhookDeliveries')).edges.some(
            (e: any) => e.node.id === dead.id,
          ),
        10000,
        'the retried delivery',
      );
      expect(failing.received).toHaveLength(4);
      expect(verifiedBody(secret, failing.received[3].headers, failing.received[3].body)).toMatchObject({
        type: 'booking.confirmed',
        data: { bookingId: booking.id, onsiteSeats: 2, virtualSeats: 3 },
      });

      // The session is tomorrow: one reminder per person, with a calendar invitation, however often the scheduler runs.
      await db.query(
        `UPDATE offer_slot SET "startsAt" = now() + interval '12 hours', "endsAt" = now() + interval '14 hours' WHERE id = $1`,
        [offer.slotIds[0]],
      );
      const scheduled = worker.get(ScheduledProcessor);
      const planner = worker.get(NotificationPlanner);
      await scheduled.remind(planner.siteVisitReminders(24 * 3600000));
      await scheduled.remind(planner.siteVisitReminders(24 * 3600000));
      // 12 hours from now is today or tomorrow (UTC), and the title says which.
      const [{ day }] = await db.query(
        `SELECT CASE WHEN ("startsAt" AT TIME ZONE 'UTC')::date = (now() AT TIME ZONE 'UTC')::date THEN 'Today' ELSE 'Tomorrow' END AS day FROM offer_slot WHERE id = $1`,
        [offer.slotIds[0]],
      );
      const reminder = await smtp.waitFor((m) => m.to.includes(market.uniA.email) && m.subject.startsWith(`${day}:`));
      expect(reminder.text).toContain('To enter, the facility requires a valid cleanroom gowning qualification.');
      expect(reminder.text).not.toContain('(gowning qualification, ID)');
      const ics = reminder.attachments.find((a) => a.filename === 'site-visit.ics');
      expect(ics?.content).toContain('BEGIN:VEVENT');
      expect(ics?.content).toContain(`UID:${offer.slotIds[0]}@practicum`);
      await sleep(500);
      expect(mailsTo(market.uniA.email, new RegExp(`^${day}:`))).toHaveLength(1);
    } finally {
      await failing.close();
    }
  });

  it('reminds applicants of a match-round deadline and promoted students of their held seat, once each however often the scheduler runs', async () => {
    const scheduled = worker.get(ScheduledProcessor);
    const run = (name: string) => scheduled.process({ name, data: {} } as never);

    const round = await createOffer(api, market.companyX.token, market.facilityX, {
      allocation: 'MATCH_ROUND',
      title: uniq('Round visit'),
    });
    const applicant = await registerStudent(api, market.uniA.organizationId, market.programA);
    const applicantEmail = await emailOf(applicant.id);
    await gql(APPLY, { input: { offerId: round.id, motivation: 'm', rank: 1 } }, applicant.token, 'applyToOffer');
    await db.query(`UPDATE offer SET "applicationDeadline" = now() + interval '20 hours' WHERE id = $1`, [round.id]);
    await run('schedule.remind_deadlines');
    await run('schedule.remind_deadlines');
    const deadline = await smtp.waitFor((m) => m.to.includes(applicantEmail) && m.subject.includes('closes'));
    expect(deadline.subject).toContain('Round visit');
    expect(deadline.text).toContain('Check that your ranking of your applications is final.');

    const offer = await createOffer(api, market.companyX.token, market.facilityX, {
      capacities: [1],
      title: uniq('Held visit'),
    });
    const promoted = await registerStudent(api, market.uniA.organizationId, market.programA);
    const promotedEmail = await emailOf(promoted.id);
    const app = await gql(
      APPLY,
      { input: { offerId: offer.id, motivation: 'm', rank: 1 } },
      promoted.token,
      'applyToOffer',
    );
    await gql(
      `mutation($id: ID!) { makeOffer(id: $id) { status } }`,
      { id: app.id },
      market.companyX.token,
      'makeOffer',
    );
    // As a promotion leaves it: OFFERED, holding the seat until a time within the reminder window (half of WAITLIST_HOLD_HOURS, at most 12 h).
    await db.query(
      `UPDATE application SET "holdsSeat" = true, "holdExpiresAt" = now() + interval '20 minutes' WHERE id = $1`,
      [app.id],
    );
    await run('schedule.remind_holds');
    await run('schedule.remind_holds');
    const hold = await smtp.waitFor(
      (m) => m.to.includes(promotedEmail) && m.subject.includes('your held seat expires'),
    );
    expect(hold.text).toContain('Accept the offer before then or it goes to the next person.');

    await sleep(500);
    expect(mailsTo(applicantEmail, /closes/)).toHaveLength(1);
    expect(mailsTo(promotedEmail, /your held seat expires/)).toHaveLength(1);
    const inApp = await gql(
      `{ notifications(first: 10) { edges { node { type title } } } }`,
      {},
      promoted.token,
      'notifications',
    );
    expect(inApp.edges.map((e: { node: { type: string } }) => e.node.type)).toContain('HOLD_REMINDER');
    await db.query(`UPDATE application SET "holdsSeat" = false, "holdExpiresAt" = NULL WHERE id = $1`, [app.id]); // no seat was taken for it
  });

  it('plans reminders with as many queries for three offers as for one (batched: no query per item)', async () => {
    const planner = worker.get(NotificationPlanner);
    // Statements of this process while planning; the relay's and sweeper's polls (outbox, deliveries) are not the planner's.
    const statements = async (plan: () => Promise<unknown>) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        await plan();
        // A background job's transaction (a scheduler tick) runs on a query runner of its own: leave those out.
        const inTransaction = new Set(
          spy.mock.contexts.filter((_, k) => /^(START TRANSACTION|COMMIT|ROLLBACK)/.test(spy.mock.calls[k][0])),
        );
        return spy.mock.calls.filter(
          ([sql], k) => !inTransaction.has(spy.mock.contexts[k]) && !/outbox_event|notification_delivery/.test(sql),
        ).length;
      } finally {
        spy.mockRestore();
      }
    };
    const offers: string[] = [];
    const since = new Date();
    // The applications' own notify and send jobs run in this process too: count once they are done.
    const settled = () =>
      eventually(
        async () =>
          Number(
            (
              await db.query(
                `SELECT (SELECT count(*) FROM outbox_event WHERE "createdAt" >= $1 AND "handledAt" IS NULL)
                      + (SELECT count(*) FROM notification_delivery WHERE "createdAt" >= $1 AND status = 'PENDING') AS n`,
                [since],
              )
            )[0].n,
          ) === 0,
        15000,
        'the applications told',
      );
    const closingSoon = async () => {
      const offer = await createOffer(api, market.companyX.token, market.facilityX, {
        allocation: 'MATCH_ROUND',
        title: uniq('Batched round'),
      });
      const student = await registerStudent(api, market.uniA.organizationId, market.programA);
      await gql(APPLY, { input: { offerId: offer.id, motivation: 'm', rank: 1 } }, student.token, 'applyToOffer');
      await db.query(`UPDATE offer SET "applicationDeadline" = now() + interval '20 hours' WHERE id = $1`, [offer.id]);
      await db.query(
        `UPDATE offer_slot SET "startsAt" = now() + interval '22 hours', "endsAt" = now() + interval '23 hours' WHERE "offerId" = $1`,
        [offer.id],
      );
      offers.push(offer.id);
    };
    const count = async () => {
      await settled();
      return {
        deadlines: await statements(() => planner.deadlineReminders(48 * 3600_000)),
        visits: await statements(() => planner.siteVisitReminders(24 * 3600_000)),
        intents: (await planner.deadlineReminders(48 * 3600_000)).filter(
          (i) => i.eventKey.startsWith('deadline:') && offers.some((id) => i.eventKey.includes(id)),
        ).length,
      };
    };
    try {
      await closingSoon();
      const one = await count();
      await closingSoon();
      await closingSoon();
      const three = await count();
      expect(one.intents).toBe(1);
      expect(three.intents).toBe(3);
      expect({ deadlines: three.deadlines, visits: three.visits }).toEqual({
        deadlines: one.deadlines,
        visits: one.visits,
      });
    } finally {
      await db.query(`UPDATE offer SET "applicationDeadline" = now() + interval '10 days' WHERE id = ANY($1)`, [
        offers,
      ]);
      await db.query(
        `UPDATE offer_slot SET "startsAt" = now() + interval '15 days', "endsAt" = now() + interval '15 days 2 hours' WHERE "offerId" = ANY($1)`,
        [offers],
      );
    }
  });

  it('shows the queue dashboard to platform admins only', async () => {
    const get = (token?: string) =>
      fetch(`${api.url}/admin/queues/api/queues`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get()).status).toBe(401);
    expect((await get('nonsense')).status).toBe(401);
    expect((await get(market.companyX.token)).status).toBe(403);
    const res = await get(await loginPlatformAdmin(api));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(
      expect.arrayContaining(['deliveries', 'notifications', 'scheduled', 'seats']),
    );
  });

  it('closes offers whose deadline has passed', async () => {
    const offer = await createOffer(api, market.companyX.token, market.facilityX, { capacities: [1] });
    await db.query(`UPDATE offer SET "applicationDeadline" = now() - interval '1 minute' WHERE id = $1`, [offer.id]);
    await worker.get(ScheduledProcessor).process({ name: 'schedule.close_offers', data: {} } as never);
    expect((await db.query(`SELECT status FROM offer WHERE id = $1`, [offer.id]))[0].status).toBe('CLOSED');
    // Through the offer lifecycle, like a close by hand: closedAt and a history row.
    const [closed] = await db.query(`SELECT "closedAt" FROM offer WHERE id = $1`, [offer.id]);
    expect(closed.closedAt).not.toBeNull();
    const history = await db.query(
      `SELECT "subjectType", "fromStatus", "toStatus", "actorId" FROM status_change WHERE "subjectId" = $1 ORDER BY at, id`,
      [offer.id],
    );
    expect(history.at(-1)).toEqual({
      subjectType: 'OFFER',
      fromStatus: 'PUBLISHED',
      toStatus: 'CLOSED',
      actorId: null,
    });
  });
});
