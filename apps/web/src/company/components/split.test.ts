import { describe, expect, it } from 'vitest';
import { onsiteShare, previewSplit } from './split';

const slot = (capacity: number, taken: number) => ({ capacity, taken, free: capacity - taken });

describe('previewSplit', () => {
  it('puts everyone onsite when the seats suffice', () => {
    expect(
      previewSplit({
        headcount: 5,
        slot: slot(8, 2),
        twin: null,
        reservedSeats: 0,
        reserveInForce: false,
        inPriorityGroup: false,
      }),
    ).toEqual({
      onsite: 5,
      virtual: 0,
      waitlisted: 0,
      limitedByReserve: false,
    });
  });

  it('sends the overflow to the virtual twin, then the waitlist', () => {
    expect(
      previewSplit({
        headcount: 24,
        slot: slot(8, 0),
        twin: { capacity: 10, taken: 4 },
        reservedSeats: 0,
        reserveInForce: false,
        inPriorityGroup: false,
      }),
    ).toEqual({
      onsite: 8,
      virtual: 6,
      waitlisted: 10,
      limitedByReserve: false,
    });
  });

  it('treats a twin without capacity as unlimited and no twin as no room', () => {
    expect(
      previewSplit({
        headcount: 30,
        slot: slot(8, 8),
        twin: { capacity: null, taken: 100 },
        reservedSeats: 0,
        reserveInForce: false,
        inPriorityGroup: false,
      }).virtual,
    ).toBe(30);
    expect(
      previewSplit({
        headcount: 30,
        slot: slot(8, 8),
        twin: null,
        reservedSeats: 0,
        reserveInForce: false,
        inPriorityGroup: false,
      }).waitlisted,
    ).toBe(30);
  });

  it('keeps the reserved seats from a booking outside the priority group while the reserve is in force', () => {
    const outside = previewSplit({
      headcount: 4,
      slot: slot(3, 0),
      twin: null,
      reservedSeats: 1,
      reserveInForce: true,
      inPriorityGroup: false,
    });
    expect(outside).toEqual({ onsite: 2, virtual: 0, waitlisted: 2, limitedByReserve: true });
    expect(
      previewSplit({
        headcount: 4,
        slot: slot(3, 0),
        twin: null,
        reservedSeats: 1,
        reserveInForce: true,
        inPriorityGroup: true,
      }).onsite,
    ).toBe(3);
    expect(
      previewSplit({
        headcount: 4,
        slot: slot(3, 0),
        twin: null,
        reservedSeats: 1,
        reserveInForce: false,
        inPriorityGroup: false,
      }).onsite,
    ).toBe(3);
  });

  it('never counts more people than the headcount', () => {
    const p = previewSplit({
      headcount: 7,
      slot: slot(4, 1),
      twin: { capacity: 2, taken: 0 },
      reservedSeats: 0,
      reserveInForce: false,
      inPriorityGroup: false,
    });
    expect(p.onsite + p.virtual + p.waitlisted).toBe(7);
  });
});

describe('onsiteShare', () => {
  it('says whether the program minimum is met', () => {
    expect(onsiteShare({ onsite: 8, virtual: 16, waitlisted: 0, limitedByReserve: false }, 24, 0.5)).toEqual({
      share: 8 / 24,
      met: false,
    });
    expect(onsiteShare({ onsite: 12, virtual: 12, waitlisted: 0, limitedByReserve: false }, 24, 0.5).met).toBe(true);
  });
});
