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

/**
 * A page from rows read in page order with LIMIT first + 1: the extra row is not shown, it only
 * says that a next page exists. `item` turns a row into its node and cursor.
 */
export function pageOf<R, T>(rows: R[], first: number, item: (row: R, index: number) => { node: T; cursor: string }): Page<T> {
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
    const [value, id] = decodeCursor(after);
    qb.andWhere(`(${key}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, { cursorAt: value, cursorId: id });
  }
  const { entities, raw } = await qb
    .addSelect(`to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'page_key')
    .orderBy(key, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getRawAndEntities();
  return pageOf(entities, first, (node, i) => ({ node, cursor: encodeCursor((raw[i] as { page_key: string }).page_key, node.id) }));
}
