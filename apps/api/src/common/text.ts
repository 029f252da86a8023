import { DomainError } from '@practicum/core';

/**
 * Input fields that hold a name or a title (`name`, `title`, `fullName`, `organizationName`...):
 * the names people read in lists, emails and notifications.
 */
export const isNameField = (key: string | undefined): boolean => !!key && /^(name|title)$|[a-z](Name|Title)$/.test(key);

/**
 * Invisible characters that change how a name reads without showing: zero-width space, joiners
 * and no-break space (U+200B-200D, U+2060, U+FEFF), direction marks (U+200E, U+200F, U+061C),
 * embeddings and overrides (U+202A-202E) and isolates (U+2066-2069), with which
 * "Acme\u202Eexe.pdf" shows as "Acmefdp.exe".
 */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g;

/** A UTF-16 surrogate without its pair: no character at all, not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A name as stored: NFC-normalized (one spelling per name), invisible characters removed. */
export const cleanName = (value: string): string => value.replace(INVISIBLE, '').normalize('NFC');

/**
 * One pass over an argument before validation: a string anywhere holding a lone surrogate is
 * refused (BAD_USER_INPUT naming the field), and every name or title field is cleaned in place
 * (`cleanName`), so length and other checks see what will be stored. `key` is the argument's
 * name when the value is a single argument.
 */
export function cleanNames(value: unknown, key?: string, path = key ?? '', depth = 0): unknown {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      const field = path || 'input';
      const message = `${field} must not contain unpaired UTF-16 surrogates`;
      throw new DomainError('BAD_USER_INPUT', `Invalid input: ${message}`, { fields: { [field]: [message] } });
    }
    return isNameField(key) ? cleanName(value) : value;
  }
  if (depth > 8 || !value || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) {
    value.forEach((item, i) => (value[i] = cleanNames(item, key, path ? `${path}.${i}` : String(i), depth + 1)));
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const [name, inner] of Object.entries(record))
    record[name] = cleanNames(inner, name, path ? `${path}.${name}` : name, depth + 1);
  return value;
}
