import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RegisterOrganizationInput } from '../auth/dto/register-organization.input';
import { FacilityInput } from '../facility/dto/facility.input';
import { InviteMemberInput } from '../member/dto/invite-member.input';
import { CreateOfferInput } from '../offer/dto/create-offer.input';

const errorsOn = async (cls: new () => object, value: Record<string, unknown>, field: string) => {
  const errors = await validate(plainToInstance<object, unknown>(cls, value));
  const found = errors.find((e) => e.property === field);
  return found ? Object.values(found.constraints ?? {}) : [];
};

describe('@SingleLineName on names of organizations, programs, facilities, offers and people', () => {
  const invite = (fullName: string) =>
    errorsOn(InviteMemberInput, { email: 'a@b.example', fullName, role: 'COORDINATOR' }, 'fullName');

  it('takes an ordinary one-line name, accents, dots and apostrophes included', async () => {
    expect(await invite("Zoë O'Brien-Müller, Ph.D.")).toEqual([]);
    expect(await errorsOn(FacilityInput, { name: 'GMP suite 3 (Huddinge)' }, 'name')).toEqual([]);
  });

  it.each([
    ['a line feed', 'Ada\nBcc: victim@example.com'],
    ['a carriage return', 'Ada\rLovelace'],
    ['a tab', 'Ada\tLovelace'],
    ['an escape', 'Ada\u001b[31m'],
    ['DEL', 'Ada\u007f'],
    ['a C1 control (NEL)', 'Ada\u0085Lovelace'],
    ['a line separator', 'Ada\u2028Lovelace'],
    ['a paragraph separator', 'Ada\u2029Lovelace'],
  ])('refuses %s', async (_, name) => {
    expect(await invite(name)).toContain('fullName must be a single line without control characters');
  });

  it('bounds the length and refuses empty names', async () => {
    expect((await invite('x'.repeat(201))).join()).toMatch(/shorter than or equal to 200/);
    expect((await invite('')).join()).toMatch(/longer than or equal to 1/);
  });

  it('covers organization, admin, offer and facility names', async () => {
    const org = { name: 'Acme\nInc', kind: 'COMPANY', admin: { email: 'a@b.example', fullName: 'Ada', password: 'x' } };
    expect(await errorsOn(RegisterOrganizationInput, org, 'name')).toContain(
      'name must be a single line without control characters',
    );
    expect(await errorsOn(CreateOfferInput, { title: 'QC\r\nvisit' }, 'title')).toContain(
      'title must be a single line without control characters',
    );
    expect(await errorsOn(FacilityInput, { name: 'Suite\u2028B' }, 'name')).toContain(
      'name must be a single line without control characters',
    );
  });
});
