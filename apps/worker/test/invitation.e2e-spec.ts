import { INestApplicationContext } from '@nestjs/common';
import { codeOf, login, PASSWORD, registerOrganization, startSmtp, TestSmtp, uniq } from '@practicum/testing';
import { startApi, startWorker, TestApi } from '../../api/test/support/apps';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';

const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken member { status email } } }`;

/** Every Redis value under this run's prefix (strings, hashes, lists, sets, sorted sets, streams), as one text. */
async function redisText(prefix: string): Promise<string> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    const parts: string[] = [];
    for (const key of await redis.keys(`${prefix}:*`)) {
      const type = await redis.type(key);
      const value =
        type === 'string'
          ? await redis.get(key)
          : type === 'hash'
            ? await redis.hgetall(key)
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'set'
                ? await redis.smembers(key)
                : type === 'zset'
                  ? await redis.zrange(key, 0, -1)
                  : type === 'stream'
                    ? await redis.xrange(key, '-', '+')
                    : null;
      parts.push(key, JSON.stringify(value));
    }
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

describe('invitations through the outbox, the worker and real SMTP (e2e)', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi();
    // Events left by other test files are not this file's business.
    await api.app.get(DataSource).query(`UPDATE outbox_event SET "relayedAt" = now() WHERE "relayedAt" IS NULL`);
    worker = await startWorker({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  it('invites a coordinator by email, who accepts and signs in', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY', uniq('Karolinska'));
    const email = `${uniq('coord')}@ki.example`;
    const invited = await api.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id status role } }`,
      { input: { email, fullName: 'Cora <Coordinator>' } },
      uni.token,
    );
    expect(invited.data.inviteMember).toMatchObject({ status: 'INVITED', role: 'COORDINATOR' });
    expect(
      codeOf(
        await api.gql(
          `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
          { e: email, p: PASSWORD },
        ),
      ),
    ).toBe('UNAUTHENTICATED');

    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toContain('invited');
    expect(mail.html).toContain('Cora &lt;Coordinator&gt;');
    expect(mail.text).toContain('Cora <Coordinator>');
    const token = /invitation code is: ([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    // The code is in the email only: not in the database (events, deliveries, members, notifications) nor in Redis.
    const db = api.app.get(DataSource);
    for (const table of ['outbox_event', 'notification_delivery', 'notification', 'member']) {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM ${table} t WHERE strpos(row_to_json(t)::text, $1) > 0`,
        [token],
      );
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    const [delivery] = await db.query(
      `SELECT content FROM notification_delivery d JOIN member m ON m.id = d."memberId" WHERE m.email = $1`,
      [email],
    );
    expect(delivery.content).toMatchObject({
      to: email,
      subject: mail.subject,
      text: '',
      html: '',
      sealed: expect.stringMatching(/^enc:v1:/),
    });
    const redis = await redisText(process.env.REDIS_PREFIX!);
    expect(redis).toContain(invited.data.inviteMember.id); // this invitation's job data is there, without the code
    expect(redis).not.toContain(token);

    // Two parallel acceptances of one code: one wins, the other is told the invitation is used.
    const both = await Promise.all([0, 1].map(() => api.gql(ACCEPT, { input: { token, password: PASSWORD } })));
    const winner = both.find((r) => !r.errors)!;
    const loser = both.find((r) => r.errors)!;
    expect(winner.data.acceptInvitation.member).toEqual({ status: 'ACTIVE', email });
    expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_USED' });
    expect(await login(api, email)).toMatch(/^ey/);
    const reuse = await api.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(reuse.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_USED' });
    expect(codeOf(await api.gql(ACCEPT, { input: { token: `${token}x`, password: PASSWORD } }))).toBe('BAD_USER_INPUT');
  });

  it('relays every outbox row exactly once and marks it relayed', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const emails = Array.from({ length: 5 }, () => `${uniq('c')}@uni.example`);
    await Promise.all(
      emails.map((email) =>
        api.gql(
          `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
          { input: { email, fullName: 'C' } },
          uni.token,
        ),
      ),
    );
    for (const email of emails) await smtp.waitFor((m) => m.to.includes(email));
    await new Promise((r) => setTimeout(r, 500));
    for (const email of emails) expect(smtp.mails.filter((m) => m.to.includes(email))).toHaveLength(1);
    const pending = await worker
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL`);
    expect(pending[0].n).toBe(0);
  });

  it('keeps accepting changes while the worker is away, and delivers them when it is back', async () => {
    await worker.close();
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const email = `${uniq('late')}@uni.example`;
    const res = await api.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email, fullName: 'Late' } },
      uni.token,
    );
    expect(res.errors).toBeUndefined();
    worker = await startWorker({ SMTP_URL: smtp.url });
    await smtp.waitFor((m) => m.to.includes(email));
  });

  it('tells the admins of a verified organization', async () => {
    const company = await registerOrganization(api, 'COMPANY', uniq('SmartCella'));
    const admin = await login(api, 'admin@practicum.local', 'practicum-admin-2026');
    await api.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: company.organizationId }, admin);
    const mail = await smtp.waitFor((m) => m.to.includes(company.email));
    expect(mail.subject).toContain('is verified');
  });
});
