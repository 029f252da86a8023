import { DomainError } from '../common/domain-error';
import { assertPasswordPolicy } from './password-policy';

describe('assertPasswordPolicy', () => {
  const refusal = (password: string, context: string[] = []) => {
    try {
      assertPasswordPolicy(password, 'ada.lovelace@ucl.ac.uk', 'admin.password', context);
    } catch (e) {
      const error = e as DomainError;
      return { code: error.code, reason: (error.details.fields as Record<string, string[]>)['admin.password'][0] };
    }
    return 'accepted';
  };

  it.each([
    'Practicum2026',
    'qwertyuiop1',
    'aaaaaaaaa1',
    'password123',
    'Password2026!',
    'iloveyou2024',
    '1234567890',
    'abcdefghij12',
    'ada.lovelace2026',
  ])('refuses the common, breached or patterned %s with a reason naming the field', (password) => {
    const result = refusal(password);
    expect(result).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: expect.stringMatching(/^Password is too easy to guess\. \S.+/),
    });
  });

  it('refuses the person, the organization and the email in the password', () => {
    expect(refusal('Zentrafor2026')).toBe('accepted');
    expect(refusal('Zentrafor2026', ['Zentrafor GmbH', 'Zentrafor'])).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal('Lovelace-1815')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it.each(['short1', 'x'.repeat(201)])('refuses the length of %s', (password) =>
    expect(refusal(password)).toEqual({ code: 'BAD_USER_INPUT', reason: 'Password must be 10 to 200 characters long' }),
  );

  it.each([
    'Practicum-demo-2026',
    'Gowning-2026-ok',
    'Cleanroom-grade-2026',
    'gowning-2026-cleanroom',
    'correct horse battery staple',
    'practicum-admin-2026',
  ])('accepts %s (no composition rules)', (password) => expect(refusal(password)).toBe('accepted'));
});
