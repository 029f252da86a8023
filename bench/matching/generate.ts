/*
 * Seeded matching instances at residency-match proportions, in the matching command's JSON format.
 *   node dist/bench/matching/generate.js --students 50000 --placements 6500 --seats 43000 --seed 1 > instance.json
 */
import { createRng, randomInt, Rng, shuffleInPlace } from '../../libs/matching/src/prng';

/** Shape of a generated instance. */
export interface GeneratorOptions {
  students: number;
  placements: number;
  /** Total seats over all placements. */
  seats: number;
  seed: number;
  /** Shortest and longest student list (inclusive). */
  minList?: number;
  maxList?: number;
  /** Spread of placement popularity (sigma of a log-normal); higher = more skewed. */
  popularitySpread?: number;
}

/** A generated instance in the CLI format. */
export interface GeneratedInstance {
  students: Record<string, string[]>;
  placements: Record<string, { capacity: number; prefs: string[] }>;
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function cumulative(weights: Float64Array): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) sums[i] = total += weights[i];
  return sums;
}

function draw(sums: Float64Array, rng: Rng): number {
  const target = rng() * sums[sums.length - 1];
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Students rank 10-15 distinct placements drawn by log-normal popularity; capacities sum to
 * `seats` (at least one per placement when seats allow, the rest spread by sqrt-popularity);
 * each placement ranks exactly the students who applied, in a seeded random order.
 */
export function generateInstance(options: GeneratorOptions): GeneratedInstance {
  const { students: nS, placements: nP, seats, seed } = options;
  const minList = Math.min(options.minList ?? 10, nP);
  const maxList = Math.min(options.maxList ?? 15, nP);
  const rng = createRng(seed);
  const popularity = new Float64Array(nP);
  const sizeWeight = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    popularity[p] = Math.exp((options.popularitySpread ?? 1) * gaussian(rng));
    sizeWeight[p] = Math.sqrt(popularity[p]);
  }
  const popular = cumulative(popularity);

  const capacity = new Int32Array(nP);
  if (nP > 0) {
    const base = seats >= nP ? 1 : 0;
    if (base) capacity.fill(1);
    else
      for (const p of shuffleInPlace(
        Array.from({ length: nP }, (_, i) => i),
        rng,
      ).slice(0, seats))
        capacity[p] = 1;
    const bySize = cumulative(sizeWeight);
    for (let left = seats - base * nP; left > 0; left--) capacity[draw(bySize, rng)]++;
  }

  const applicants: number[][] = Array.from({ length: nP }, () => []);
  const students: Record<string, string[]> = {};
  const picked = new Int32Array(nP).fill(-1);
  for (let s = 0; s < nS; s++) {
    const length = minList + randomInt(rng, maxList - minList + 1);
    const list: string[] = [];
    while (list.length < length) {
      const p = draw(popular, rng);
      if (picked[p] === s) continue;
      picked[p] = s;
      list.push(`p${p}`);
      applicants[p].push(s);
    }
    students[`s${s}`] = list;
  }
  const placements: GeneratedInstance['placements'] = {};
  for (let p = 0; p < nP; p++) {
    placements[`p${p}`] = { capacity: capacity[p], prefs: shuffleInPlace(applicants[p], rng).map((s) => `s${s}`) };
  }
  return { students, placements };
}

function main(argv: string[]): void {
  const args = new Map<string, number>();
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!argv[i].startsWith('--') || !Number.isInteger(value) || value < 0) {
      process.stderr.write('usage: generate --students N --placements N --seats N [--seed N]\n');
      process.exit(2);
    }
    args.set(argv[i].slice(2), value);
  }
  const students = args.get('students') ?? 50_000;
  const instance = generateInstance({
    students,
    placements: args.get('placements') ?? Math.round(students * 0.13),
    seats: args.get('seats') ?? Math.round(students * 0.86),
    seed: args.get('seed') ?? 1,
  });
  process.stdout.write(JSON.stringify(instance) + '\n');
}

if (require.main === module) main(process.argv.slice(2));
