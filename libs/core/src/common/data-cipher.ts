import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Secrets kept at rest, sealed with AES-256-GCM under DATA_ENCRYPTION_KEY: `enc:v1:` + base64url
 * of IV, tag and ciphertext. `purpose` is bound as associated data, so a value sealed for one use
 * cannot be opened as another.
 */
@Injectable()
export class DataCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = config.dataEncryptionKey;
  }

  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  seal(plain: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(purpose));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** Opens a sealed value; a value written before sealing existed (no prefix) is returned as it is. */
  open(value: string, purpose: string): string {
    if (!DataCipher.isSealed(value)) return value;
    const raw = Buffer.from(value.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES)).setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** A keyed digest (HMAC-SHA256 under a key derived for `purpose`), for values to recompute rather than store. */
  derive(purpose: string, input: string): Buffer {
    const subkey = createHmac('sha256', this.key).update(`practicum:${purpose}`).digest();
    return createHmac('sha256', subkey).update(input).digest();
  }
}
