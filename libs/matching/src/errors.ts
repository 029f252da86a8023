/** Machine-readable reasons for rejecting input to the matching library. */
export type MatchingErrorCode =
  | 'MALFORMED_INPUT'
  | 'UNKNOWN_ID'
  | 'DUPLICATE_ENTRY'
  | 'INVALID_CAPACITY'
  | 'INVALID_RESERVE'
  | 'INVALID_SEED'
  | 'INVALID_ARGUMENT';

/** Thrown for input the library refuses; `message` is one line, fit to show a user. */
export class MatchingInputError extends Error {
  constructor(
    readonly code: MatchingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}
