import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import ResetPasswordPage from './ResetPasswordPage';
import { SignInPage } from './SignInPage';

const unauthenticated = {
  error: new CombinedError({ graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

const app = (
  <Routes>
    <Route path="/reset-password" element={<ResetPasswordPage />} />
    <Route path="/sign-in" element={<SignInPage />} />
  </Routes>
);

const fill = (password: string, repeat = password) => {
  fireEvent.change(screen.getByLabelText('New password', { exact: false, selector: 'input' }), {
    target: { value: password },
  });
  fireEvent.change(screen.getByLabelText('Repeat the password', { exact: false, selector: 'input' }), {
    target: { value: repeat },
  });
};

describe('ResetPasswordPage', () => {
  it('says the link is incomplete without a token', () => {
    renderWithApp(
      app,
      fakeClient(() => unauthenticated),
      '/reset-password',
    );
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
  });

  it('checks the password rule and the repetition before sending', async () => {
    const client = fakeClient(() => unauthenticated);
    renderWithApp(app, client, '/reset-password?token=secret-token-1');
    fill('short', 'other');
    await userEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    expect(await screen.findByText('Use at least 10 characters')).toBeTruthy();
    expect(screen.getByText('The two passwords differ')).toBeTruthy();
    expect(client.calls.filter((c) => c.name === 'ResetPassword')).toEqual([]);
  });

  it("puts the API's field errors under the password and a refused link in the message", async () => {
    const refused = {
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: {
                'input.newPassword': 'The password must not contain your email address',
                'input.token': 'This link is not valid any more',
              },
            },
          },
        ],
      }),
    };
    const client = fakeClient((name) => (name === 'ResetPassword' ? refused : unauthenticated));
    renderWithApp(app, client, '/reset-password?token=secret-token-1');
    fill('amelia-2026-password');
    await userEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    expect(await screen.findByText('The password must not contain your email address')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Some fields need attention. token: This link is not valid any more',
    );
    expect(client.calls.find((c) => c.name === 'ResetPassword')?.variables).toEqual({
      input: { token: 'secret-token-1', newPassword: 'amelia-2026-password' },
    });
  });

  it('says only why when the link itself is refused', async () => {
    const refused = {
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { 'input.token': 'This reset link is unknown, already used or expired: ask for a new one' },
            },
          },
        ],
      }),
    };
    const client = fakeClient((name) => (name === 'ResetPassword' ? refused : unauthenticated));
    renderWithApp(app, client, '/reset-password?token=used-token-1');
    fill('new-password-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not change the passwordThis reset link is unknown, already used or expired: ask for a new one.',
      ),
    );
  });

  it('lands on sign-in with a message once the password is changed', async () => {
    const client = fakeClient((name) =>
      name === 'ResetPassword'
        ? { data: { resetPassword: true } }
        : name === 'Logout'
          ? { data: { logout: true } }
          : unauthenticated,
    );
    renderWithApp(app, client, '/reset-password?token=secret-token-1');
    fill('new-password-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy());
    expect(screen.getByRole('status').textContent).toContain('Your password is changed. Sign in with the new one.');
  });
});
