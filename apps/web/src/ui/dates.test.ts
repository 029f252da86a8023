import { describe, expect, it } from 'vitest';
import { formatRemaining } from './dates';

describe('formatRemaining', () => {
  const s = 1000;
  const min = 60 * s;
  const h = 60 * min;
  it.each([
    [0, 'expired'],
    [-5 * s, 'expired'],
    [45 * s, '45 s'],
    [5 * min + 10 * s, '5 min'],
    [3 * h + 5 * min, '3 h 5 min'],
    [2 * h, '2 h'],
    [24 * h + 3 * h, '1 day 3 h'],
    [48 * h, '2 days'],
  ])('%d ms -> %s', (ms, text) => expect(formatRemaining(ms)).toBe(text));
});
