import { DomainError } from '../common/domain-error';
import { assertPasswordPolicy } from './password-policy';

describe('assertPasswordPolicy', () => {
  const reject = (password: string) => {
    try {
      assertPasswordPolicy(password, 'ada@ucl.ac.uk');
    } catch (e) {
      return (e as DomainError).code;
    }
    return 'accepted';
  };

  it.each(['short1', 'onlyletterslong', '123456789012', 'password123', 'x'.repeat(199) + '12'])(
    'rejects %s',
    (password) => expect(reject(password)).toBe('BAD_USER_INPUT'),
  );

  it('accepts a reasonable password', () => expect(reject('gowning-2026-cleanroom')).toBe('accepted'));
});
