import { describe, expect, it } from 'vitest';
import {
  emptyOffer,
  fromLocalInput,
  offerToValues,
  toCreateInput,
  toLocalInput,
  toUpdateInput,
  validateOffer,
  type OfferFormValues,
} from './offer-form';

const now = new Date('2027-01-10T12:00:00Z');

function valid(): OfferFormValues {
  return {
    ...emptyOffer(),
    title: 'CAR-T cleanroom visit',
    facilityId: 'f1',
    applicationDeadline: '2027-02-01T17:00',
    slots: [{ startsAt: '2027-03-01T09:00', endsAt: '2027-03-01T14:00', capacity: 8, taken: 0 }],
  };
}

describe('validateOffer', () => {
  it('accepts a complete site visit', () => {
    expect(validateOffer(valid(), now)).toEqual({});
  });

  it('names every missing field with the API path', () => {
    const errors = validateOffer({ ...emptyOffer(), eligibleLevels: [] }, now);
    expect(Object.keys(errors).sort()).toEqual([
      'applicationDeadline',
      'eligibleLevels',
      'facilityId',
      'slots.0.capacity',
      'slots.0.endsAt',
      'slots.0.startsAt',
      'title',
    ]);
  });

  it('refuses a past deadline, a session before the deadline and one ending before it starts', () => {
    const v = valid();
    v.slots = [
      { startsAt: '2027-01-20T09:00', endsAt: '2027-01-20T12:00', capacity: 4, taken: 0 },
      { startsAt: '2027-03-01T09:00', endsAt: '2027-03-01T08:00', capacity: 4, taken: 0 },
    ];
    const errors = validateOffer(v, now);
    expect(errors['slots.0.startsAt']).toBe('It must start after the application deadline');
    expect(errors['slots.1.endsAt']).toBe('It must end after it starts');
    expect(validateOffer({ ...valid(), applicationDeadline: '2027-01-01T09:00' }, now).applicationDeadline).toBe(
      'The deadline must be in the future',
    );
  });

  it('checks the virtual twin link and capacity, empty capacity meaning unlimited', () => {
    const v = valid();
    v.virtualTwin = { enabled: true, format: 'VR_TOUR', capacity: '', joinUrl: 'not a link', taken: 0 };
    expect(validateOffer(v, now)).toEqual({ 'virtualTwin.joinUrl': 'Give the link people join with (https://...)' });
    v.virtualTwin = { ...v.virtualTwin, joinUrl: 'https://vr.example/tour', capacity: 0 };
    expect(Object.keys(validateOffer(v, now))).toEqual(['virtualTwin.capacity']);
  });

  it('keeps the priority reserve within the smallest slot', () => {
    const v = valid();
    v.priorityGroup = { enabled: true, name: 'ATMP school', reservedSeats: 9, universityIds: ['u1'] };
    expect(validateOffer(v, now)['priorityGroup.reservedSeats']).toBe('At most 8 (the smallest session)');
    v.priorityGroup.reservedSeats = 2;
    expect(validateOffer(v, now)).toEqual({});
  });

  it('does not let a capacity go below the seats already taken', () => {
    const v = valid();
    v.slots = [{ id: 's1', startsAt: '2027-03-01T09:00', endsAt: '2027-03-01T14:00', capacity: 2, taken: 3 }];
    expect(validateOffer(v, now, true)['slots.0.capacity']).toBe('Not below the 3 seats already taken');
  });
});

describe('inputs', () => {
  it('builds a create input with ISO instants and no twin or group unless chosen', () => {
    const input = toCreateInput(valid());
    expect(input.applicationDeadline).toBe(new Date('2027-02-01T17:00').toISOString());
    expect(input.slots).toEqual([
      {
        startsAt: new Date('2027-03-01T09:00').toISOString(),
        endsAt: new Date('2027-03-01T14:00').toISOString(),
        capacity: 8,
      },
    ]);
    expect(input.virtualTwin).toBeNull();
    expect(input.priorityGroup).toBeNull();
  });

  it('sends only what changed in an update', () => {
    const before = offerToValues({
      kind: 'SITE_VISIT',
      title: 'Visit',
      description: '',
      facilityId: 'f1',
      allocation: 'FIRST_COME',
      applicationDeadline: '2027-02-01T16:00:00.000Z',
      eligibleLevels: ['MSC'],
      topics: ['GMP'],
      slots: [
        { id: 's1', startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-01T13:00:00.000Z', capacity: 8, taken: 2 },
      ],
      virtualTwin: { format: 'LIVE_STREAM', capacity: null, joinUrl: 'https://live.example', taken: 0 },
    });
    expect(toUpdateInput(before, before)).toEqual({});
    const after = {
      ...before,
      slots: [{ ...before.slots[0], capacity: 10 }],
      virtualTwin: { ...before.virtualTwin, enabled: false },
    };
    expect(toUpdateInput(after, before)).toEqual({
      slotCapacities: [{ slotId: 's1', capacity: 10 }],
      removeVirtualTwin: true,
    });
  });

  it('round-trips local date-time inputs', () => {
    expect(toLocalInput(fromLocalInput('2027-03-01T09:30') as string)).toBe('2027-03-01T09:30');
    expect(fromLocalInput('')).toBeNull();
  });
});
