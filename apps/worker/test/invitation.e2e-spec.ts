import { INestApplicationContext } from '@nestjs/common';
import { codeOf, login, PASSWORD, registerOrganization, startApi, startSmtp, startWorker, TestApi, TestSmtp, uniq } from '@practicum/testing';
import { DataSource } from 'typeorm';

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
    const invited = await api.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id status role } }`, { input: { email, fullName: 'Cora <Coordinator>' } }, uni.token);
    expect(invited.data.inviteMember).toMatchObject({ status: 'INVITED', role: 'COORDINATOR' });
    expect(codeOf(await api.gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: email, p: PASSWORD }))).toBe('UNAUTHENTICATED');

    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toContain('invited');
    expect(mail.html).toContain('Cora &lt;Coordinator&gt;');
    expect(mail.text).toContain('Cora <Coordinator>');
    const token = /invitation code is: ([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const accepted = await api.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken member { status email } } }`, { input: { token, password: PASSWORD } });
    expect(accepted.data.acceptInvitation.member).toEqual({ status: 'ACTIVE', email });
    expect(await login(api, email)).toMatch(/^ey/);
    const reuse = await api.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password: PASSWORD } });
    expect(codeOf(reuse)).toBe('BAD_USER_INPUT');
  });

  it('relays every outbox row exactly once and marks it relayed', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const emails = Array.from({ length: 5 }, () => `${uniq('c')}@uni.example`);
    await Promise.all(emails.map((email) => api.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, { input: { email, fullName: 'C' } }, uni.token)));
    for (const email of emails) await smtp.waitFor((m) => m.to.includes(email));
    await new Promise((r) => setTimeout(r, 500));
    for (const email of emails) expect(smtp.mails.filter((m) => m.to.includes(email))).toHaveLength(1);
    const pending = await worker.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL`);
    expect(pending[0].n).toBe(0);
  });

  it('keeps accepting changes while the worker is away, and delivers them when it is back', async () => {
    await worker.close();
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const email = `${uniq('late')}@uni.example`;
    const res = await api.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, { input: { email, fullName: 'Late' } }, uni.token);
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
