import { codeOf, PASSWORD, registerOrganization, startApi, TestApi } from '@practicum/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('sign-in rate limits (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '12', LOGIN_FAILURES_PER_ACCOUNT: '3', REDIS_PREFIX: `${process.env.REDIS_PREFIX}-limits` });
  });
  afterAll(() => api.close());

  it('locks an account after repeated failures, even for the right password, and says when to retry', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await api.gql(LOGIN, { input: { email: company.email, password: 'Wrong-password-9' } }))).toBe('UNAUTHENTICATED');
    }
    const locked = await api.gql(LOGIN, { input: { email: company.email, password: PASSWORD } });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits attempts per client address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 14; i++) {
      codes.push(codeOf(await api.gql(LOGIN, { input: { email: `nobody${i}@example.org`, password: 'Wrong-password-9' } })) as string);
    }
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(12);
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
    const prod = await startApi({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PLATFORM_ADMIN_PASSWORD: 'a-production-password-1' });
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
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost/hook', 'http://10.0.0.7/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://[::ffff:192.168.0.1]/', 'http://0x7f.1/']) {
      const res = await api.gql(REGISTER, { input: { url, events: ['application.submitted'] } }, company.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toHaveProperty('url');
    }
    expect((await api.gql(LIST, {}, company.token)).data.webhooks).toEqual([]);
    const ok = await api.gql(REGISTER, { input: { url: 'https://93.184.215.14/hook', events: ['application.submitted'] } }, company.token);
    expect(ok.errors).toBeUndefined();
    expect((await api.gql(LIST, {}, company.token)).data.webhooks).toEqual([{ id: ok.data.registerWebhook.endpoint.id, url: 'https://93.184.215.14/hook' }]);
  });
});
