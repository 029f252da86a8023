import { request } from 'node:http';
import { AuthService } from '@practicum/core';
import { codeOf, GqlResult, PASSWORD, REGISTER, registerOrganization, uniq } from '@practicum/testing';
import { startApi, TestApi } from './support/apps';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** A GraphQL request from a chosen loopback address (127.0.0.1, 127.0.0.2, ...): the API sees it as req.ip. */
function gqlFrom(
  api: TestApi,
  localAddress: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResult> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ ...(JSON.parse(text) as object), status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in rate limits (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({
      LOGIN_ATTEMPTS_PER_MINUTE: '12',
      LOGIN_FAILURES_PER_ACCOUNT: '3',
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-limits`,
    });
  });
  afterAll(() => api.close());

  it('stops one address after repeated failures on an account, even for the right password, and says when to retry', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await api.gql(LOGIN, { input: { email: company.email, password: 'Wrong-password-9' } }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await api.gql(LOGIN, { input: { email: company.email, password: PASSWORD } });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits attempts per client address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 14; i++) {
      codes.push(
        codeOf(
          await api.gql(LOGIN, { input: { email: `nobody${i}@example.org`, password: 'Wrong-password-9' } }),
        ) as string,
      );
    }
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(12);
  });
});

describe('sign-in limits under parallel attempts and third-party failures (e2e)', () => {
  let api: TestApi;
  let work: AuthService['passwordWork'];
  beforeAll(async () => {
    api = await startApi({
      LOGIN_FAILURES_PER_ACCOUNT: '8',
      LOGIN_SLOWDOWN_MAX_MS: '300',
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-parallel`,
    });
    work = api.app.get(AuthService).passwordWork;
  });
  afterAll(() => api.close());

  it('checks the password at most 8 times for 30 parallel wrong attempts on one account', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const before = work.verifications;
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        api.gql(LOGIN, { input: { email: company.email, password: 'Wrong-password-9' } }),
      ),
    );
    const codes = results.map((r) => codeOf(r));
    expect(work.verifications - before).toBeLessThanOrEqual(8);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(8);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(22);
    expect(new Set(codes)).toEqual(new Set(['UNAUTHENTICATED', 'RATE_LIMITED']));
  }, 180000);

  it('lets the owner sign in from another address while an attacker keeps failing ten times a second', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const attacker: Promise<GqlResult>[] = [];
    const attack = async () => {
      for (let i = 0; i < 20; i++) {
        attacker.push(
          gqlFrom(api, '127.0.0.1', LOGIN, { input: { email: company.email, password: `Wrong-password-${i}` } }),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const attacking = attack();
    // The owner comes once the attacker has used up the account's failures, the attack still going on.
    while (attacker.length < 9) await new Promise((r) => setTimeout(r, 20));
    await Promise.all(attacker.slice(0, 8));
    const owner = await gqlFrom(api, '127.0.0.2', LOGIN, { input: { email: company.email, password: PASSWORD } });
    await attacking;
    const attackerCodes = (await Promise.all(attacker)).map((r) => codeOf(r));
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.accessToken).toMatch(/^ey/);
    expect(attackerCodes).toContain('RATE_LIMITED');
    expect(attackerCodes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(8);
    // The attacker's address stays stopped for this account; the owner's success does not free it.
    expect(
      codeOf(await gqlFrom(api, '127.0.0.1', LOGIN, { input: { email: company.email, password: PASSWORD } })),
    ).toBe('RATE_LIMITED');
  }, 180000);
});

