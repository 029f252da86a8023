import { createHash, createHmac, hkdfSync } from 'node:crypto';

/** Where a rendered email holds a secret that is put in only when the email is sent. */
export const SECRET_PLACEHOLDER = '{{practicum-secret}}';

/** Marks an email whose SECRET_PLACEHOLDER is replaced at send time by the reset token of this row. */
export interface EmailSecret {
  passwordResetId: string;
}

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

const keys = new Map<string, Buffer>();

/**
 * The reset token of a password_reset row: HMAC-SHA256 of the row id under a key derived from
 * JWT_SECRET (HKDF, its own label). Nothing at rest holds the token in clear (not the outbox
 * payload, the job data, the delivery row nor the reset row, which keeps its sha256); the worker
 * derives it again when it sends the email. Without the secret, the id is no use.
 */
export function passwordResetToken(secret: string, passwordResetId: string): string {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'practicum', 'password-reset-token', 32));
    keys.set(secret, key);
  }
  return createHmac('sha256', key).update(passwordResetId).digest('base64url');
}
