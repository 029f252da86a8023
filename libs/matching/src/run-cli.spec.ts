import fc from 'fast-check';
import { createRng, seededShuffle } from './prng';
import { runCli } from './run-cli';

const run = (input: unknown) => runCli(typeof input === 'string' ? input : JSON.stringify(input));

const expectBadInput = (input: unknown, message: RegExp): void => {
  const outcome = run(input);
  expect(outcome.exitCode).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr.trimEnd()).not.toContain('\n');
  expect(outcome.stderr.endsWith('\n')).toBe(true);
};

describe('runCli', () => {
  it('prints exactly the documented format', () => {
    const outcome = run({
      students: { s1: ['p1', 'p2'], s3: ['p1'], s9: ['p1'] },
      placements: { p1: { capacity: 2, prefs: ['s3', 's1'] }, p2: { capacity: 1, prefs: [] } },
    });
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    expect(outcome.stdout).toBe('{"assignments":{"p1":["s3","s1"],"p2":[]},"unassigned":["s9"]}\n');
  });

  it('accepts whitespace and an empty instance', () => {
    expect(run(' \n{ "students" : {}, "placements" : {} }\n ').stdout).toBe('{"assignments":{},"unassigned":[]}\n');
  });

  it('echoes the seed when one is given or a tie was drawn', () => {
    const tied = { students: { a: ['x'], b: ['x'] }, placements: { x: { capacity: 1, prefs: [['a', 'b']] } } };
    const withSeed = JSON.parse(run({ ...tied, seed: 5 }).stdout);
    expect(withSeed.seed).toBe(5);
    expect(JSON.parse(run({ ...tied, seed: 5 }).stdout)).toEqual(withSeed);
    expect(typeof JSON.parse(run(tied).stdout).seed).toBe('number');
    expect(JSON.parse(run({ students: {}, placements: {}, seed: 0 }).stdout).seed).toBe(0);
  });

  it('reports reserve holders when a placement declares a reserve', () => {
    const out = JSON.parse(
      run({
        students: { g: ['x'], n: ['x'] },
        placements: { x: { capacity: 1, prefs: ['n', 'g'], reserve: { seats: 1, group: ['g'] } } },
      }).stdout,
    );
    expect(out).toEqual({ assignments: { x: ['g'] }, unassigned: ['n'], reserveHolders: { x: ['g'] } });
  });

  it('ignores unknown extra fields', () => {
    const outcome = run({
      version: 1,
      students: { a: ['x'] },
      placements: { x: { capacity: 1, prefs: ['a'], name: 'QC lab' } },
    });
    expect(outcome.stdout).toBe('{"assignments":{"x":["a"]},"unassigned":[]}\n');
  });

  it('rejects malformed JSON', () => {
    expectBadInput('{"students": {', /^practicum-match: MALFORMED_INPUT: malformed JSON/);
    expectBadInput('', /malformed JSON/);
    expectBadInput('{"students": {}, "placements": {}} x', /malformed JSON/);
  });

  it('rejects duplicate entries', () => {
    expectBadInput(
      { students: { a: ['x', 'x'] }, placements: { x: { capacity: 1, prefs: ['a'] } } },
      /DUPLICATE_ENTRY: student "a" lists placement "x" twice/,
    );
    expectBadInput(
      { students: { a: ['x'] }, placements: { x: { capacity: 1, prefs: ['a', 'a'] } } },
      /DUPLICATE_ENTRY: placement "x" lists student "a" twice/,
    );
  });

  it('rejects unknown ids', () => {
    expectBadInput(
      { students: { a: ['y'] }, placements: { x: { capacity: 1, prefs: ['a'] } } },
      /UNKNOWN_ID: student "a" lists placement "y"/,
    );
    expectBadInput(
      { students: { a: ['x'] }, placements: { x: { capacity: 1, prefs: ['b'] } } },
      /UNKNOWN_ID: placement "x" lists student "b"/,
    );
  });

  it('rejects bad capacities', () => {
    for (const capacity of [-1, 0.5, '1', null]) {
      expectBadInput(
        { students: {}, placements: { x: { capacity, prefs: [] } } },
        /INVALID_CAPACITY: placement "x" has capacity/,
      );
    }
    expectBadInput({ students: {}, placements: { x: { prefs: [] } } }, /INVALID_CAPACITY/);
  });

  it('rejects wrong shapes', () => {
    expectBadInput('[]', /MALFORMED_INPUT/);
    expectBadInput('null', /MALFORMED_INPUT/);
    expectBadInput({ students: { a: 'x' }, placements: {} }, /MALFORMED_INPUT: student "a"/);
    expectBadInput({ students: {}, placements: {}, seed: 'x' }, /INVALID_SEED/);
  });

  it('keeps error messages on one line even for ids with newlines', () => {
    expectBadInput({ students: { 'a\nb': ['y'] }, placements: {} }, /UNKNOWN_ID/);
  });

  describe('fast reader', () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    const plain = {
      students: { s1: ['p1', 'p2'], s3: ['p1'], s9: ['p1'] },
      placements: { p1: { capacity: 2, prefs: ['s3', 's1'] }, p2: { capacity: 1, prefs: [] } },
    };

    it('takes plain instances and prints the same as the general path', () => {
      const text = JSON.stringify(plain, null, 2);
      const fast = runCli(bytes(text));
      expect(fast.timings.fastPath).toBe(true);
      expect(fast.stdout).toBe(runCli(text).stdout);
      expect(runCli(bytes(text), { fastPath: false }).timings.fastPath).toBe(false);
    });

    it('agrees with the general path on a larger instance (hash table growth)', () => {
      const rng = createRng(11);
      const placementIds = Array.from({ length: 700 }, (_, i) => `placement-${i}`);
      const students: Record<string, string[]> = {};
      const applicants = new Map<string, string[]>();
      for (let s = 0; s < 4000; s++) {
        const id = `student-${s}`;
        const picked = new Set<string>();
        for (let k = 1 + Math.floor(rng() * 12); picked.size < k;)
          picked.add(placementIds[Math.floor(rng() * placementIds.length)]);
        students[id] = [...picked];
        for (const p of students[id])
          applicants
            .set(p, applicants.get(p) ?? [])
            .get(p)!
            .push(id);
      }
      const placements = Object.fromEntries(
        placementIds.map((p, i) => [
          p,
          { capacity: Math.floor(rng() * 9), prefs: seededShuffle(applicants.get(p) ?? [], i) },
        ]),
      );
      const text = JSON.stringify({ students, placements });
      const fast = runCli(bytes(text));
      expect(fast.timings.fastPath).toBe(true);
      expect(fast.stdout).toBe(runCli(text).stdout);
    });

    it('hands everything unusual to the general path', () => {
      const unusual = [
        JSON.stringify({ ...plain, seed: null }),
        JSON.stringify({ ...plain, extra: 1 }),
        JSON.stringify({ students: { '1': ['p1'] }, placements: { p1: { capacity: 1, prefs: ['1'] } } }),
        JSON.stringify({ students: { é: ['p1'] }, placements: { p1: { capacity: 1, prefs: ['é'] } } }),
        '{"students": {"s\\u0031": ["p1"]}, "placements": {"p1": {"capacity": 1, "prefs": ["s1"]}}}',
        '{"students": {"s1": ["p1"]}, "placements": {"p1": {"capacity": 1.0, "prefs": ["s1"]}}}',
        '{"students": {"s1": ["p1"], "s1": []}, "placements": {"p1": {"capacity": 1, "prefs": ["s1"]}}}',
        '\ufeff{"students": {}, "placements": {}}',
      ];
      for (const text of unusual) {
        const fast = runCli(bytes(text));
        expect(fast.timings.fastPath).toBe(false);
        expect(fast).toEqual({ ...runCli(text), timings: expect.anything() });
      }
    });

    const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    type Mutation = 'none' | 'dupStudent' | 'dupPref' | 'unknownPlacement' | 'unknownStudent' | 'negative' | 'truncate';
    const texts = fc
      .record({
        nS: fc.integer({ min: 0, max: 8 }),
        nP: fc.integer({ min: 0, max: 4 }),
        seed: fc.option(fc.integer({ min: 0, max: 2 ** 33 }), { freq: 3 }),
        indent: fc.constantFrom(0, 1, '\t', ' \r\n'),
        order: fc.boolean(),
        mutation: fc.constantFrom<Mutation>(
          'none',
          'none',
          'none',
          'none',
          'none',
          'dupStudent',
          'dupPref',
          'unknownPlacement',
          'unknownStudent',
          'negative',
          'truncate',
        ),
        at: fc.nat(),
      })
      .chain(({ nS, nP, seed, indent, order, mutation, at }) =>
        fc
          .record({
            students: fc.array(fc.shuffledSubarray(ids('p', nP)), { minLength: nS, maxLength: nS }),
            placements: fc.array(
              fc.record({ capacity: fc.integer({ min: 0, max: 3 }), prefs: fc.shuffledSubarray(ids('s', nS)) }),
              {
                minLength: nP,
                maxLength: nP,
              },
            ),
          })
          .map(({ students, placements }) => {
            const pick = <T>(list: T[]): T | undefined => list[at % Math.max(1, list.length)];
            if (mutation === 'dupStudent')
              pick(students.filter((l) => l.length > 0))?.push(pick(students.filter((l) => l.length > 0))![0]);
            if (mutation === 'dupPref')
              pick(placements.filter((p) => p.prefs.length > 0))?.prefs.push(
                pick(placements.filter((p) => p.prefs.length > 0))!.prefs[0],
              );
            if (mutation === 'unknownPlacement') pick(students)?.push('nowhere');
            if (mutation === 'unknownStudent') pick(placements)?.prefs.push('nobody');
            if (mutation === 'negative' && placements.length > 0) pick(placements)!.capacity = -1;
            const s = Object.fromEntries(students.map((list, i) => [`s${i}`, list]));
            const p = Object.fromEntries(placements.map((spec, i) => [`p${i}`, spec]));
            const instance = order ? { placements: p, students: s } : { students: s, placements: p };
            const text = JSON.stringify(seed === null ? instance : { ...instance, seed }, null, indent);
            return mutation === 'truncate' ? text.slice(0, at % text.length) : text;
          }),
      );

    it('prints exactly what the general path prints, errors included', () => {
      let taken = 0;
      fc.assert(
        fc.property(texts, (text) => {
          const fast = runCli(bytes(text));
          const general = runCli(text);
          taken += fast.timings.fastPath ? 1 : 0;
          expect({ ...fast, timings: null }).toEqual({ ...general, timings: null });
        }),
        { numRuns: 500 },
      );
      expect(taken).toBeGreaterThan(150);
    });
  });
});
