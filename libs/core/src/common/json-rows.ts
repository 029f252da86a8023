import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const dateColumns = new WeakMap<object, string[]>();

/**
 * Turns a row that PostgreSQL serialized with `to_json(alias)` back into an entity: the same
 * property names (columns are named after properties), timestamps as Dates. For read paths that
 * fetch a page with its relations in one statement, where TypeORM's hydration would cost more
 * than the query.
 */
export function entityFromJson<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, json: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  let dates = dateColumns.get(metadata);
  if (!dates) {
    dates = metadata.columns.filter((c) => ['timestamptz', 'timestamp', 'date', 'timestamp with time zone'].includes(String(c.type)) || c.type === Date).map((c) => c.propertyName);
    dateColumns.set(metadata, dates);
  }
  const entity = Object.assign(Object.create((metadata.target as { prototype: object }).prototype ?? Object.prototype), json) as Record<string, unknown>;
  for (const key of dates) {
    const value = entity[key];
    if (typeof value === 'string') entity[key] = new Date(value);
  }
  return entity as T;
}
