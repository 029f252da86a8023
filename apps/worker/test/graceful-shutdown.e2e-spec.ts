import { AddressInfo } from 'node:net';
import { eventually, registerOrganization, spawnWorkerProcess, uniq } from '@practicum/testing';
import { startApi, TestApi } from '../../api/test/support/apps';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';

describe('worker shutdown on SIGTERM (e2e)', () => {
  let api: TestApi;
  let smtp: SMTPServer;
  let smtpUrl: string;
  const events: { at: number; what: string; to?: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        events.push({ at: Date.now(), what: 'receiving', to });
        stream.resume();
        stream.on('end', () =>
          setTimeout(() => {
            events.push({ at: Date.now(), what: 'accepted', to });
            callback();
          }, 1500),
        );
      },
    });
    smtp.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    api = await startApi();
    await api.app
      .get(DataSource)
      .query(
        `UPDATE outbox_event SET "relayedAt" = now(), "handledAt" = now() WHERE "relayedAt" IS NULL OR "handledAt" IS NULL`,
      );
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('finishes the email it is sending, records it, and exits cleanly', async () => {
    const worker = await spawnWorkerProcess({ SMTP_URL: smtpUrl });
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const email = `${uniq('late')}@uni.example`;
    await api.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email, fullName: 'Sig Term' } },
      uni.token,
    );
    await eventually(
      () => events.find((e) => e.what === 'receiving' && e.to === email),
      20000,
      'the worker to start sending',
    );
    const signalled = Date.now();
    await worker.stop();
    const stoppedAt = Date.now();
    // Nest re-raises the signal after its shutdown hooks ran; the timing below shows they did.
    expect(worker.child.exitCode === 0 || worker.child.signalCode === 'SIGTERM').toBe(true);
    const accepted = events.find((e) => e.what === 'accepted' && e.to === email);
    expect(accepted).toBeDefined();
    expect(accepted!.at).toBeGreaterThanOrEqual(signalled);
    expect(stoppedAt).toBeGreaterThanOrEqual(accepted!.at);
    const [row] = await api.app
      .get(DataSource)
      .query(
        `SELECT d.status FROM notification_delivery d JOIN member m ON m.id = d."memberId" WHERE m.email = $1 AND d.channel = 'EMAIL'`,
        [email],
      );
    expect(row.status).toBe('SENT');
  });
});
