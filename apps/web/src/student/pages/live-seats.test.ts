import { describe, expect, it } from 'vitest';
import { withLiveSeats } from './live-seats';

const offer = {
  title: 'Cleanroom visit',
  slots: [
    { id: 'a', startsAt: '2027-01-01T09:00:00Z', capacity: 10, taken: 2, free: 8 },
    { id: 'b', startsAt: '2027-01-02T09:00:00Z', capacity: 5, taken: 5, free: 0 },
  ],
};

describe('withLiveSeats', () => {
  it('keeps the fetched offer until seats are pushed', () => {
    expect(withLiveSeats(offer, undefined)).toBe(offer);
    expect(withLiveSeats(undefined, [])).toBeUndefined();
  });

  it('takes the pushed counts of each slot and keeps the rest of the slot', () => {
    const live = withLiveSeats(offer, [{ id: 'a', capacity: 10, taken: 10, free: 0 }]);
    expect(live?.slots).toEqual([
      { id: 'a', startsAt: '2027-01-01T09:00:00Z', capacity: 10, taken: 10, free: 0 },
      { id: 'b', startsAt: '2027-01-02T09:00:00Z', capacity: 5, taken: 5, free: 0 },
    ]);
    expect(offer.slots[0].free).toBe(8);
  });
});
