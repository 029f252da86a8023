import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

interface Shape {
  prototype: object;
  /** Properties stored as timestamps, which JSON carries as strings. */
  dates: string[];
  /** Columns TypeORM never selects by default (`select: false`), as SQL string literals. */
  hidden: string[];
}

/** Per data source and entity: looking the metadata up on every row (or every statement) costs more than the row. */
const shapes = new WeakMap<DataSource, Map<unknown, Shape>>();

function shapeOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): Shape {
  let byTarget = shapes.get(dataSource);
  if (!byTarget) shapes.set(dataSource, (byTarget = new Map()));
  let shape = byTarget.get(target);
  if (!shape) {
    const metadata = dataSource.getMetadata(target);
    shape = {
      prototype: (metadata.target as { prototype?: object }).prototype ?? Object.prototype,
      dates: metadata.columns
        .filter((c) => ['timestamptz', 'timestamp', 'timestamp with time zone', 'date'].includes(String(c.type)) || c.type === Date)
        .map((c) => c.propertyName),
      hidden: metadata.columns.filter((c) => !c.isSelect).map((c) => `'${c.propertyName}'`),
    };
    byTarget.set(target, shape);
  }
  return shape;
}

/**
 * Turns a row that PostgreSQL serialized with `to_json(alias)` back into an entity: the same
 * property names (columns are named after properties), timestamps as Dates. For read paths that
 * fetch a page with its relations in one statement, where TypeORM's hydration would cost more
 * than the query.
 */
export function entityFromJson<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, json: Record<string, unknown>): T {
  const { prototype, dates } = shapeOf(dataSource, target);
  const entity = Object.assign(Object.create(prototype), json) as Record<string, unknown>;
  for (const key of dates) {
    const value = entity[key];
    if (typeof value === 'string') entity[key] = new Date(value);
  }
  return entity as T;
}

/**
 * SQL for a row of `target` (table alias `alias`) as JSON, without the columns TypeORM never
 * selects by default (`select: false`: password and token hashes): pair with entityFromJson.
 */
export function rowJson(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string): string {
  const { hidden } = shapeOf(dataSource, target);
  return hidden.length ? `(to_jsonb(${alias}) - ARRAY[${hidden.join(', ')}]::text[])` : `to_json(${alias})`;
}
