import { describe, expect, it } from 'vitest';
import { previewSplit, type SplitInput } from './split';

const base: SplitInput = {
  headcount: 20,
  free: 8,
  capacity: 8,
  taken: 0,
  virtualTwin: { capacity: 60, taken: 0 },
  reservedForOthers: 0,
  minimumOnsiteShare: 0,
};

describe('previewSplit', () => {
  it('puts everyone onsite when the seats suffice', () => {
    expect(previewSplit({ ...base, headcount: 5 })).toMatchObject({
      onsite: 5,
      virtual: 0,
      waitlisted: 0,
      onsiteShare: 1,
      minimumMet: true,
    });
  });

  it('sends the overflow to the virtual twin, then to the waitlist when the twin is full', () => {
    expect(previewSplit({ ...base, virtualTwin: { capacity: 10, taken: 5 } })).toMatchObject({
      onsite: 8,
      virtual: 5,
      waitlisted: 7,
    });
  });

  it('treats a twin without capacity as unlimited and no twin as none', () => {
    expect(previewSplit({ ...base, virtualTwin: { capacity: null, taken: 100 } })).toMatchObject({
      onsite: 8,
      virtual: 12,
      waitlisted: 0,
    });
    expect(previewSplit({ ...base, virtualTwin: null })).toMatchObject({ onsite: 8, virtual: 0, waitlisted: 12 });
  });

  it('keeps seats reserved for a priority group the cohort is not in', () => {
    expect(previewSplit({ ...base, capacity: 8, free: 6, taken: 2, reservedForOthers: 3 })).toMatchObject({
      onsite: 3,
      virtual: 17,
    });
    expect(previewSplit({ ...base, capacity: 8, free: 1, taken: 7, reservedForOthers: 3 })).toMatchObject({
      onsite: 0,
    });
  });

  it('reports an unmet minimum onsite share with the students it needs', () => {
    const split = previewSplit({ ...base, headcount: 24, minimumOnsiteShare: 0.5 });
    expect(split).toMatchObject({ onsite: 8, requiredOnsite: 12, minimumMet: false });
    expect(split.onsiteShare).toBeCloseTo(1 / 3);
    expect(previewSplit({ ...base, headcount: 16, minimumOnsiteShare: 0.5 }).minimumMet).toBe(true);
  });

  it('handles an empty cohort', () => {
    expect(previewSplit({ ...base, headcount: 0, minimumOnsiteShare: 0.5 })).toMatchObject({
      onsite: 0,
      virtual: 0,
      waitlisted: 0,
      minimumMet: true,
    });
  });
});
