import { grantableSeats, inPriorityGroup } from './seat-ledger';

describe('grantableSeats', () => {
  const slot = (capacity: number, taken: number, takenPriority = 0) => ({ capacity, taken, takenPriority });

  it('never gives more than the free seats', () => {
    expect(grantableSeats(slot(10, 7), 5, false, 0, false)).toBe(3);
    expect(grantableSeats(slot(10, 10), 1, true, 0, false)).toBe(0);
    expect(grantableSeats(slot(10, 0), 4, false, 0, false)).toBe(4);
  });

  it('holds reserved seats for the priority group while the reserve is in force', () => {
    expect(grantableSeats(slot(10, 6, 0), 4, false, 4, true)).toBe(0);
    expect(grantableSeats(slot(10, 6, 0), 4, true, 4, true)).toBe(4);
    expect(grantableSeats(slot(10, 5, 3), 4, false, 4, true)).toBe(4);
  });

  it('lets the group spill into open seats, leaving others only what is open', () => {
    expect(grantableSeats(slot(10, 6, 6), 5, false, 4, true)).toBe(4);
  });

  it('opens unused reserved seats to everyone once the reserve ends', () => {
    expect(grantableSeats(slot(10, 6, 0), 4, false, 4, false)).toBe(4);
  });

  it('recognises the group by program or by university', () => {
    const offer = { priorityProgramIds: ['p1'], priorityUniversityIds: ['u2'] };
    expect(inPriorityGroup(offer, { programId: 'p1', universityId: 'u9' })).toBe(true);
    expect(inPriorityGroup(offer, { programId: 'p9', universityId: 'u2' })).toBe(true);
    expect(inPriorityGroup(offer, { programId: 'p9', universityId: 'u9' })).toBe(false);
  });
});
