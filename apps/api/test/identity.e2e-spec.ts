import { JwtService } from '@nestjs/jwt';
import { DEV_JWT_SECRET } from '@practicum/config';
import {
  codeOf,
  login,
  loginPlatformAdmin,
  PASSWORD,
  REGISTER,
  registerOrganization,
  uniq,
  verify,
} from '@practicum/testing';
import { startApi, TestApi } from './support/apps';

const ME = `{ me { id email role status organization { id name kind verified } program { name } } }`;

describe('identity (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('registers a company with its first admin, signed in, and answers me', async () => {
    const name = uniq('Vecura');
    const company = await registerOrganization(api, 'COMPANY', name);
    const me = await api.gql(ME, {}, company.token);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({
      email: company.email,
      role: 'ADMIN',
      status: 'ACTIVE',
      organization: { name, kind: 'COMPANY', verified: false },
    });
  });

  it('reads the token once for an operation with several root fields, public and private alike', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const both = await api.gql(
      `{ me { id } facilities { id } first: me { role } organizations(kind: COMPANY) { id } }`,
      {},
      company.token,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toMatchObject({ me: { id: company.memberId }, facilities: [], first: { role: 'ADMIN' } });
    // A bad token: private fields say why, public ones still answer as for anyone.
    const bad = await api.gql(`{ organizations(kind: COMPANY) { id } me { id } }`, {}, 'not-a-token');
    expect(bad.errors!.map((e) => [e.path, e.extensions!.code, e.message])).toEqual([
      [['me'], 'UNAUTHENTICATED', 'The access token is not valid'],
    ]);
    expect(bad.data).toBeNull(); // me is non-null
    expect((await api.gql(`{ organizations(kind: COMPANY) { id } }`, {}, 'not-a-token')).errors).toBeUndefined();
  });

  it('refuses a second account with the same email (any case) as CONFLICT and writes nothing', async () => {
    const first = await registerOrganization(api, 'UNIVERSITY');
    const name = uniq('Other');
    const res = await api.gql(REGISTER, {
      input: { name, kind: 'COMPANY', admin: { email: first.email.toUpperCase(), fullName: 'B', password: PASSWORD } },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    const orgs = await api.gql(`query { organizations(verified: false) { name } }`, {}, await loginPlatformAdmin(api));
    expect(orgs.data.organizations.map((o: { name: string }) => o.name)).not.toContain(name);
    // An explicit null filter means no filter (it reached the database as `verified IS NULL` and failed).
    const all = await api.gql(
      `query { organizations(kind: null, verified: null) { name verified } }`,
      {},
      await loginPlatformAdmin(api),
    );
    expect(all.errors).toBeUndefined();
    expect(all.data.organizations.some((o: { verified: boolean }) => !o.verified)).toBe(true);
  });

  it('names every bad field with BAD_USER_INPUT', async () => {
    const res = await api.gql(REGISTER, {
      input: {
        name: 'V',
        kind: 'COMPANY',
        country: 'Germany',
        latitude: 123,
        admin: { email: 'not-an-email', fullName: 'A', password: PASSWORD },
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions!.fields as object).sort()).toEqual([
      'admin.email',
      'country',
      'latitude',
      'name',
    ]);
  });

  it('applies the password policy', async () => {
    const res = await api.gql(REGISTER, {
      input: {
        name: uniq('Weak'),
        kind: 'COMPANY',
        admin: { email: `${uniq('w')}@x.org`, fullName: 'W', password: 'short' },
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toHaveProperty(['admin.password']);
  });

  it('refuses common, breached and patterned passwords with a reason naming the field, and accepts the documented ones', async () => {
    for (const password of ['Practicum2026', 'qwertyuiop1', 'aaaaaaaaa1']) {
      const res = await api.gql(REGISTER, {
        input: { name: uniq('Weak'), kind: 'COMPANY', admin: { email: `${uniq('w')}@x.org`, fullName: 'W', password } },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const [reason] = (res.errors![0].extensions!.fields as Record<string, string[]>)['admin.password'];
      expect(reason).toMatch(/^Password is too easy to guess\. \S.{10,}/);
    }
    for (const password of ['Gowning-2026-ok', 'Practicum-demo-2026']) {
      const res = await api.gql(REGISTER, {
        input: {
          name: uniq('Strong'),
          kind: 'COMPANY',
          admin: { email: `${uniq('s')}@x.org`, fullName: 'Mira Vogt', password },
        },
      });
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const q = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const wrong = await api.gql(q, { input: { email: company.email, password: 'Wrong-password-1' } });
    const unknown = await api.gql(q, { input: { email: 'nobody@example.org', password: 'Wrong-password-1' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(await login(api, company.email)).toMatch(/^ey/);
  });

  it('refuses expired, forged and malformed tokens', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const expired = await new JwtService({ secret: DEV_JWT_SECRET }).signAsync({
      sub: company.memberId,
      ver: 0,
      exp: Math.floor(Date.now() / 1000) - 10,
    });
    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({ sub: company.memberId, ver: 0 });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: company.memberId, ver: 0 })).toString('base64url')}.`;
    for (const token of [expired, forged, none, 'garbage']) {
      const res = await api.gql(ME, {}, token);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    expect((await api.gql(ME, {}, expired)).errors![0].message).toMatch(/expired/);
  });

  it('refuses operations a role or organization lacks', async () => {
    const companyX = await registerOrganization(api, 'COMPANY');
    const companyY = await registerOrganization(api, 'COMPANY');
    const verifyRes = await api.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: companyX.organizationId },
      companyX.token,
    );
    expect(codeOf(verifyRes)).toBe('FORBIDDEN');
    const program = await api.gql(
      `mutation { createProgram(input: { name: "MSc", level: MSC, cohortSize: 10, termStart: "2027-01-01", termEnd: "2027-12-31" }) { id } }`,
      {},
      companyX.token,
    );
    expect(codeOf(program)).toBe('FORBIDDEN');
    const members = await api.gql(
      `query($id: ID!) { organization(id: $id) { name members { email } } }`,
      { id: companyY.organizationId },
      companyX.token,
    );
    expect(codeOf(members)).toBe('NOT_FOUND');
    await verify(api, companyY.organizationId);
    const again = await api.gql(
      `query($id: ID!) { organization(id: $id) { name members { email } } }`,
      { id: companyY.organizationId },
      companyX.token,
    );
    expect(codeOf(again)).toBe('FORBIDDEN');
    expect(JSON.stringify(again.data ?? {})).not.toContain(companyY.email);
  });

  it('lets a verified university take students into its programs, and refuses unverified ones', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const created = await api.gql(
      `mutation { createProgram(input: { name: "MSc Manufacturing of Cell and Gene Therapies", level: MSC, topics: ["GMP"], cohortSize: 30, termStart: "2027-09-01", termEnd: "2028-08-31" }) { id level } }`,
      {},
      uni.token,
    );
    expect(created.errors).toBeUndefined();
    const programId = created.data.createProgram.id;
    const REG = `mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { accessToken member { role programId organizationId } } }`;
    const input = {
      universityId: uni.organizationId,
      programId,
      email: `${uniq('stu')}@ucl.example`,
      fullName: 'Sam Student',
      password: PASSWORD,
    };
    const early = await api.gql(REG, { input });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].extensions!.fields).toHaveProperty('universityId');
    await verify(api, uni.organizationId);
    const other = await registerOrganization(api, 'UNIVERSITY');
    await verify(api, other.organizationId);
    const wrongProgram = await api.gql(REG, { input: { ...input, universityId: other.organizationId } });
    expect(wrongProgram.errors![0].extensions!.fields).toHaveProperty('programId');
    const ok = await api.gql(REG, { input });
    expect(ok.data.registerStudent.member).toEqual({ role: 'STUDENT', programId, organizationId: uni.organizationId });
    const studentToken = ok.data.registerStudent.accessToken;
    const invite = await api.gql(
      `mutation { inviteMember(input: { email: "x@y.org", fullName: "X" }) { id } }`,
      {},
      studentToken,
    );
    expect(codeOf(invite)).toBe('FORBIDDEN');
    const members = await api.gql(
      `query($id: ID!) { organization(id: $id) { members { email } } }`,
      { id: uni.organizationId },
      studentToken,
    );
    expect(codeOf(members)).toBe('FORBIDDEN');
  });

  it('stops accepting the tokens of a removed member', async () => {
    const uni = await registerOrganization(api, 'UNIVERSITY');
    const program = await api.gql(
      `mutation { createProgram(input: { name: "PhD ATMP", level: PHD, cohortSize: 5, termStart: "2027-01-01", termEnd: "2030-12-31" }) { id } }`,
      {},
      uni.token,
    );
    await verify(api, uni.organizationId);
    const email = `${uniq('s')}@ki.example`;
    const reg = await api.gql(
      `mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { accessToken member { id } } }`,
      {
        input: {
          universityId: uni.organizationId,
          programId: program.data.createProgram.id,
          email,
          fullName: 'S',
          password: PASSWORD,
        },
      },
    );
    const { accessToken, member } = reg.data.registerStudent;
    expect((await api.gql(ME, {}, accessToken)).data.me.email).toBe(email);
    const removed = await api.gql(
      `mutation($id: ID!) { removeMember(id: $id) { status } }`,
      { id: member.id },
      uni.token,
    );
    expect(removed.data.removeMember.status).toBe('REMOVED');
    expect(codeOf(await api.gql(ME, {}, accessToken))).toBe('UNAUTHENTICATED');
    const lastAdmin = await api.gql(
      `mutation($id: ID!) { removeMember(id: $id) { status } }`,
      { id: uni.memberId },
      uni.token,
    );
    expect(codeOf(lastAdmin)).toBe('CONFLICT');
  });

  it('hides unverified organizations from anonymous callers', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const q = `query($id: ID!) { organization(id: $id) { id } }`;
    expect(codeOf(await api.gql(q, { id: company.organizationId }))).toBe('NOT_FOUND');
    expect((await api.gql(q, { id: company.organizationId }, company.token)).data.organization.id).toBe(
      company.organizationId,
    );
  });

  it('refuses queries that are too deep or too expensive, with codes', async () => {
    const company = await registerOrganization(api, 'COMPANY');
    const deep = `{ me { organization { programs { university { programs { university { programs { university { programs { university { id } } } } } } } } } } }`;
    const res = await api.gql(deep, {}, company.token);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('QUERY_TOO_DEEP');
    expect(res.errors![0].message).toMatch(/Operation anonymous query is too deep/);
    const aliases = Array.from({ length: 2100 }, (_, i) => `a${i}: __typename`).join(' ');
    const flood = await api.gql(`{ ${aliases} }`, {}, company.token);
    expect(codeOf(flood)).toBe('QUERY_TOO_COMPLEX');
    expect(flood.status).toBe(400);
  });

  it('never shows a stack trace', async () => {
    const res = await api.gql(
      `mutation { verifyOrganization(id: "not-a-uuid") { id } }`,
      {},
      await loginPlatformAdmin(api),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const internal = await api.gql(`{ organizations { name programs { name } } }`);
    expect(internal.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  it('answers liveness and readiness with PostgreSQL and Redis up', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
    expect(ready.headers.get('x-request-id')).toBeTruthy();
  });

  it('sends no ETag or X-Powered-By with an answer', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { key } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
