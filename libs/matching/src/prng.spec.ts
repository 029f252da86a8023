import { createRng, isSeed, randomSeed, seededShuffle } from './prng';

describe('prng', () => {
  it('is reproducible and in [0, 1)', () => {
    const a = createRng(123);
    const b = createRng(123);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(createRng(124)()).not.toBe(createRng(123)());
  });

  it('is roughly uniform', () => {
    const rng = createRng(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(rng() * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const shuffled = seededShuffle(items, 5);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(seededShuffle(items, 5)).toEqual(shuffled);
    expect(items[0]).toBe(0);
  });

  it('draws valid seeds', () => {
    for (let i = 0; i < 100; i++) expect(isSeed(randomSeed())).toBe(true);
    expect(isSeed(-1)).toBe(false);
    expect(isSeed(2 ** 32)).toBe(false);
    expect(isSeed(1.5)).toBe(false);
  });
});
