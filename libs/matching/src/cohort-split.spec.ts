import fc from 'fast-check';
import { splitCohort } from './cohort-split';
import { MatchingInputError } from './errors';

const cohort = (n: number): string[] => Array.from({ length: n }, (_, i) => `st${i}`);

describe('splitCohort', () => {
  it('keeps the university order under PRIORITY', () => {
    const split = splitCohort({ students: cohort(6), onsiteSeats: 2, virtualTwin: { capacity: 3 }, rule: 'PRIORITY' });
    expect(split).toMatchObject({
      onsite: ['st0', 'st1'],
      virtual: ['st2', 'st3', 'st4'],
      waitlisted: ['st5'],
      rule: 'PRIORITY',
      minimumOnsiteShare: 0,
      minimumMet: true,
    });
    expect(split.onsiteShare).toBeCloseTo(1 / 3);
    expect(split.seed).toBeUndefined();
    expect(split.message).toBe('3 placed in the virtual twin; 1 waitlisted (the virtual twin is full)');
  });

  it('sends everyone onsite when seats suffice, with no message', () => {
    const split = splitCohort({ students: cohort(3), onsiteSeats: 5, virtualTwin: null, rule: 'PRIORITY' });
    expect(split).toEqual({
      onsite: cohort(3),
      virtual: [],
      waitlisted: [],
      rule: 'PRIORITY',
      minimumOnsiteShare: 0,
      onsiteShare: 1,
      minimumMet: true,
    });
  });

  it('treats a null twin capacity as unlimited and no twin as zero', () => {
    expect(
      splitCohort({ students: cohort(50), onsiteSeats: 1, virtualTwin: { capacity: null }, rule: 'PRIORITY' }).virtual,
    ).toHaveLength(49);
    const none = splitCohort({ students: cohort(4), onsiteSeats: 1, virtualTwin: null, rule: 'PRIORITY' });
    expect(none.waitlisted).toEqual(['st1', 'st2', 'st3']);
    expect(none.message).toContain('the offer has no virtual twin');
  });

  it('records and reproduces the LOTTERY seed', () => {
    const a = splitCohort({
      students: cohort(10),
      onsiteSeats: 3,
      virtualTwin: { capacity: 3 },
      rule: 'LOTTERY',
      seed: 77,
    });
    expect(a.seed).toBe(77);
    expect(
      splitCohort({ students: cohort(10), onsiteSeats: 3, virtualTwin: { capacity: 3 }, rule: 'LOTTERY', seed: 77 }),
    ).toEqual(a);
    const drawn = splitCohort({ students: cohort(10), onsiteSeats: 3, virtualTwin: null, rule: 'LOTTERY' });
    expect(
      splitCohort({ students: cohort(10), onsiteSeats: 3, virtualTwin: null, rule: 'LOTTERY', seed: drawn.seed }),
    ).toEqual(drawn);
    const orders = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        splitCohort({ students: cohort(10), onsiteSeats: 3, virtualTwin: null, rule: 'LOTTERY', seed }).onsite.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('says when the minimum onsite share cannot be met', () => {
    const split = splitCohort({
      students: cohort(10),
      onsiteSeats: 3,
      virtualTwin: { capacity: null },
      rule: 'PRIORITY',
      minimumOnsiteShare: 0.5,
    });
    expect(split.minimumMet).toBe(false);
    expect(split.onsiteShare).toBe(0.3);
    expect(split.message).toMatch(
      /^only 3 of 10 students \(30%\) can be onsite; the minimum onsite share is 50% \(5 students\)/,
    );
    expect(split.onsite.length + split.virtual.length + split.waitlisted.length).toBe(10);
  });

  it('meets an exactly reachable minimum despite floating point', () => {
    expect(
      splitCohort({
        students: cohort(10),
        onsiteSeats: 3,
        virtualTwin: null,
        rule: 'PRIORITY',
        minimumOnsiteShare: 0.3,
      }).minimumMet,
    ).toBe(true);
  });

  it('handles an empty cohort', () => {
    expect(
      splitCohort({ students: [], onsiteSeats: 0, virtualTwin: null, rule: 'LOTTERY', seed: 1, minimumOnsiteShare: 1 }),
    ).toMatchObject({
      onsite: [],
      virtual: [],
      waitlisted: [],
      onsiteShare: 1,
      minimumMet: true,
    });
  });

  it('drops nobody and respects every capacity', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 40 }),
        fc.nat(50),
        fc.option(fc.record({ capacity: fc.option(fc.nat(50)) })),
        fc.constantFrom('PRIORITY' as const, 'LOTTERY' as const),
        fc.nat(0xffffffff),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (students, onsiteSeats, virtualTwin, rule, seed, minimumOnsiteShare) => {
          const split = splitCohort({ students, onsiteSeats, virtualTwin, rule, seed, minimumOnsiteShare });
          expect([...split.onsite, ...split.virtual, ...split.waitlisted].sort()).toEqual([...students].sort());
          expect(split.onsite.length).toBe(Math.min(students.length, onsiteSeats));
          if (virtualTwin?.capacity != null) expect(split.virtual.length).toBeLessThanOrEqual(virtualTwin.capacity);
          if (split.waitlisted.length > 0) expect(split.virtual.length).toBe(virtualTwin ? virtualTwin.capacity : 0);
          expect(split.minimumMet).toBe(
            students.length === 0 || split.onsite.length >= minimumOnsiteShare * students.length - 1e-9,
          );
          if (!split.minimumMet) expect(split.message).toMatch(/minimum onsite share/);
        },
      ),
    );
  });

  it('rejects bad input', () => {
    const bad = [
      { students: ['a', 'a'], onsiteSeats: 1, virtualTwin: null, rule: 'PRIORITY' },
      { students: ['a'], onsiteSeats: -1, virtualTwin: null, rule: 'PRIORITY' },
      { students: ['a'], onsiteSeats: 1, virtualTwin: { capacity: -2 }, rule: 'PRIORITY' },
      { students: ['a'], onsiteSeats: 1, virtualTwin: null, rule: 'PRIORITY', minimumOnsiteShare: 1.5 },
      { students: ['a'], onsiteSeats: 1, virtualTwin: null, rule: 'RANDOM' },
      { students: ['a'], onsiteSeats: 1, virtualTwin: null, rule: 'LOTTERY', seed: -3 },
    ];
    for (const input of bad) expect(() => splitCohort(input as never)).toThrow(MatchingInputError);
  });
});
