import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient, renderWithApp } from '../test-utils';
import NotificationPreferencesPage from './NotificationPreferencesPage';

const PREFERENCES = [
  { type: 'APPLICATION_OFFERED', inApp: true, email: true },
  { type: 'SITE_VISIT_REMINDER', inApp: true, email: false },
];
const unauthenticated = {
  error: new CombinedError({ graphQLErrors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

describe('NotificationPreferencesPage', () => {
  it('shows each kind with its two channels and saves what changed', async () => {
    const client = fakeClient((name, variables) => {
      if (name === 'NotificationPreferences') return { data: { notificationPreferences: PREFERENCES } };
      if (name === 'UpdateNotificationPreferences')
        return { data: { updateNotificationPreferences: variables.preferences } };
      return unauthenticated;
    });
    renderWithApp(
      <NotificationPreferencesPage notificationsPath="/student/notifications" area="student" />,
      client,
      '/student/notifications/preferences',
    );
    const offeredByEmail = await screen.findByRole('checkbox', { name: 'A seat was offered: by email' });
    expect((offeredByEmail as HTMLInputElement).checked).toBe(true);
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'A site visit is coming up: by email' }).checked,
    ).toBe(false);
    const save = screen.getByRole('button', { name: 'Save preferences' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(offeredByEmail);
    await userEvent.click(save);
    expect((await screen.findByRole('status')).textContent).toContain('Saved');
    expect(client.calls.filter((c) => c.name === 'UpdateNotificationPreferences').map((c) => c.variables)).toEqual([
      {
        preferences: [
          { type: 'APPLICATION_OFFERED', inApp: true, email: false },
          { type: 'SITE_VISIT_REMINDER', inApp: true, email: false },
        ],
      },
    ]);
  });

  it('shows the API refusing with what it said', async () => {
    const refused = {
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'PASSWORD_RESET cannot be turned off',
            extensions: { code: 'BAD_USER_INPUT', fields: { preferences: 'PASSWORD_RESET cannot be turned off' } },
          },
        ],
      }),
    };
    const client = fakeClient((name) =>
      name === 'NotificationPreferences'
        ? { data: { notificationPreferences: PREFERENCES } }
        : name === 'UpdateNotificationPreferences'
          ? refused
          : unauthenticated,
    );
    renderWithApp(
      <NotificationPreferencesPage notificationsPath="/student/notifications" area="student" />,
      client,
      '/student/notifications/preferences',
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'A seat was offered: in the app' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect((await screen.findByRole('alert')).textContent).toContain('cannot be turned off');
  });
});
