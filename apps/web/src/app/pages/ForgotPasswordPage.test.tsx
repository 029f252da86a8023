import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import ForgotPasswordPage, { RESET_SENT } from './ForgotPasswordPage';

const unauthenticated = {
  error: new CombinedError({ graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

describe('ForgotPasswordPage', () => {
  it('asks for an address before sending anything', async () => {
    const client = fakeClient(() => unauthenticated);
    renderWithApp(<ForgotPasswordPage />, client, '/forgot-password');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByText('Enter your email address')).toBeTruthy();
    expect(client.calls.filter((c) => c.name === 'RequestPasswordReset')).toEqual([]);
  });

  it('sends the address and says the same thing whether or not an account exists', async () => {
    const client = fakeClient((name) =>
      name === 'RequestPasswordReset' ? { data: { requestPasswordReset: true } } : unauthenticated,
    );
    renderWithApp(<ForgotPasswordPage />, client, '/forgot-password');
    fireEvent.change(screen.getByLabelText('Email', { exact: false, selector: 'input' }), {
      target: { value: ' nobody@student.example ' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect((await screen.findByRole('status')).textContent).toContain(RESET_SENT);
    expect(client.calls.filter((c) => c.name === 'RequestPasswordReset').map((c) => c.variables)).toEqual([
      { input: { email: 'nobody@student.example' } },
    ]);
  });

  it('shows a rate limit with the time to wait', async () => {
    const limited = {
      error: new CombinedError({
        graphQLErrors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }],
      }),
    };
    const client = fakeClient((name) => (name === 'RequestPasswordReset' ? limited : unauthenticated));
    renderWithApp(<ForgotPasswordPage />, client, '/forgot-password');
    fireEvent.change(screen.getByLabelText('Email', { exact: false, selector: 'input' }), {
      target: { value: 'amelia@student.example' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wait 60 seconds, then try again.');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
