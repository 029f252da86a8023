import { SECRET_PLACEHOLDER } from '../../auth/password-reset-token';
import { MessageTemplate } from './wording';

/** PASSWORD_RESET: the link carries SECRET_PLACEHOLDER; the send step puts the token in, so no stored copy holds it. */
export const passwordReset: MessageTemplate<{ passwordResetId: string; minutes: number }> = (f, { link }) => ({
  title: 'Reset your Practicum password',
  paragraphs: [
    'Someone (we hope you) asked to reset the password of your Practicum account.',
    `The link below works once, for ${f.minutes} minutes. If you did not ask, ignore this email: your password stays as it is.`,
  ],
  action: { label: 'Choose a new password', url: link(`/reset-password?token=${SECRET_PLACEHOLDER}`) },
  secret: { passwordResetId: f.passwordResetId },
});
