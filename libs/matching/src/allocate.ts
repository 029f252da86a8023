/*
 * Student-proposing deferred acceptance for many-to-one matching (hospitals/residents) with
 * capacities, incomplete lists, ties and seat reserves.
 *
 * - A pair is acceptable only when both sides list each other.
 * - Ties in a placement's list are broken by ONE lottery shared by every placement: the student
 *   ids are sorted (UTF-16 code-unit order, so the draw does not depend on input order), then
 *   shuffled with mulberry32(seed); the earlier a student is in that permutation, the better
 *   she is inside any tie. The seed is returned so the round can be replayed.
 * - Reserves: a placement with `reserve: { seats: k, group }` behaves as two sub-placements, an
 *   OPEN one with capacity-k seats ranking students by the placement's list, and a RESERVED one
 *   with k seats ranking every group member above every non-member (then by the list). Each
 *   student considers the open sub-placement first and the reserved one second. So group members
 *   who win an open seat on merit do not use up the reserve (the reserve lifts k more of them;
 *   the other order quietly weakens a reserve, see Dur, Kominers, Pathak and Sönmez, "Reserve
 *   design", JPE 2018), and reserved seats that no group member claims go to the best remaining
 *   applicants, group or not. Sub-placements are not materialised: the placement keeps two heaps
 *   and a student who loses her open seat falls through to the reserved heap, which is what the
 *   split yields. This choice rule is substitutable and satisfies the law of aggregate demand, so
 *   the outcome is stable and student-optimal with respect to it, and every stable matching
 *   places the same students.
 *
 * This file validates the input and interns ids to integers once (typed arrays); engine.ts runs
 * the proposals.
 */
import { MatchingInputError } from './errors';
import { CompiledInstance, linkRanks, MatchingResult, solve } from './engine';
import { createRng, isSeed, randomSeed, shuffleInPlace } from './prng';

export type { MatchingResult } from './engine';

/** One rank of a placement's list: a student id, or several ids tied at that rank. */
export type PreferenceTier = string | readonly string[];

/** Seats a placement keeps for a priority group; unused ones open to everyone. */
export interface SeatReserve {
  /** Number of reserved seats, 0..capacity. */
  seats: number;
  /** Student ids of the priority group. */
  group: readonly string[];
}

/** A placement: its capacity and its ranking of students, best first. */
export interface PlacementSpec {
  /** Non-negative integer number of seats. */
  capacity: number;
  /** Acceptable students best first; a nested array is a tie, e.g. `[["s1", "s2"], "s3"]`. */
  prefs: readonly PreferenceTier[];
  /** Optional reserve for a priority group. */
  reserve?: SeatReserve | null;
}

/** A matching instance; lists are best first. */
export interface MatchingInstance {
  /** Student id to the placement ids she applies to, best first (strict). */
  students: Readonly<Record<string, readonly string[]>>;
  /** Placement id to its definition. */
  placements: Readonly<Record<string, PlacementSpec>>;
  /** Lottery seed (integer in [0, 2^32)); a random one is drawn when absent. */
  seed?: number | null;
}

