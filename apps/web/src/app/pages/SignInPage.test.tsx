import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../../test-utils';
import { SignInPage } from './SignInPage';

const unauthenticated = {
  error: new CombinedError({ graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

describe('SignInPage', () => {
  it('checks the fields before sending anything', async () => {
    const client = fakeClient(() => unauthenticated);
    renderWithApp(<SignInPage />, client, '/sign-in');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(client.calls.filter((c) => c.name === 'Login')).toEqual([]);
  });

  it('shows the wrong-password and rate-limit refusals in an alert', async () => {
    let answer = {
      error: new CombinedError({
        graphQLErrors: [{ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    };
    const client = fakeClient((name) => (name === 'Login' ? answer : unauthenticated));
    renderWithApp(<SignInPage />, client, '/sign-in');
    fireEvent.change(await screen.findByLabelText('Email', { exact: false, selector: 'input' }), {
      target: { value: 'amelia@student.example' },
    });
    fireEvent.change(screen.getByLabelText('Password', { exact: false, selector: 'input' }), {
      target: { value: 'wrong-password-1' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Email or password is wrong');

    answer = {
      error: new CombinedError({
        graphQLErrors: [
          { message: 'Too many sign-in attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } },
        ],
      }),
    };
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Wait 30 seconds, then try again.'));
    expect(client.calls.filter((c) => c.name === 'Login')[0].variables).toEqual({
      input: { email: 'amelia@student.example', password: 'wrong-password-1' },
    });
  });
});
