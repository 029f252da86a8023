import { CohortRule, CohortSplitRecord } from './booking.entity';
import { applySeatMoves } from './cohort-split-moves';

const split = (onsite: string[], virtual: string[], waitlisted: string[]): CohortSplitRecord => {
  const headcount = onsite.length + virtual.length + waitlisted.length;
  const onsiteShare = onsite.length / headcount;
  return {
    onsite,
    virtual,
    waitlisted,
    rule: CohortRule.PRIORITY,
    seed: null,
    minimumOnsiteShare: 0.5,
    onsiteShare,
    minimumMet: onsiteShare >= 0.5,
    message: 'x',
  };
};

describe('applySeatMoves', () => {
  it('moves the first people of each list, in rule order, and re-checks the onsite minimum', () => {
    const moved = applySeatMoves(split(['a'], ['b', 'c'], ['d']), 4, { waitlistToOnsite: 1, virtualToOnsite: 1 })!;
    expect(moved).toMatchObject({
      onsite: ['a', 'd', 'b'],
      virtual: ['c'],
      waitlisted: [],
      onsiteShare: 0.75,
      minimumMet: true,
      message: null,
    });
  });

  it('moves waitlisted people into the virtual twin', () => {
    const moved = applySeatMoves(split(['a'], [], ['b', 'c', 'd']), 4, { waitlistToVirtual: 2 })!;
    expect(moved).toMatchObject({ onsite: ['a'], virtual: ['b', 'c'], waitlisted: ['d'], minimumMet: false });
    expect(moved.message).toMatch(/Only 25%/);
  });

  it('updates the share of an unnamed cohort from the counts', () => {
    const unnamed = { ...split([], [], []), onsiteShare: 0.25, minimumMet: false };
    expect(applySeatMoves(unnamed, 4, { virtualToOnsite: 2 })).toMatchObject({ onsiteShare: 0.75, minimumMet: true });
    expect(applySeatMoves(null, 4, { virtualToOnsite: 2 })).toBeNull();
  });
});
