import { createHash, randomBytes } from 'node:crypto';
import { DataCipher } from '../common/data-cipher';

/**
 * An invitation code is never stored: it is derived from a random nonce under DATA_ENCRYPTION_KEY
 * (HMAC), so the outbox event and its job carry only the nonce, the member row only the code's
 * SHA-256, and the code itself exists in the email sent (sealed while it waits in its delivery row).
 */
export const newInvitationNonce = () => randomBytes(16).toString('base64url');

export const invitationCode = (cipher: DataCipher, nonce: string) =>
  cipher.derive('invitation-code', nonce).toString('base64url');

export const hashInvitationCode = (code: string) => createHash('sha256').update(code).digest('hex');
