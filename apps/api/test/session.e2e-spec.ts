import { JwtService } from '@nestjs/jwt';
import { DEV_JWT_SECRET } from '@practicum/config';
import {
  codeOf,
  createProgram,
  PASSWORD,
  registerOrganization,
  registerStudent,
  uniq,
  verify,
} from '@practicum/testing';
import { startApi, TestApi } from './support/apps';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken member { id } } }`;
const ME = `{ me { id email } }`;

/** A browser-like POST: the session cookie, no Authorization header. */
async function post(api: TestApi, body: string, headers: Record<string, string>) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text, setCookie: res.headers.getSetCookie() };
}

const gqlWithCookie = (api: TestApi, cookie: string, query: string, variables: Record<string, unknown> = {}) =>
  post(api, JSON.stringify({ query, variables }), { 'content-type': 'application/json', cookie });

const sessionCookieOf = (setCookie: string[]) => setCookie.find((c) => c.startsWith('practicum_token='));
const cookieHeader = (setCookie: string) => setCookie.split(';')[0];

describe('portal session cookie (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('login sets an httpOnly, SameSite=Lax session cookie that authenticates without a header', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const res = await post(
      api,
      JSON.stringify({ query: LOGIN, variables: { input: { email: company.email, password: PASSWORD } } }),
      { 'content-type': 'application/json' },
    );
    expect(res.json.errors).toBeUndefined();
    const cookie = sessionCookieOf(res.setCookie)!;
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).toMatch(/; Expires=/i);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(cookieHeader(cookie)).toBe(`practicum_token=${encodeURIComponent(res.json.data.login.accessToken)}`);

    const me = await gqlWithCookie(api, cookieHeader(cookie), ME);
    expect(me.json.errors).toBeUndefined();
    expect(me.json.data.me).toEqual({ id: company.memberId, email: company.email });
  });

  it('registration answers set the cookie too, and a header beats the cookie', async () => {
    const res = await post(
      api,
      JSON.stringify({
        query: `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { member { id } } }`,
        variables: {
          input: {
            name: uniq('Cookie Co'),
            kind: 'COMPANY',
            admin: { email: `${uniq('c')}@example.org`, fullName: 'C', password: PASSWORD },
          },
        },
      }),
      { 'content-type': 'application/json' },
    );
    const cookie = cookieHeader(sessionCookieOf(res.setCookie)!);
    const other = await registerOrganization(api, 'COMPANY');
    const both = await post(api, JSON.stringify({ query: ME }), {
      'content-type': 'application/json',
      cookie,
      authorization: `Bearer ${other.token}`,
    });
    expect(both.json.data.me.id).toBe(other.memberId);
    expect((await gqlWithCookie(api, cookie, ME)).json.data.me.id).toBe(res.json.data.registerOrganization.member.id);
  });

  it('logout clears the cookie; a browser then holds no session', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const res = await gqlWithCookie(api, `practicum_token=${company.token}`, `mutation { logout }`);
    expect(res.json).toEqual({ data: { logout: true } });
    const cleared = sessionCookieOf(res.setCookie)!;
    expect(cleared).toMatch(/^practicum_token=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/; HttpOnly/i);
    const after = await post(api, JSON.stringify({ query: ME }), { 'content-type': 'application/json' });
    expect(codeOf({ ...after.json, status: after.status })).toBe('UNAUTHENTICATED');
    // Logging out with an expired or broken cookie still works (the portal must be able to leave).
    expect((await gqlWithCookie(api, 'practicum_token=garbage', `mutation { logout }`)).json).toEqual({
      data: { logout: true },
    });
  });

  it('an expired cookie and a removed member answer UNAUTHENTICATED', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const expired = await new JwtService({ secret: DEV_JWT_SECRET }).signAsync({
      sub: company.memberId,
      ver: 0,
      exp: Math.floor(Date.now() / 1000) - 5,
    });
    const res = await gqlWithCookie(api, `practicum_token=${expired}`, ME);
    expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.json.errors[0].message).toMatch(/expired/);

    const uni = await registerOrganization(api, 'UNIVERSITY');
    const programId = await createProgram(api, uni.token);
    await verify(api, uni.organizationId);
    const student = await registerStudent(api, uni.organizationId, programId);
    const cookie = `practicum_token=${student.token}`;
    expect((await gqlWithCookie(api, cookie, ME)).json.data.me.id).toBe(student.id);
    const removed = await api.gql(
      `mutation($id: ID!) { removeMember(id: $id) { status } }`,
      { id: student.id },
      uni.token,
    );
    expect(removed.data.removeMember.status).toBe('REMOVED');
    const after = await gqlWithCookie(api, cookie, ME);
    expect(after.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('CSRF', () => {
    const INVITE = (email: string) =>
      `mutation { inviteMember(input: { email: "${email}", fullName: "Mallory", role: ADMIN }) { id } }`;
    const membersOf = async (company: { organizationId: string; token: string }) =>
      (
        await api.gql(
          `query($id: ID!) { organization(id: $id) { members { email } } }`,
          { id: company.organizationId },
          company.token,
        )
      ).data.organization.members.map((m: { email: string }) => m.email);

    it('refuses a cross-site-style simple POST that carries the cookie, and changes nothing', async () => {
      const company = await registerOrganization(api, 'COMPANY');
      const cookie = `practicum_token=${company.token}`;
      const victims = [
        `${uniq('csrf-text')}@example.org`,
        `${uniq('csrf-form')}@example.org`,
        `${uniq('csrf-none')}@example.org`,
      ];
      const text = await post(api, JSON.stringify({ query: INVITE(victims[0]) }), {
        'content-type': 'text/plain',
        cookie,
      });
      const form = await post(api, `query=${encodeURIComponent(INVITE(victims[1]))}`, {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
      });
      const bare = await post(api, JSON.stringify({ query: INVITE(victims[2]) }), { cookie });
      for (const res of [text, form, bare]) {
        expect(res.status).toBe(400);
        expect(res.text).toMatch(/CSRF/);
      }
      expect(await membersOf(company)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^csrf-/)]));
      // The same operation sent as the portal sends it (JSON) goes through.
      const ok = await gqlWithCookie(api, cookie, INVITE(`${uniq('ok')}@example.org`));
      expect(ok.json.errors).toBeUndefined();
    });

    it('a GET with the cookie is refused without a preflight header, and never runs a mutation', async () => {
      const company = await registerOrganization(api, 'COMPANY');
      const cookie = `practicum_token=${company.token}`;
      const get = (query: string, headers: Record<string, string> = {}) =>
        fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { cookie, ...headers } }).then(
          async (r) => ({ status: r.status, text: await r.text() }),
        );
      const simple = await get(ME);
      expect(simple.status).toBe(400);
      expect(simple.text).toMatch(/CSRF/);
      const preflighted = await get(ME, { 'apollo-require-preflight': 'true' });
      expect(JSON.parse(preflighted.text).data.me.email).toBe(company.email);
      const email = `${uniq('csrf-get')}@example.org`;
      const mutation = await get(INVITE(email), { 'apollo-require-preflight': 'true' });
      expect(mutation.status).toBe(405);
      expect(await membersOf(company)).not.toContain(email);
    });
  });

  it('marks the cookie Secure when the portal is served over https', async () => {
    const secure = await startApi({ PUBLIC_URL: 'https://practicum.example' });
    try {
      const company = await registerOrganization(secure, 'COMPANY');
      const res = await post(
        secure,
        JSON.stringify({ query: LOGIN, variables: { input: { email: company.email, password: PASSWORD } } }),
        { 'content-type': 'application/json' },
      );
      expect(sessionCookieOf(res.setCookie)).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
