import fc from 'fast-check';
import { allocate, lotteryOrder, MatchingInstance, MatchingResult, PlacementSpec, PreferenceTier } from './allocate';
import { MatchingInputError } from './errors';
import { createRng, seededShuffle } from './prng';
import {
  allStableMatchings,
  instabilities,
  Matching,
  matchingOf,
  naiveDeferredAcceptance,
  StrictInstance,
  strictify,
} from '../test/reference';

interface Shape {
  maxStudents: number;
  maxPlacements: number;
  maxCapacity: number;
  ties?: boolean;
  reserves?: boolean;
}

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Random instances: incomplete lists on both sides, optional ties and reserves. */
function instances(shape: Shape): fc.Arbitrary<MatchingInstance> {
  return fc
    .tuple(fc.integer({ min: 0, max: shape.maxStudents }), fc.integer({ min: 0, max: shape.maxPlacements }))
    .chain(([nS, nP]) => {
      const S = ids('s', nS);
      const P = ids('p', nP);
      const placement = fc.record({
        capacity: fc.integer({ min: 0, max: shape.maxCapacity }),
        prefs: fc.shuffledSubarray(S),
        joins: fc.array(fc.boolean(), { minLength: nS, maxLength: nS }),
        reserve: shape.reserves
          ? fc.option(fc.record({ seats: fc.integer({ min: 0, max: shape.maxCapacity }), group: fc.subarray(S) }))
          : fc.constant(null),
      });
      return fc.record({
        students: fc.array(fc.shuffledSubarray(P), { minLength: nS, maxLength: nS }),
        placements: fc.array(placement, { minLength: nP, maxLength: nP }),
        seed: fc.integer({ min: 0, max: 0xffffffff }),
      });
    })
    .map(({ students, placements, seed }) => {
      const instance: MatchingInstance = { students: {}, placements: {}, seed };
      students.forEach((list, i) => ((instance.students as Record<string, string[]>)[`s${i}`] = list));
      placements.forEach((p, i) => {
        const prefs: PreferenceTier[] = [];
        p.prefs.forEach((s, j) => {
          const last = prefs[prefs.length - 1];
          if (shape.ties && p.joins[j] && last !== undefined)
            prefs[prefs.length - 1] = [...(typeof last === 'string' ? [last] : last), s];
          else prefs.push(s);
        });
        const spec: PlacementSpec = { capacity: p.capacity, prefs };
        if (p.reserve) spec.reserve = { seats: Math.min(p.reserve.seats, p.capacity), group: p.reserve.group };
        (instance.placements as Record<string, PlacementSpec>)[`p${i}`] = spec;
      });
      return instance;
    });
}

function strictOf(instance: MatchingInstance, result: MatchingResult): StrictInstance {
  return strictify(instance, lotteryOrder(Object.keys(instance.students), result.seed));
}

function expectValid(instance: MatchingInstance, result: MatchingResult): void {
  const strict = strictOf(instance, result);
  const seen = new Set<string>();
  expect(Object.keys(result.assignments)).toEqual(Object.keys(instance.placements));
  for (const [p, list] of Object.entries(result.assignments)) {
    const placement = strict.placements.get(p)!;
    expect(list.length).toBeLessThanOrEqual(placement.capacity);
    // Listed in the placement's (tie-broken) order.
    const ranks = list.map((s) => placement.prefs.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const s of list) {
      expect(seen.has(s)).toBe(false);
      seen.add(s);
      expect(placement.prefs).toContain(s);
      expect(instance.students[s]).toContain(p);
    }
  }
  expect(result.unassigned).toEqual(Object.keys(instance.students).filter((s) => !seen.has(s)));
}

const rankIn = (instance: StrictInstance, s: string, p: string | undefined): number =>
  p === undefined ? Infinity : instance.students.get(s)!.indexOf(p);

const sameMatching = (a: Matching, b: Matching): boolean => [...a].every(([s, p]) => b.get(s) === p);

