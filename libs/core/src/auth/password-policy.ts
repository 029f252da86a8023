import { BadInputError } from '../common/domain-error';

const COMMON = new Set(['password123', 'qwerty12345', '1234567890', 'practicum123', 'letmein1234', 'welcome12345']);

/** Minimum password policy: 10 to 200 characters, a letter and a digit, not common, not the email. */
export function assertPasswordPolicy(password: string, email: string, field = 'password'): void {
  const problem =
    password.length < 10 || password.length > 200
      ? 'Password must be 10 to 200 characters long'
      : !/[A-Za-z]/.test(password) || !/[0-9]/.test(password)
        ? 'Password must contain at least one letter and one digit'
        : COMMON.has(password.toLowerCase()) || password.toLowerCase() === email.toLowerCase()
          ? 'Password is too easy to guess'
          : null;
  if (problem) throw new BadInputError(field, problem);
}
