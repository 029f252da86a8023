import { randomBytes } from 'node:crypto';
import { GqlClient } from './gql';

export const uniq = (label = 'x') => `${label}-${randomBytes(4).toString('hex')}`;
export const PASSWORD = 'Cleanroom-grade-2026';

export const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken expiresAt member { id email role organizationId } }
}`;

export interface Registered {
  token: string;
  memberId: string;
  organizationId: string;
  email: string;
}

/** Registers an organization with its first admin through the API. */
export async function registerOrganization(
  api: GqlClient,
  kind: 'COMPANY' | 'UNIVERSITY',
  name = uniq(kind.toLowerCase()),
): Promise<Registered> {
  const email = `${uniq('admin')}@example.org`;
  const res = await api.gql(REGISTER, {
    input: {
      name,
      kind,
      city: 'London',
      country: 'GB',
      latitude: 51.52,
      longitude: -0.13,
      admin: { email, fullName: 'Ada Admin', password: PASSWORD },
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const p = res.data.registerOrganization;
  return { token: p.accessToken, memberId: p.member.id, organizationId: p.member.organizationId, email };
}

export async function login(api: GqlClient, email: string, password = PASSWORD): Promise<string> {
  const res = await api.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.login.accessToken;
}

/** Signs in as the platform admin created from configuration. */
export const loginPlatformAdmin = (api: GqlClient) => login(api, 'admin@practicum.local', 'practicum-admin-2026');

export async function verify(api: GqlClient, organizationId: string): Promise<void> {
  const token = await loginPlatformAdmin(api);
  const res = await api.gql(
    `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`,
    { id: organizationId },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}
