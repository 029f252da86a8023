import { decodeCursor, encodeCursor } from './cursor';
import { DomainError } from './domain-error';

describe('cursors', () => {
  it('round-trips a microsecond timestamp and an id', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(decodeCursor(encodeCursor('2026-11-22T05:01:02.123456Z', id))).toEqual(['2026-11-22T05:01:02.123456Z', id]);
  });

  it('refuses a forged or broken cursor with BAD_USER_INPUT', () => {
    for (const bad of ['bogus', Buffer.from('[1,"x"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(DomainError);
    }
  });
});