describe('allocate', () => {
  it('matches the documented example', () => {
    const result = allocate({
      students: { s1: ['p1', 'p2'], s2: ['p1'], s3: ['p1'], s9: ['p2'] },
      placements: { p1: { capacity: 2, prefs: ['s3', 's1', 's2'] }, p2: { capacity: 1, prefs: ['s1'] } },
    });
    expect(result.assignments).toEqual({ p1: ['s3', 's1'], p2: [] });
    expect(result.unassigned).toEqual(['s2', 's9']);
    expect(result.lotteryUsed).toBe(false);
  });

  it('produces valid, stable matchings (ties and reserves included)', () => {
    fc.assert(
      fc.property(
        instances({ maxStudents: 12, maxPlacements: 5, maxCapacity: 4, ties: true, reserves: true }),
        (instance) => {
          const result = allocate(instance);
          expectValid(instance, result);
          expect(
            instabilities(strictOf(instance, result), matchingOf(strictOf(instance, result), result.assignments)),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals a naive deferred acceptance that recomputes every choice', () => {
    fc.assert(
      fc.property(
        instances({ maxStudents: 25, maxPlacements: 7, maxCapacity: 5, ties: true, reserves: true }),
        (instance) => {
          const result = allocate(instance);
          const strict = strictOf(instance, result);
          expect(sameMatching(matchingOf(strict, result.assignments), naiveDeferredAcceptance(strict))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is student-optimal: every student does at least as well as in any stable matching', () => {
    fc.assert(
      fc.property(
        instances({ maxStudents: 5, maxPlacements: 3, maxCapacity: 2, ties: true, reserves: true }),
        (instance) => {
          const result = allocate(instance);
          const strict = strictOf(instance, result);
          const ours = matchingOf(strict, result.assignments);
          const stable = allStableMatchings(strict);
          expect(stable.some((m) => sameMatching(m, ours))).toBe(true);
          for (const m of stable) {
            for (const s of strict.students.keys())
              expect(rankIn(strict, s, ours.get(s))).toBeLessThanOrEqual(rankIn(strict, s, m.get(s)));
          }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('matches the same students and fills each placement equally in every stable matching', () => {
    fc.assert(
      fc.property(instances({ maxStudents: 5, maxPlacements: 3, maxCapacity: 2, reserves: true }), (instance) => {
        const strict = strictify(instance);
        const [first, ...others] = allStableMatchings(strict);
        const matched = (m: Matching): string[] => [...m].filter(([, p]) => p !== undefined).map(([s]) => s);
        const filled = (m: Matching): number[] =>
          [...strict.placements.keys()].map((p) => [...m.values()].filter((x) => x === p).length);
        for (const m of others) {
          expect(matched(m)).toEqual(matched(first));
          expect(filled(m)).toEqual(filled(first));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order in which students and placements are given', () => {
    fc.assert(
      fc.property(
        instances({ maxStudents: 15, maxPlacements: 6, maxCapacity: 3, ties: true, reserves: true }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (instance, shuffleSeed) => {
          const reordered: MatchingInstance = {
            seed: instance.seed,
            students: Object.fromEntries(seededShuffle(Object.entries(instance.students), shuffleSeed)),
            placements: Object.fromEntries(seededShuffle(Object.entries(instance.placements), shuffleSeed + 1)),
          };
          const a = allocate(instance);
          const b = allocate(reordered);
          expect(b.assignments).toEqual(a.assignments);
          expect([...b.unassigned].sort()).toEqual([...a.unassigned].sort());
          expect(b.unassigned).toEqual(Object.keys(reordered.students).filter((s) => a.unassigned.includes(s)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays stable on a larger random instance', () => {
    const rng = createRng(7);
    const nS = 3000;
    const nP = 400;
    const students: Record<string, string[]> = {};
    const applicants = new Map<string, string[]>();
    for (let s = 0; s < nS; s++) {
      const picked = new Set<string>();
      for (let k = 5 + Math.floor(rng() * 10); picked.size < k;) picked.add(`p${Math.floor(rng() * nP)}`);
      const list = [...picked];
      students[`s${s}`] = list;
      for (const p of list)
        applicants
          .set(p, applicants.get(p) ?? [])
          .get(p)!
          .push(`s${s}`);
    }
    const placements: Record<string, PlacementSpec> = {};
    for (let p = 0; p < nP; p++) {
      const listed = seededShuffle(applicants.get(`p${p}`) ?? [], p).filter(() => rng() < 0.9);
      placements[`p${p}`] = { capacity: Math.floor(rng() * 12), prefs: listed };
    }
    const result = allocate({ students, placements });
    const rank = new Map<string, Map<string, number>>();
    for (const [p, spec] of Object.entries(placements))
      rank.set(p, new Map((spec.prefs as string[]).map((s, i) => [s, i])));
    const assigned = new Map<string, string>();
    for (const [p, list] of Object.entries(result.assignments)) {
      expect(list.length).toBeLessThanOrEqual(placements[p].capacity);
      for (const s of list) assigned.set(s, p);
    }
    for (const [s, list] of Object.entries(students)) {
      const mine = assigned.get(s);
      for (const p of list) {
        if (p === mine) break;
        const r = rank.get(p)!.get(s);
        if (r === undefined) continue;
        const held = result.assignments[p];
        const full = held.length >= placements[p].capacity;
        const worst = held.length ? Math.max(...held.map((x) => rank.get(p)!.get(x)!)) : -1;
        expect(full && worst < r).toBe(true);
      }
    }
  });

  describe('edge cases', () => {
    it('handles nobody at all', () => {
      expect(allocate({ students: {}, placements: {} })).toMatchObject({
        assignments: {},
        unassigned: [],
        reserveHolders: {},
      });
    });

    it('handles empty lists, zero capacity and placements nobody wants', () => {
      const result = allocate({
        students: { a: [], b: ['full'], c: ['empty', 'open'] },
        placements: {
          full: { capacity: 0, prefs: ['b'] },
          empty: { capacity: 3, prefs: [] },
          open: { capacity: 1, prefs: ['c'] },
          idle: { capacity: 2, prefs: [] },
        },
      });
      expect(result.assignments).toEqual({ full: [], empty: [], open: ['c'], idle: [] });
      expect(result.unassigned).toEqual(['a', 'b']);
    });

    it('only matches mutual pairs', () => {
      const result = allocate({
        students: { a: ['x'], b: [] },
        placements: { x: { capacity: 5, prefs: ['b'] } },
      });
      expect(result.assignments).toEqual({ x: [] });
      expect(result.unassigned).toEqual(['a', 'b']);
    });

    it('copes with huge capacities and odd ids', () => {
      const result = allocate({
        students: { __proto__x: ['toString'], constructor: ['toString'] },
        placements: { toString: { capacity: 2 ** 31, prefs: ['constructor', '__proto__x'] } },
      });
      // `toString` is a placement id here, an own data property, not Object's method.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      expect(result.assignments.toString).toEqual(['constructor', '__proto__x']);
    });

    it('does not modify its input', () => {
      const instance: MatchingInstance = {
        students: { a: ['x', 'y'], b: ['x'] },
        placements: {
          x: { capacity: 1, prefs: [['a', 'b']] },
          y: { capacity: 1, prefs: ['a'], reserve: { seats: 1, group: ['a'] } },
        },
        seed: 3,
      };
      const copy = JSON.parse(JSON.stringify(instance));
      allocate(instance);
      expect(instance).toEqual(copy);
    });
  });

  describe('ties', () => {
    const tied: MatchingInstance = {
      students: Object.fromEntries(ids('s', 8).map((s) => [s, ['x', 'y']])),
      placements: {
        x: { capacity: 2, prefs: [ids('s', 8)] },
        y: { capacity: 2, prefs: [ids('s', 4), ids('s', 8).slice(4)] },
      },
    };

    it('are broken reproducibly by the seed, which is returned', () => {
      const a = allocate({ ...tied, seed: 42 });
      expect(a.seed).toBe(42);
      expect(a.lotteryUsed).toBe(true);
      expect(allocate({ ...tied, seed: 42 })).toEqual(a);
    });

    it('use one lottery for every placement', () => {
      const result = allocate({ ...tied, seed: 9 });
      const order = lotteryOrder(Object.keys(tied.students), 9);
      expect(result.assignments.x).toEqual(order.slice(0, 2));
      const tierOne = order.filter((s) => ids('s', 4).includes(s) && !order.slice(0, 2).includes(s));
      expect(result.assignments.y).toEqual(tierOne.slice(0, 2));
    });

    it('give different outcomes for different seeds', () => {
      const outcomes = new Set(
        Array.from({ length: 20 }, (_, seed) => JSON.stringify(allocate({ ...tied, seed }).assignments)),
      );
      expect(outcomes.size).toBeGreaterThan(1);
    });

    it('draw a seed when none is given', () => {
      const result = allocate(tied);
      expect(Number.isInteger(result.seed)).toBe(true);
      expect(allocate({ ...tied, seed: result.seed })).toEqual(result);
    });

    it('respect the tier order', () => {
      const result = allocate({
        students: { a: ['x'], b: ['x'], c: ['x'] },
        placements: { x: { capacity: 1, prefs: ['c', ['a', 'b']] } },
        seed: 1,
      });
      expect(result.assignments.x).toEqual(['c']);
      expect(result.lotteryUsed).toBe(true);
    });

    it('a one-element tier is no tie', () => {
      expect(
        allocate({ students: { a: ['x'] }, placements: { x: { capacity: 1, prefs: [['a']] } }, seed: 1 }).lotteryUsed,
      ).toBe(false);
    });
  });

  describe('errors', () => {
    const expectCode = (instance: unknown, code: string, message: RegExp): void => {
      try {
        allocate(instance as MatchingInstance);
      } catch (error) {
        expect(error).toBeInstanceOf(MatchingInputError);
        expect((error as MatchingInputError).code).toBe(code);
        expect((error as Error).message).toMatch(message);
        return;
      }
      throw new Error('expected allocate to throw');
    };
    const base = { students: { a: ['x'] }, placements: { x: { capacity: 1, prefs: ['a'] } } };

    it('rejects unknown ids', () => {
      expectCode({ ...base, students: { a: ['x', 'y'] } }, 'UNKNOWN_ID', /student "a" lists placement "y"/);
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a', 'b'] } } },
        'UNKNOWN_ID',
        /placement "x" lists student "b"/,
      );
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a'], reserve: { seats: 1, group: ['z'] } } } },
        'UNKNOWN_ID',
        /"z"/,
      );
    });

    it('rejects duplicate entries', () => {
      expectCode({ ...base, students: { a: ['x', 'x'] } }, 'DUPLICATE_ENTRY', /student "a" lists placement "x" twice/);
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a', 'a'] } } },
        'DUPLICATE_ENTRY',
        /placement "x" lists student "a" twice/,
      );
      expectCode({ ...base, placements: { x: { capacity: 1, prefs: [['a'], 'a'] } } }, 'DUPLICATE_ENTRY', /twice/);
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a'], reserve: { seats: 1, group: ['a', 'a'] } } } },
        'DUPLICATE_ENTRY',
        /reserve group/,
      );
    });

    it('rejects bad capacities', () => {
      for (const capacity of [-1, 1.5, '2', null, undefined, Number.NaN, Infinity]) {
        expectCode(
          { ...base, placements: { x: { capacity, prefs: ['a'] } } },
          'INVALID_CAPACITY',
          /placement "x" has capacity/,
        );
      }
    });

    it('rejects bad reserves', () => {
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a'], reserve: { seats: 2, group: [] } } } },
        'INVALID_RESERVE',
        /from 0 to its capacity 1/,
      );
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a'], reserve: { seats: 1 } } } },
        'INVALID_RESERVE',
        /reserve/,
      );
      expectCode(
        { ...base, placements: { x: { capacity: 1, prefs: ['a'], reserve: { seats: 1, group: [3] } } } },
        'INVALID_RESERVE',
        /strings/,
      );
    });

    it('rejects malformed shapes and seeds', () => {
      expectCode(null, 'MALFORMED_INPUT', /instance/);
      expectCode({ students: [], placements: {} }, 'MALFORMED_INPUT', /"students"/);
      expectCode({ students: {} }, 'MALFORMED_INPUT', /"placements"/);
      expectCode({ ...base, students: { a: 'x' } }, 'MALFORMED_INPUT', /student "a"/);
      expectCode({ ...base, students: { a: [1] } }, 'MALFORMED_INPUT', /strings/);
      expectCode({ ...base, placements: { x: 3 } }, 'MALFORMED_INPUT', /placement "x"/);
      expectCode({ ...base, placements: { x: { capacity: 1 } } }, 'MALFORMED_INPUT', /"prefs"/);
      expectCode({ ...base, placements: { x: { capacity: 1, prefs: [[]] } } }, 'MALFORMED_INPUT', /non-empty/);
      expectCode({ ...base, placements: { x: { capacity: 1, prefs: [7] } } }, 'MALFORMED_INPUT', /student id/);
      expectCode({ ...base, seed: -1 }, 'INVALID_SEED', /seed/);
      expectCode({ ...base, seed: 2 ** 32 }, 'INVALID_SEED', /seed/);
    });
  });
});