describe('anonymous mutations that hash passwords (e2e)', () => {
  let api: TestApi;
  let work: AuthService['passwordWork'];
  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '5', REDIS_PREFIX: `${process.env.REDIS_PREFIX}-anonymous` });
    work = api.app.get(AuthService).passwordWork;
  });
  afterAll(() => api.close());

  const organization = (email = `${uniq('a')}@example.org`, name = uniq('Org')) => ({
    input: { name, kind: 'COMPANY', admin: { email, fullName: 'A', password: PASSWORD } },
  });
  const STUDENT = `mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { accessToken } }`;

  it('limits registrations per client address', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) codes.push(codeOf(await gqlFrom(api, '127.0.0.3', REGISTER, organization())));
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(
      codeOf(
        await gqlFrom(
          api,
          '127.0.0.3',
          `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
          { input: { token: 'x'.repeat(43), password: PASSWORD } },
        ),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('checks the university, the program, the name and the email before hashing the password', async () => {
    const from = '127.0.0.4';
    const first = organization();
    expect((await gqlFrom(api, from, REGISTER, first)).errors).toBeUndefined();
    const hashes = work.hashes;
    const takenEmail = await gqlFrom(api, from, REGISTER, organization(first.input.admin.email.toUpperCase()));
    const takenName = await gqlFrom(api, from, REGISTER, organization(undefined, first.input.name.toLowerCase()));
    const noUniversity = await gqlFrom(api, from, STUDENT, {
      input: {
        universityId: '00000000-0000-4000-8000-000000000000',
        programId: '00000000-0000-4000-8000-000000000001',
        email: first.input.admin.email,
        fullName: 'S',
        password: PASSWORD,
      },
    });
    expect([codeOf(takenEmail), codeOf(takenName), codeOf(noUniversity)]).toEqual([
      'CONFLICT',
      'CONFLICT',
      'BAD_USER_INPUT',
    ]);
    expect(work.hashes).toBe(hashes);
  });

  it('refuses a mutation with more than 5 root fields, aliases and fragments included, with HTTP 400 before running any', async () => {
    const attempt = (i: number) =>
      `l${i}: login(input: { email: "nobody${i}@example.org", password: "Wrong-password-9" }) { accessToken }`;
    const verifications = work.verifications;
    const aliased = await gqlFrom(
      api,
      '127.0.0.5',
      `mutation Guess { ${[0, 1, 2, 3, 4, 5].map(attempt).join(' ')} }`,
      {},
    );
    expect(aliased.status).toBe(400);
    expect(codeOf(aliased)).toBe('TOO_MANY_ROOT_FIELDS');
    expect(aliased.errors![0].message).toMatch(/Guess.*6 root fields.*at most 5/);
    const fragments = await gqlFrom(
      api,
      '127.0.0.5',
      `mutation { ...A ... on Mutation { ${attempt(9)} } } fragment A on Mutation { ${[0, 1, 2, 3, 4].map(attempt).join(' ')} }`,
      {},
    );
    expect(fragments.status).toBe(400);
    expect(codeOf(fragments)).toBe('TOO_MANY_ROOT_FIELDS');
    expect(work.verifications).toBe(verifications);
    const five = await gqlFrom(api, '127.0.0.5', `mutation { ${[0, 1, 2, 3, 4].map(attempt).join(' ')} }`, {});
    expect(five.status).toBe(200);
    expect(codeOf(five)).toBe('UNAUTHENTICATED');
  });
});

describe('query abuse and production mode (e2e)', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startApi();
    token = (await registerOrganization(api, 'COMPANY')).token;
  });
  afterAll(() => api.close());

  it('refuses batched requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('answers a missing required variable with BAD_USER_INPUT, not an internal error', async () => {
    const res = await api.gql(`query($first: Int!) { offers(first: $first) { edges { cursor } } }`, {}, token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses alias flooding of real fields by cost', async () => {
    const aliases = Array.from({ length: 800 }, (_, i) => `m${i}: me { id email organization { name } }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`, {}, token);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].extensions).toMatchObject({ limit: 2000 });
  });

  it('turns introspection and the sandbox off in production', async () => {
    const prod = await startApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(48),
      PLATFORM_ADMIN_PASSWORD: 'a-production-password-1',
      DATA_ENCRYPTION_KEY: 'd'.repeat(64),
    });
    try {
      const introspection = await prod.gql(`{ __schema { types { name } } }`);
      expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/sandbox|embeddable/i);
      const res = await prod.gql(`mutation { verifyOrganization(id: "00000000-0000-0000-0000-000000000000") { id } }`);
      expect(JSON.stringify(res)).not.toMatch(/stack|node_modules/);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    } finally {
      await prod.close();
    }
  });
});

describe('webhook endpoints on internal addresses (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' });
  });
  afterAll(() => api.close());

  const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id url } } }`;
  const LIST = `{ webhooks { id url } }`;

  it('refuses loopback, private, link-local and mapped addresses with BAD_USER_INPUT and stores nothing', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://10.0.0.7/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://[::ffff:192.168.0.1]/',
      'http://0x7f.1/',
    ]) {
      const res = await api.gql(REGISTER, { input: { url, events: ['application.submitted'] } }, company.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toHaveProperty('url');
    }
    expect((await api.gql(LIST, {}, company.token)).data.webhooks).toEqual([]);
    const ok = await api.gql(
      REGISTER,
      { input: { url: 'https://93.184.215.14/hook', events: ['application.submitted'] } },
      company.token,
    );
    expect(ok.errors).toBeUndefined();
    expect((await api.gql(LIST, {}, company.token)).data.webhooks).toEqual([
      { id: ok.data.registerWebhook.endpoint.id, url: 'https://93.184.215.14/hook' },
    ]);
  });
});
