import { BadInputError } from './domain-error';

/** Opaque keyset cursor: the sort value and the id of the last row of a page. */
export function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

/**
 * What a cursor's sort value must be for the query it is given to: a UTC timestamp as pages write
 * it (`YYYY-MM-DDTHH:MM:SS[.ffffff]Z`, a real calendar date) or a finite decimal number. A value of
 * another kind would reach PostgreSQL's CAST and fail there as an internal error.
 */
export type CursorKind = 'timestamp' | 'number';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;
const DECIMAL = /^-?\d{1,20}(\.\d{1,20})?$/;

function isTimestamp(value: unknown): boolean {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function isDecimal(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) < 1e15;
  return typeof value === 'string' && DECIMAL.test(value);
}

/**
 * Reads a cursor made by `encodeCursor`. Anything else (not base64url JSON, another shape, a sort
 * value of the wrong kind for this query, an id that is not a UUID) is BAD_USER_INPUT naming the
 * field, never a database error.
 */
export function decodeCursor(cursor: string, kind: CursorKind, field = 'after'): [string | number, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (kind === 'timestamp' ? isTimestamp(parsed[0]) : isDecimal(parsed[0])) &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed[1])
    ) {
      return parsed as [string | number, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(field, 'This cursor is not valid: use a cursor from a previous page of the same query');
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page from rows read in page order with LIMIT first + 1: the extra row is not shown, it only
 * says that a next page exists. `item` turns a row into its node and cursor.
 */
export function pageOf<R, T>(
  rows: R[],
  first: number,
  item: (row: R, index: number) => { node: T; cursor: string },
): Page<T> {
  const items = rows.slice(0, first).map(item);
  return { items, hasNextPage: rows.length > first, endCursor: items.at(-1)?.cursor ?? null };
}

/**
 * One page of a query, newest first, keyset-paginated on (createdAt, id). The cursor keeps
 * createdAt to the microsecond (as PostgreSQL stores it), so rows created in the same
 * millisecond are neither skipped nor repeated.
 */
export async function newestFirstPage<T extends { id: string }>(
  qb: import('typeorm').SelectQueryBuilder<T>,
  alias: string,
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  const key = `${alias}."createdAt"`;
  if (after) {
    const [value, id] = decodeCursor(after, 'timestamp');
    qb.andWhere(`(${key}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, {
      cursorAt: value,
      cursorId: id,
    });
  }
  const { entities, raw } = await qb
    .addSelect(`to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'page_key')
    .orderBy(key, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getRawAndEntities();
  return pageOf(entities, first, (node, i) => ({
    node,
    cursor: encodeCursor((raw[i] as { page_key: string }).page_key, node.id),
  }));
}
