import { loadConfig } from '@practicum/config';
import { DataCipher } from './data-cipher';

describe('DataCipher', () => {
  const cipher = new DataCipher(loadConfig({ DATA_ENCRYPTION_KEY: 'ab'.repeat(32) }));

  it('seals with a fresh IV each time and opens what it sealed', () => {
    const a = cipher.seal('whsec_secret', 'webhook-secret');
    const b = cipher.seal('whsec_secret', 'webhook-secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('whsec_secret');
    expect(DataCipher.isSealed(a)).toBe(true);
    expect(cipher.open(a, 'webhook-secret')).toBe('whsec_secret');
  });

  it('refuses another key, another purpose and a tampered value', () => {
    const sealed = cipher.seal('whsec_secret', 'webhook-secret');
    const other = new DataCipher(loadConfig({ DATA_ENCRYPTION_KEY: 'cd'.repeat(32) }));
    expect(() => other.open(sealed, 'webhook-secret')).toThrow();
    expect(() => cipher.open(sealed, 'email')).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.open(tampered, 'webhook-secret')).toThrow();
  });

  it('reads a value stored before sealing as it is', () =>
    expect(cipher.open('whsec_legacy', 'webhook-secret')).toBe('whsec_legacy'));
});
