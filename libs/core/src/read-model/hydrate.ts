import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface Shape {
  prototype: object;
  /** Each selected column by its JSON key (the column name): its property, and how its JSON value becomes what TypeORM's find gives. */
  byKey: Map<string, { property: string; read: (value: unknown) => unknown }>;
  /** Column database names by property, for every column TypeORM selects by default (never `select: false` ones). */
  byProperty: Map<string, string>;
}

const TIMESTAMPS = new Set<unknown>([
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
  'datetime',
  Date,
]);
/** Types node-postgres hands over as strings (exact decimals, 64-bit integers), which JSON carries as numbers. */
const STRINGS = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8', 'money']);

/**
 * How a column's value in `to_json(row)` becomes the value TypeORM's find gives for it: the
 * conversion node-postgres and TypeORM's driver apply to the column's type (timestamps to Dates,
 * `date` stays the "YYYY-MM-DD" string, numeric and bigint strings), then the column's transformer.
 * Derived from the column metadata, so a new column or type is read like find reads it.
 */
function readerOf(column: ColumnMetadata): (value: unknown) => unknown {
  const type = column.type;
  let convert: (value: unknown) => unknown = (value) => value;
  if (TIMESTAMPS.has(type)) convert = (value) => (typeof value === 'string' ? new Date(value) : value);
  else if (STRINGS.has(type)) convert = (value) => (typeof value === 'number' ? String(value) : value);
  else if (type === Boolean || type === 'boolean' || type === 'bool') convert = (value) => !!value;
  const transformer = column.transformer;
  if (!transformer) return (value) => (value === null || value === undefined ? value : convert(value));
  return (value): unknown =>
    ApplyValueTransformers.transformFrom(
      transformer,
      value === null || value === undefined ? value : convert(value),
    ) as unknown;
}

/** Per data source and entity: looking the metadata up on every row (or every statement) costs more than the row. */
const shapes = new WeakMap<DataSource, Map<unknown, Shape>>();

function shapeOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): Shape {
  let byTarget = shapes.get(dataSource);
  if (!byTarget) shapes.set(dataSource, (byTarget = new Map<unknown, Shape>()));
  let shape = byTarget.get(target);
  if (!shape) {
    const metadata = dataSource.getMetadata(target);
    const columns = metadata.columns
      .filter((c) => c.isSelect && !c.embeddedMetadata)
      .map((c) => ({ key: c.databaseName, property: c.propertyName, read: readerOf(c) }));
    shape = {
      prototype: (metadata.target as { prototype?: object }).prototype ?? Object.prototype,
      byKey: new Map(columns.map((c) => [c.key, c])),
      byProperty: new Map(
        metadata.columns.filter((c) => c.isSelect && !c.embeddedMetadata).map((c) => [c.propertyName, c.databaseName]),
      ),
    };
    byTarget.set(target, shape);
  }
  return shape;
}

/**
 * Turns a row that PostgreSQL serialized with `to_json(alias)` back into an entity equal to what
 * TypeORM's find gives for the same row: the same properties, each value converted as the column
 * metadata says (see readerOf). For read paths that fetch a page with its relations in one
 * statement, where TypeORM's hydration would cost more than the query.
 */
export function entityFromJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const { prototype, byKey } = shapeOf(dataSource, target);
  const entity = Object.create(prototype) as Record<string, unknown>;
  // By the keys present (a page's JSON holds only the columns it shows), not every column.
  for (const key in json) {
    const column = byKey.get(key);
    if (column) entity[column.property] = column.read(json[key]);
  }
  return entity as T;
}

/**
 * SQL for a row of `target` (table alias `alias`) as a JSON object keyed by column name: pair with
 * entityFromJson. With `properties`, only those columns (a page reads what it shows, not whole
 * rows); without, every column TypeORM selects by default, never the `select: false` ones
 * (password and token hashes). An unknown property is an error, not a silently missing value.
 */
export function rowJson(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
  properties?: readonly string[],
): string {
  const { byProperty } = shapeOf(dataSource, target);
  const names = properties ? [...new Set(properties)] : [...byProperty.keys()];
  const pairs = names.map((property) => {
    const column = byProperty.get(property);
    if (!column) throw new Error(`${dataSource.getMetadata(target).name} has no selectable column ${property}`);
    return `'${column}', ${alias}."${column}"`;
  });
  return `json_build_object(${pairs.join(', ')})`;
}

/** Whether `property` is a column of `target` that rowJson can select. */
export function isReadableColumn(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  property: string,
): boolean {
  return shapeOf(dataSource, target).byProperty.has(property);
}
