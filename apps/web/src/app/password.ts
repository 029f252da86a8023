/** The API's password rule (10 to 200 characters with a letter and a digit), checked before sending. */
export function passwordProblem(value: string): string | null {
  if (value.length < 10) return 'Use at least 10 characters';
  if (value.length > 200) return 'Use at most 200 characters';
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return 'Use at least one letter and one digit';
  return null;
}
