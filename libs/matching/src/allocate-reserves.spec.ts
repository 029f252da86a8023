import fc from 'fast-check';
import { allocate, MatchingInstance } from './allocate';

const apply = (prefs: string[], capacity: number, seats: number, group: string[]) =>
  allocate({
    students: Object.fromEntries(prefs.map((s) => [s, ['x']])),
    placements: { x: { capacity, prefs, reserve: { seats, group } } },
  });

describe('seat reserves', () => {
  it('let group members compete for open seats first, so the reserve lifts one more of them', () => {
    // Open seat: g1 (best overall). Reserved seat: best remaining group member g2, not n1.
    const result = apply(['g1', 'n1', 'g2'], 2, 1, ['g1', 'g2']);
    expect(result.assignments.x).toEqual(['g1', 'g2']);
    expect(result.reserveHolders.x).toEqual(['g2']);
    expect(result.unassigned).toEqual(['n1']);
  });

  it('do not use reserved seats for group members who win on merit', () => {
    const result = apply(['g1', 'g2', 'n1', 'n2', 'g3'], 3, 1, ['g1', 'g2', 'g3']);
    expect(result.assignments.x).toEqual(['g1', 'g2', 'g3']);
    expect(result.reserveHolders.x).toEqual(['g3']);
  });

  it('open unused reserved seats to everyone', () => {
    const result = apply(['n1', 'n2', 'n3', 'g1'], 3, 2, ['g1']);
    expect(result.assignments.x).toEqual(['n1', 'n2', 'g1']);
    expect(result.reserveHolders.x).toEqual(['n2', 'g1']);
    expect(result.unassigned).toEqual(['n3']);
  });

  it('can reserve every seat', () => {
    expect(apply(['n1', 'g1', 'n2'], 2, 2, ['g1']).assignments.x).toEqual(['n1', 'g1']);
    expect(apply(['n1', 'g1', 'n2', 'g2'], 2, 2, ['g1', 'g2']).assignments.x).toEqual(['g1', 'g2']);
  });

  it('with zero seats behave like no reserve', () => {
    const result = apply(['n1', 'g1'], 1, 0, ['g1']);
    expect(result.assignments.x).toEqual(['n1']);
    expect(result.reserveHolders).toEqual({ x: [] });
  });

  it('only report placements that declare one', () => {
    const result = allocate({
      students: { a: ['x', 'y'] },
      placements: {
        x: { capacity: 0, prefs: ['a'] },
        y: { capacity: 1, prefs: ['a'], reserve: { seats: 1, group: ['a'] } },
      },
    });
    expect(result.reserveHolders).toEqual({ y: ['a'] });
  });

  it('push a displaced reserved-seat holder on to her next choice', () => {
    // g2 holds x's reserved seat until g1, who ranks x first, loses her open seat there to n1.
    const instance: MatchingInstance = {
      students: { n1: ['x'], g1: ['x', 'y'], g2: ['x', 'y'] },
      placements: {
        x: { capacity: 2, prefs: ['n1', 'g1', 'g2'], reserve: { seats: 1, group: ['g1', 'g2'] } },
        y: { capacity: 1, prefs: ['g2', 'g1'] },
      },
    };
    const result = allocate(instance);
    expect(result.assignments).toEqual({ x: ['n1', 'g1'], y: ['g2'] });
    expect(result.reserveHolders.x).toEqual(['g1']);
  });

  it('give the group at least min(seats, applying members) seats and never exceed capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (capacity, seatsRaw, members, others, seed) => {
          const seats = Math.min(seatsRaw, capacity);
          const group = Array.from({ length: members }, (_, i) => `g${i}`);
          const everyone = [...group, ...Array.from({ length: others }, (_, i) => `n${i}`)];
          const prefs = [...everyone].sort(() => 0).reverse();
          const shuffled = fc.sample(fc.shuffledSubarray(prefs, { minLength: prefs.length }), { numRuns: 1, seed })[0];
          const result = apply(shuffled, capacity, seats, group);
          const held = result.assignments.x;
          expect(held.length).toBe(Math.min(capacity, everyone.length));
          expect(held.filter((s) => s.startsWith('g')).length).toBeGreaterThanOrEqual(Math.min(seats, members));
          expect(result.reserveHolders.x.length).toBeLessThanOrEqual(seats);
        },
      ),
    );
  });
});
