/*
 * Splits a university cohort between an offer's free onsite seats, its virtual twin and the
 * waitlist. Nobody is dropped. The order of `virtual` then `waitlisted` is also the order in which
 * freed onsite seats should be offered, so promotion follows the same rule as the split.
 */
import { MatchingInputError } from './errors';
import { isSeed, randomSeed, seededShuffle } from './prng';

/** PRIORITY keeps the university's order; LOTTERY shuffles the cohort with a recorded seed. */
export type CohortRule = 'PRIORITY' | 'LOTTERY';

/** Input of {@link splitCohort}. */
export interface CohortSplitInput {
  /** Student ids, in the university's priority order (used as-is by PRIORITY). */
  students: readonly string[];
  /** Free onsite seats (non-negative integer). */
  onsiteSeats: number;
  /** The offer's virtual twin: capacity null = unlimited; null = no twin. */
  virtualTwin: { capacity: number | null } | null;
  rule: CohortRule;
  /** LOTTERY seed; drawn at random (and returned) when absent. */
  seed?: number | null;
  /** Share of the cohort the university wants onsite, 0..1; 0 or absent = no minimum. */
  minimumOnsiteShare?: number | null;
}

/** Result of {@link splitCohort}. */
export interface CohortSplit {
  onsite: string[];
  virtual: string[];
  waitlisted: string[];
  rule: CohortRule;
  /** The lottery seed (LOTTERY only). */
  seed?: number;
  minimumOnsiteShare: number;
  /** onsite / cohort size; 1 for an empty cohort. */
  onsiteShare: number;
  minimumMet: boolean;
  /** Why the split is not all-onsite, when it is not. */
  message?: string;
}

function invalid(message: string): never {
  throw new MatchingInputError('INVALID_ARGUMENT', message);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/**
 * Puts the first `onsiteSeats` students (in rule order) onsite, the next ones in the virtual twin
 * up to its capacity, and the rest on the waitlist. Reports whether `minimumOnsiteShare` is met
 * instead of hiding a shortfall. Throws {@link MatchingInputError} on duplicate ids or bad numbers.
 */
export function splitCohort(input: CohortSplitInput): CohortSplit {
  const { onsiteSeats, virtualTwin, rule } = input;
  // The engine also reads JSON from its CLI, so the shape is checked, not assumed.
  const raw: unknown = input.students;
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string')) invalid('students must be a list of ids');
  const students: readonly string[] = input.students;
  if (new Set(students).size !== students.length) invalid('the cohort lists a student twice');
  if (!Number.isInteger(onsiteSeats) || onsiteSeats < 0) invalid('onsiteSeats must be a non-negative integer');
  const twinCapacity = virtualTwin === null ? 0 : virtualTwin.capacity;
  if (twinCapacity !== null && (!Number.isInteger(twinCapacity) || twinCapacity < 0)) {
    invalid('virtual twin capacity must be a non-negative integer or null (unlimited)');
  }
  const minimum = input.minimumOnsiteShare ?? 0;
  if (typeof minimum !== 'number' || !(minimum >= 0 && minimum <= 1))
    invalid('minimumOnsiteShare must be between 0 and 1');
  if (rule !== 'PRIORITY' && rule !== 'LOTTERY') invalid(`unknown rule ${String(rule)}`);

  let order: string[];
  let seed: number | undefined;
  if (rule === 'LOTTERY') {
    seed = input.seed ?? randomSeed();
    if (!isSeed(seed)) invalid('seed must be an integer from 0 to 4294967295');
    order = seededShuffle(students, seed);
  } else order = students.slice();

  const n = order.length;
  const onsiteCount = Math.min(n, onsiteSeats);
  const virtualCount = Math.min(n - onsiteCount, twinCapacity ?? Infinity);
  const onsite = order.slice(0, onsiteCount);
  const virtual = order.slice(onsiteCount, onsiteCount + virtualCount);
  const waitlisted = order.slice(onsiteCount + virtualCount);
  const onsiteShare = n === 0 ? 1 : onsiteCount / n;
  const required = Math.ceil(minimum * n - 1e-9);
  const minimumMet = onsiteCount >= required;

  const notes: string[] = [];
  if (!minimumMet) {
    notes.push(
      `only ${onsiteCount} of ${plural(n, 'student')} (${percent(onsiteShare)}) can be onsite; ` +
        `the minimum onsite share is ${percent(minimum)} (${plural(required, 'student')})`,
    );
  }
  if (virtual.length > 0) notes.push(`${virtual.length} placed in the virtual twin`);
  if (waitlisted.length > 0) {
    const why = virtualTwin === null ? 'the offer has no virtual twin' : 'the virtual twin is full';
    notes.push(`${waitlisted.length} waitlisted (${why})`);
  }
  const result: CohortSplit = {
    onsite,
    virtual,
    waitlisted,
    rule,
    minimumOnsiteShare: minimum,
    onsiteShare,
    minimumMet,
  };
  if (seed !== undefined) result.seed = seed;
  if (notes.length > 0) result.message = notes.join('; ');
  return result;
}
