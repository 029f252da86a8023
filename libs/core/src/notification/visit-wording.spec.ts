import { EntryRequirement } from '../facility/facility.entity';
import { entryRequirementsText, visitDay } from './notification-planner';

describe('site-visit wording', () => {
  const now = new Date('2027-03-04T21:30:00Z');

  it('says Today, Tomorrow or the date, by UTC day, not by "within 24 hours"', () => {
    expect(visitDay(new Date('2027-03-04T23:00:00Z'), now)).toBe('Today');
    expect(visitDay(new Date('2027-03-05T08:00:00Z'), now)).toBe('Tomorrow');
    expect(visitDay(new Date('2027-03-05T23:59:00Z'), now)).toBe('Tomorrow');
    expect(visitDay(new Date('2027-03-06T00:10:00Z'), now)).toBe('On 2027-03-06');
    expect(visitDay(new Date('2027-03-04T07:00:00Z'), new Date('2027-03-04T06:00:00Z'))).toBe('Today');
  });

  it("names the facility's own entry requirements", () => {
    expect(entryRequirementsText({ requirements: [EntryRequirement.GOWNING_QUALIFICATION], minimumAge: null })).toBe(
      'To enter, the facility requires a valid cleanroom gowning qualification.',
    );
    expect(
      entryRequirementsText({
        requirements: [EntryRequirement.NDA, EntryRequirement.VACCINATION, EntryRequirement.MINIMUM_AGE],
        minimumAge: 18,
      }),
    ).toBe(
      'To enter, the facility requires a signed non-disclosure agreement, proof of the vaccinations the site requires and proof that you are at least 18 years old.',
    );
    const none = entryRequirementsText({ requirements: [], minimumAge: null });
    expect(none).toBe('The facility lists no entry requirements.');
    expect(none).not.toMatch(/gowning|ID/);
    expect(entryRequirementsText({ requirements: [EntryRequirement.NDA], minimumAge: null })).not.toMatch(/gowning/);
  });
});
