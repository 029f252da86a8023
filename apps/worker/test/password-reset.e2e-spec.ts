import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import {
  codeOf,
  eventually,
  login,
  PASSWORD,
  registerOrganization,
  startSmtp,
  TestSmtp,
  uniq,
} from '@practicum/testing';
import { startApi, startWorker, TestApi } from '../../api/test/support/apps';
import { DataSource } from 'typeorm';

const REQUEST = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, newPassword: $password }) }`;
const NEW_PASSWORD = 'Fresh-gowning-2027';

describe('password reset through the outbox, the worker and real SMTP (e2e)', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000', PUBLIC_URL: 'https://portal.practicum.example' });
    db = api.app.get(DataSource);
    await db.query(`UPDATE outbox_event SET "relayedAt" = now() WHERE "relayedAt" IS NULL`);
    worker = await startWorker({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://portal.practicum.example' });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  /** Asks for a reset of `email` and returns the token of the link it receives. */
  async function resetTokenFor(email: string, askedAs = email): Promise<string> {
    const before = smtp.mails.filter((m) => m.to.includes(email)).length;
    expect(await api.gql(REQUEST, { email: askedAs })).toMatchObject({ data: { requestPasswordReset: true } });
    await eventually(
      () => smtp.mails.filter((m) => m.to.includes(email)).length > before,
      20000,
      `the reset email to ${email}`,
    );
    const mail = smtp.mails.filter((m) => m.to.includes(email)).at(-1)!;
    const token = /https:\/\/portal\.practicum\.example\/reset-password\?token=([A-Za-z0-9_-]{20,})/.exec(
      mail.text,
    )?.[1];
    expect(token).toBeDefined();
    expect(mail.html).toContain(`href="https://portal.practicum.example/reset-password?token=${token}"`);
    return token!;
  }

  it('emails a link; the token resets the password once, and tokens issued before stop working', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const token = await resetTokenFor(company.email, company.email.toUpperCase());
    const mail = smtp.mails.find((m) => m.to.includes(company.email))!;
    expect(mail.subject).toBe('Reset your Practicum password');

    expect(await api.gql(RESET, { token, password: NEW_PASSWORD })).toMatchObject({ data: { resetPassword: true } });
    expect(codeOf(await api.gql(`{ me { id } }`, {}, company.token))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await api.gql(
          `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
          { e: company.email, p: PASSWORD },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    const signedIn = await login(api, company.email, NEW_PASSWORD);
    expect((await api.gql(`{ me { id } }`, {}, signedIn)).data.me.id).toBe(company.memberId);

    const reuse = await api.gql(RESET, { token, password: 'Another-password-2028' });
    expect(codeOf(reuse)).toBe('BAD_USER_INPUT');
    expect(reuse.errors![0].extensions!.fields).toHaveProperty('token');
    expect(await login(api, company.email, NEW_PASSWORD)).toMatch(/^ey/);
  });

  it('keeps the clear token out of the outbox, the delivery, the reset row and the job data', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const token = await resetTokenFor(company.email);
    const hash = createHash('sha256').update(token).digest('hex');
    const [reset] = await db.query(
      `SELECT r.* FROM password_reset r JOIN member m ON m.id = r."memberId" WHERE m.email = $1`,
      [company.email],
    );
    expect(reset.tokenHash).toBe(hash);
    const stored: { text: string }[] = await db.query(
      `SELECT payload::text AS text FROM outbox_event WHERE id = $1::uuid
       UNION ALL SELECT content::text FROM notification_delivery WHERE "eventKey" = $1::text
       UNION ALL SELECT row_to_json(r)::text FROM password_reset r WHERE id = $1::uuid`,
      [reset.id],
    );
    expect(stored).toHaveLength(3);
    for (const { text } of stored) expect(text).not.toContain(token);
    expect(stored[1].text).toContain('{{practicum-secret}}');
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const prefix = process.env.REDIS_PREFIX ?? 'practicum';
      const job = await redis.hgetall(`${prefix}:notifications:${reset.id}`);
      expect(job.name).toBe('password_reset.requested');
      expect(JSON.stringify(job)).not.toContain(token);
    } finally {
      redis.disconnect();
    }
  });

  it('answers an unknown address exactly like a known one and emails nobody', async () => {
    const email = `${uniq('nobody')}@example.org`;
    const res = await api.gql(REQUEST, { email });
    expect(res).toEqual({ data: { requestPasswordReset: true }, status: 200 });
    const [event] = await db.query(
      `SELECT id FROM outbox_event WHERE type = 'password_reset.requested' AND payload->>'email' = $1`,
      [email],
    );
    await eventually(
      async () => (await db.query(`SELECT "handledAt" FROM outbox_event WHERE id = $1`, [event.id]))[0].handledAt,
      20000,
      'the request to be handled',
    );
    expect(await db.query(`SELECT 1 FROM password_reset WHERE id = $1`, [event.id])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM notification_delivery WHERE "eventKey" = $1::text`, [event.id])).toEqual([]);
    expect(smtp.mails.filter((m) => m.to.includes(email))).toEqual([]);
  });

  it('refuses an expired token and a weak password (which does not use the token up)', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const token = await resetTokenFor(company.email);
    const weak = await api.gql(RESET, { token, password: 'short' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions!.fields).toHaveProperty('newPassword');
    await db.query(`UPDATE password_reset SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = $1`, [
      createHash('sha256').update(token).digest('hex'),
    ]);
    const expired = await api.gql(RESET, { token, password: NEW_PASSWORD });
    expect(codeOf(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0].extensions!.fields).toHaveProperty('token');
    expect(await login(api, company.email)).toMatch(/^ey/);
    expect(codeOf(await api.gql(RESET, { token: 'x'.repeat(43), password: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
  });

  it('lets exactly one of concurrent resets with the same token through', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const token = await resetTokenFor(company.email);
    const passwords = Array.from({ length: 6 }, (_, i) => `Concurrent-pass-${i}0`);
    const answers = await Promise.all(passwords.map((password) => api.gql(RESET, { token, password })));
    const winners = passwords.filter((_, i) => answers[i].data?.resetPassword === true);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a) === 'BAD_USER_INPUT')).toHaveLength(passwords.length - 1);
    expect(await login(api, company.email, winners[0])).toMatch(/^ey/);
  });

  it('limits requests per email whether or not the account exists, with the same answer', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    for (const email of [company.email, `${uniq('ghost')}@example.org`]) {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await api.gql(REQUEST, { email }));
      expect(answers.slice(0, 5).map((a) => a.data?.requestPasswordReset)).toEqual([true, true, true, true, true]);
      expect(codeOf(answers[5])).toBe('RATE_LIMITED');
      expect(answers[5].errors![0].message).toMatch(/^Too many password-reset requests: try again in \d+ s$/);
    }
  });
});