function fail(code: ConstructorParameters<typeof MatchingInputError>[0], message: string): never {
  throw new MatchingInputError(code, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const q = (id: string): string => JSON.stringify(id);

/**
 * Id to index. A null-prototype object rather than a Map: V8 resolves the (non-internalized)
 * strings coming out of JSON.parse against dictionary keys about twice as fast.
 */
function indexOf(ids: string[]): Record<string, number> {
  const index = Object.create(null) as Record<string, number>;
  for (let i = 0; i < ids.length; i++) index[ids[i]] = i;
  return index;
}

/**
 * The shared lottery: sorted ids shuffled with mulberry32(seed). Position 0 wins every tie.
 */
export function lotteryOrder(studentIds: Iterable<string>, seed: number): string[] {
  const ids = Array.from(studentIds).sort();
  return shuffleInPlace(ids, createRng(seed));
}

function compile(instance: MatchingInstance): CompiledInstance {
  if (!isRecord(instance)) fail('MALFORMED_INPUT', 'the instance must be an object with "students" and "placements"');
  const students: unknown = instance.students;
  const placements: unknown = instance.placements;
  if (!isRecord(students))
    fail('MALFORMED_INPUT', '"students" must be an object mapping student ids to lists of placement ids');
  if (!isRecord(placements))
    fail('MALFORMED_INPUT', '"placements" must be an object mapping placement ids to {capacity, prefs}');
  let seed: number;
  if (instance.seed === undefined || instance.seed === null) seed = randomSeed();
  else if (isSeed(instance.seed)) seed = instance.seed;
  else fail('INVALID_SEED', `seed must be an integer from 0 to 4294967295, got ${JSON.stringify(instance.seed)}`);

  const studentIds = Object.keys(students);
  const placementIds = Object.keys(placements);
  const nS = studentIds.length;
  const nP = placementIds.length;
  const studentIndex = indexOf(studentIds);
  const placementIndex = indexOf(placementIds);

  // Students.
  const lists = new Array<unknown[]>(nS);
  const studentStart = new Int32Array(nS + 1);
  let entryTotal = 0;
  for (let s = 0; s < nS; s++) {
    const list: unknown = students[studentIds[s]];
    if (!Array.isArray(list))
      fail('MALFORMED_INPUT', `student ${q(studentIds[s])} must map to a list of placement ids`);
    lists[s] = list;
    entryTotal += list.length;
    studentStart[s + 1] = entryTotal;
  }
  const entryPlacement = new Int32Array(entryTotal);
  const stamp = new Int32Array(Math.max(nS, nP)).fill(-1);
  for (let s = 0, e = 0; s < nS; s++) {
    const list = lists[s];
    for (let j = 0; j < list.length; j++, e++) {
      const raw = list[j];
      if (typeof raw !== 'string')
        fail(
          'MALFORMED_INPUT',
          `student ${q(studentIds[s])}: placement ids must be strings, got ${JSON.stringify(raw)}`,
        );
      const p = placementIndex[raw];
      if (p === undefined)
        fail(
          'UNKNOWN_ID',
          `student ${q(studentIds[s])} lists placement ${q(raw)}, which is not defined in "placements"`,
        );
      if (stamp[p] === s) fail('DUPLICATE_ENTRY', `student ${q(studentIds[s])} lists placement ${q(raw)} twice`);
      stamp[p] = s;
      entryPlacement[e] = p;
    }
  }

  // Placements: validate the specs, then flatten the lists (ties make them longer than prefs.length).
  const specs = new Array<Record<string, unknown>>(nP);
  const capacity = new Int32Array(nP);
  let estimate = 0;
  for (let p = 0; p < nP; p++) {
    const id = placementIds[p];
    const spec: unknown = placements[id];
    if (!isRecord(spec)) fail('MALFORMED_INPUT', `placement ${q(id)} must be an object {capacity, prefs}`);
    const cap = spec.capacity;
    if (typeof cap !== 'number' || !Number.isInteger(cap) || cap < 0) {
      fail(
        'INVALID_CAPACITY',
        `placement ${q(id)} has capacity ${JSON.stringify(cap) ?? 'undefined'}; capacity must be a non-negative integer`,
      );
    }
    const prefs = spec.prefs;
    if (!Array.isArray(prefs)) fail('MALFORMED_INPUT', `placement ${q(id)} must have "prefs", a list of student ids`);
    specs[p] = spec;
    capacity[p] = Math.min(cap, 0x3fffffff);
    estimate += prefs.length;
  }
  const listStart = new Int32Array(nP + 1);
  let prefStudent = new Int32Array(estimate);
  /** [start, end) of every tie of two or more students, broken by the lottery below. */
  const ties: number[] = [];
  let slack = 0;
  let k = 0;
  stamp.fill(-1);
  const studentOf = (p: number, raw: unknown): number => {
    if (typeof raw !== 'string')
      fail(
        'MALFORMED_INPUT',
        `placement ${q(placementIds[p])}: student ids must be strings, got ${JSON.stringify(raw)}`,
      );
    const s = studentIndex[raw];
    if (s === undefined)
      fail('UNKNOWN_ID', `placement ${q(placementIds[p])} lists student ${q(raw)}, which is not defined in "students"`);
    if (stamp[s] === p) fail('DUPLICATE_ENTRY', `placement ${q(placementIds[p])} lists student ${q(raw)} twice`);
    stamp[s] = p;
    return s;
  };
  for (let p = 0; p < nP; p++) {
    const prefs = specs[p].prefs as unknown[];
    for (let t = 0; t < prefs.length; t++) {
      const tier = prefs[t];
      if (typeof tier === 'string') {
        prefStudent[k++] = studentOf(p, tier);
        continue;
      }
      if (!Array.isArray(tier) || tier.length === 0) {
        fail(
          'MALFORMED_INPUT',
          `placement ${q(placementIds[p])}: each "prefs" entry must be a student id or a non-empty list of tied ids`,
        );
      }
      // `estimate` counted one slot per tier; a tie of n students needs n - 1 more.
      if (tier.length - 1 > slack) {
        const grown = new Int32Array(prefStudent.length + Math.max(prefStudent.length, tier.length));
        slack += grown.length - prefStudent.length;
        grown.set(prefStudent);
        prefStudent = grown;
      }
      slack -= tier.length - 1;
      if (tier.length > 1) ties.push(k, k + tier.length);
      for (let j = 0; j < tier.length; j++) prefStudent[k++] = studentOf(p, tier[j]);
    }
    listStart[p + 1] = k;
  }
  const listTotal = k;
  if (prefStudent.length !== listTotal) prefStudent = prefStudent.slice(0, listTotal);

  const lotteryUsed = ties.length > 0;
  if (lotteryUsed) {
    const position = new Int32Array(nS);
    const order = lotteryOrder(studentIds, seed);
    for (let i = 0; i < nS; i++) position[studentIndex[order[i]]] = i;
    for (let i = 0; i < ties.length; i += 2)
      prefStudent.subarray(ties[i], ties[i + 1]).sort((x, y) => position[x] - position[y]);
  }

  // Reserves.
  const openCapacity = new Int32Array(nP);
  const reservedCapacity = new Int32Array(nP);
  const hasReserve = new Uint8Array(nP);
  let inGroup: Uint8Array | null = null;
  let groupStamp: Int32Array | null = null;
  for (let p = 0; p < nP; p++) {
    const pid = placementIds[p];
    const len = listStart[p + 1] - listStart[p];
    const reserve: unknown = specs[p].reserve;
    let seats = 0;
    if (reserve !== undefined && reserve !== null) {
      if (!isRecord(reserve) || !Array.isArray(reserve.group)) {
        fail('INVALID_RESERVE', `placement ${q(pid)}: "reserve" must be {seats, group: [student ids]}`);
      }
      const reserved = reserve.seats;
      if (typeof reserved !== 'number' || !Number.isInteger(reserved) || reserved < 0 || reserved > capacity[p]) {
        fail(
          'INVALID_RESERVE',
          `placement ${q(pid)} reserves ${JSON.stringify(reserved) ?? 'undefined'} seats; reserved seats must be an integer from 0 to its capacity ${capacity[p]}`,
        );
      }
      seats = reserved;
      hasReserve[p] = 1;
      inGroup ??= new Uint8Array(listTotal);
      groupStamp ??= new Int32Array(nS).fill(-1);
      const group = reserve.group as unknown[];
      for (let j = 0; j < group.length; j++) {
        const raw = group[j];
        if (typeof raw !== 'string') fail('INVALID_RESERVE', `placement ${q(pid)}: reserve group ids must be strings`);
        const s = studentIndex[raw];
        if (s === undefined)
          fail(
            'UNKNOWN_ID',
            `placement ${q(pid)} reserves seats for student ${q(raw)}, which is not defined in "students"`,
          );
        if (groupStamp[s] === p)
          fail('DUPLICATE_ENTRY', `placement ${q(pid)} lists student ${q(raw)} twice in its reserve group`);
        groupStamp[s] = p;
      }
      for (let i = listStart[p]; i < listStart[p + 1]; i++) inGroup[i] = groupStamp[prefStudent[i]] === p ? 1 : 0;
    }
    // Nobody unlisted can be held, so a heap never needs more than `len` slots.
    openCapacity[p] = Math.min(capacity[p] - seats, len);
    reservedCapacity[p] = Math.min(seats, len);
  }

  const entryRank = linkRanks(nS, nP, studentStart, entryPlacement, listStart, prefStudent);

  return {
    studentIds,
    placementIds,
    studentStart,
    entryPlacement,
    entryRank,
    listStart,
    prefStudent,
    inGroup,
    openCapacity,
    reservedCapacity,
    hasReserve,
    seed,
    lotteryUsed,
  };
}

/**
 * Computes the student-optimal stable matching of `instance` (see the file header for ties and
 * reserves). Throws {@link MatchingInputError} on unknown ids, duplicates, bad capacities,
 * bad reserves or a bad seed. Does not modify the input.
 */
export function allocate(instance: MatchingInstance): MatchingResult {
  const compiled = compile(instance);
  return solve(compiled);
}
