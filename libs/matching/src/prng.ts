/** A pseudo-random generator returning floats in [0, 1). */
export type Rng = () => number;

const UINT32_RANGE = 4294967296;

/** True when `value` can be used as a seed: an integer in [0, 2^32). */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < UINT32_RANGE;
}

/**
 * Seeded generator (mulberry32): fast, 32-bit state, good enough for lotteries and
 * benchmark instances, and trivially reimplemented elsewhere to reproduce a round.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/** A fresh seed, for callers that did not supply one (record it to replay the draw). */
export function randomSeed(): number {
  return Math.floor(Math.random() * UINT32_RANGE);
}

/** An integer in [0, bound) drawn from `rng`. */
export function randomInt(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/** Fisher–Yates shuffle of `items` in place; returns `items`. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/** A shuffled copy of `items`, reproducible from `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffleInPlace(items.slice(), createRng(seed));
}
