import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { BadInputError } from '../common/domain-error';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's "safely unguessable" (about 10^8 guesses or more); 0-2 are common, breached or patterned passwords. */
const MIN_SCORE = 3;
/** Words of this service that make a password guessable for anyone attacking it (NIST 800-63B: context-specific words). */
const SERVICE_WORDS = ['practicum', 'cleanroom'];

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn-ts with its common-password, breached-password, English word and keyboard dictionaries, built once. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * Password policy after NIST 800-63B: 10 to 200 characters, no composition rules, refused when
 * zxcvbn finds it in the lists of common and breached passwords or words, or made of the
 * person's own data, this service's name, keyboard walks, repeats or sequences.
 * `context` holds the person's name, organization and the like.
 */
export function assertPasswordPolicy(
  password: string,
  email: string,
  field = 'password',
  context: string[] = [],
): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new BadInputError(field, `Password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`);
  }
  const phrases = [email, email.split('@')[0], ...context].map((s) => s.trim().toLowerCase());
  const words = phrases.flatMap((s) => s.split(/[^\p{L}\p{N}]+/u));
  const userInputs = [...new Set([...phrases, ...words, ...SERVICE_WORDS])].filter((s) => s.length >= 3);
  const result = strength().check(password, userInputs);
  if (result.score < MIN_SCORE) {
    const why = result.feedback.warning ?? 'It could be guessed quickly.';
    const hint = result.feedback.suggestions[0] ?? 'Use a few unrelated words.';
    throw new BadInputError(field, `Password is too easy to guess. ${why} ${hint}`);
  }
}
