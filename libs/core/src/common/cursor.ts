import { BadInputError } from './domain-error';

/** Opaque keyset cursor: the sort value and the id of the last row of a page. */
export function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): [string | number, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && ['string', 'number'].includes(typeof parsed[0]) && typeof parsed[1] === 'string' && /^[0-9a-f-]{36}$/.test(parsed[1])) {
      return parsed as [string | number, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(field, 'This cursor is not valid: use a cursor from a previous page');
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}
