import { decodeCursor, encodeCursor } from './cursor';
import { DomainError } from './domain-error';

describe('cursors', () => {
  it('round-trips a microsecond timestamp and an id', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(decodeCursor(encodeCursor('2026-11-22T05:01:02.123456Z', id), 'timestamp')).toEqual([
      '2026-11-22T05:01:02.123456Z',
      id,
    ]);
  });

  it('refuses a forged or broken cursor with BAD_USER_INPUT', () => {
    for (const bad of [
      'bogus',
      Buffer.from('[1,"x"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 'timestamp')).toThrow(DomainError);
    }
  });

  it('refuses a well-formed cursor whose sort value is not of the kind the query sorts by', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const forged = (value: unknown) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
    for (const value of [
      'garbage',
      '2026-02-30T00:00:00.000000Z',
      '2026-13-01T00:00:00Z',
      '99999-01-01T00:00:00Z',
      '2026-01-01T25:00:00Z',
      1.5,
      true,
      null,
    ]) {
      expect(() => decodeCursor(forged(value), 'timestamp')).toThrow(DomainError);
    }
    for (const value of ['garbage', '1e400', 'NaN', '2026-01-01T00:00:00Z', 1e300, Number.MAX_VALUE, true, null]) {
      expect(() => decodeCursor(forged(value), 'number')).toThrow(DomainError);
    }
    expect(decodeCursor(forged('1795500300.123456'), 'number')).toEqual(['1795500300.123456', id]);
    expect(decodeCursor(forged(12.25), 'number')).toEqual([12.25, id]);
  });
});
