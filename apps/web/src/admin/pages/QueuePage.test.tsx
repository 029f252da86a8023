import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import QueuePage from './QueuePage';

const bonn = {
  __typename: 'Organization',
  id: 'org-bonn',
  name: 'University of Bonn',
  kind: 'UNIVERSITY',
  city: 'Bonn',
  country: 'DE',
  latitude: 50.7339,
  longitude: 7.1022,
  website: 'https://bonn.example',
  createdAt: '2026-11-30T10:00:00Z',
  verified: false,
  members: [
    {
      __typename: 'Member',
      id: 'm1',
      fullName: 'Thomas Becker',
      email: 'admin@bonn.example',
      role: 'ADMIN',
      status: 'ACTIVE',
    },
  ],
};

describe('QueuePage', () => {
  it('shows who registered the organization and says why a verification was refused', async () => {
    const client = fakeClient((name) => {
      if (name === 'VerificationQueue') return { data: { organizations: [bonn] } };
      if (name === 'VerifyOrganization')
        return {
          error: new CombinedError({
            graphQLErrors: [
              { message: 'Only the platform admin verifies organizations', extensions: { code: 'FORBIDDEN' } },
            ],
          }),
        };
      return {
        error: new CombinedError({
          graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      };
    });
    renderWithApp(<QueuePage />, client);
    expect(await screen.findByRole('heading', { name: 'University of Bonn' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'People of University of Bonn' }).textContent).toContain(
      'Thomas Becker (admin), admin@bonn.example',
    );
    expect(screen.getByRole('link', { name: /queue dashboard/ }).getAttribute('href')).toBe('/admin/queues');
    await userEvent.click(screen.getByRole('button', { name: 'Verify University of Bonn' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You are not allowed to do this. Only the platform admin verifies organizations',
    );
    expect(client.calls.find((c) => c.name === 'VerifyOrganization')!.variables).toEqual({ id: 'org-bonn' });
  });
});
