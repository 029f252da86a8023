import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import RegisterOrganizationPage from './RegisterOrganizationPage';

describe('RegisterOrganizationPage', () => {
  it('puts the API field errors next to the fields they name and the rest in the alert', async () => {
    const client = fakeClient((name) =>
      name === 'RegisterOrganization'
        ? {
            error: new CombinedError({
              graphQLErrors: [
                {
                  message: 'Invalid input',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: { 'admin.email': ['email is already registered'], latitude: ['latitude must be a number'] },
                  },
                },
              ],
            }),
          }
        : {
            error: new CombinedError({
              graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
            }),
          },
    );
    renderWithApp(<RegisterOrganizationPage />, client, '/register');
    fireEvent.change(await screen.findByLabelText('Organization name', { exact: false, selector: 'input' }), {
      target: { value: 'Cellvia' },
    });
    fireEvent.change(screen.getByLabelText('Full name', { exact: false, selector: 'input' }), {
      target: { value: 'Mira Vogt' },
    });
    fireEvent.change(screen.getByLabelText('Work email', { exact: false, selector: 'input' }), {
      target: { value: 'mira@cellvia.example' },
    });
    fireEvent.change(screen.getByLabelText('Password', { exact: false, selector: 'input' }), {
      target: { value: 'short' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Use at least 10 characters')).toBeTruthy();
    expect(client.calls.some((c) => c.name === 'RegisterOrganization')).toBe(false);

    fireEvent.change(screen.getByLabelText('Password', { exact: false, selector: 'input' }), {
      target: { value: 'Gowning-2026-ok' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Email is already registered')).toBeTruthy();
    const email = screen.getByLabelText('Work email', { exact: false, selector: 'input' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('latitude: Latitude must be a number');
    const sent = client.calls.find((c) => c.name === 'RegisterOrganization')!.variables;
    expect(sent).toEqual({
      input: {
        kind: 'COMPANY',
        name: 'Cellvia',
        admin: { fullName: 'Mira Vogt', email: 'mira@cellvia.example', password: 'Gowning-2026-ok' },
      },
    });
  });
});
