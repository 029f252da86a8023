import { GraphQLScalarType, Kind } from 'graphql';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Dates outside these years are typing mistakes, not plans: refused rather than stored. */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads an ISO 8601 / RFC 3339 date (`2027-03-01`, midnight UTC) or date-time with its zone
 * (`2027-03-01T09:00:00Z`, `...+01:00`), strictly: `2026-02-30` is refused, never moved to March
 * as `new Date()` would, and so is a year outside 2000-2100. Returns the instant or why not.
 */
export function parsePlausibleDate(value: unknown): Date | string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return 'must be an ISO 8601 date or date-time with a time zone, e.g. 2027-03-01T09:00:00Z';
  const [year, month, day, hour = 0, minute = 0, second = 0] = [1, 2, 3, 4, 5, 6].map((i) =>
    match[i] === undefined ? undefined : Number(match[i]),
  ) as number[];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return `${match[0].slice(0, 10)} is not a date in the calendar`;
  if (hour > 23 || minute > 59 || second > 59) return 'has an impossible time of day';
  const zone = match[8];
  if (zone && zone.length > 1 && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59))
    return 'has an impossible time zone offset';
  const instant = new Date(value as string);
  if (Number.isNaN(instant.getTime())) return 'is not a valid date';
  if (instant.getUTCFullYear() < EARLIEST_YEAR || instant.getUTCFullYear() > LATEST_YEAR)
    return `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
  return instant;
}

/**
 * The `DateTime` scalar of every input (Nest's own accepts whatever `new Date()` makes of a
 * string, so `2026-02-30` became March 2nd). A bad value in variables is BAD_USER_INPUT naming
 * the field (`format-error.ts` turns the variable path into `extensions.fields`).
 */
export const PlausibleDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseValue(value) {
    const parsed = parsePlausibleDate(value);
    if (typeof parsed === 'string') throw new Error(`${JSON.stringify(value)} ${parsed}`);
    return parsed;
  },
  parseLiteral(ast) {
    const parsed = ast.kind === Kind.STRING ? parsePlausibleDate(ast.value) : 'must be a string';
    if (typeof parsed === 'string')
      throw new Error(`${ast.kind === Kind.STRING ? JSON.stringify(ast.value) : 'The value'} ${parsed}`);
    return parsed;
  },
});

/** For dates taken as strings (`YYYY-MM-DD`): a real calendar date between 2000 and 2100. */
export function IsPlausibleDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlausibleDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          typeof parsePlausibleDate(value) !== 'string',
        defaultMessage: (args) => {
          const { property } = args!;
          const value: unknown = args!.value;
          const why =
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
              ? parsePlausibleDate(value)
              : 'must be a date as YYYY-MM-DD';
          return `${property} ${typeof why === 'string' ? why : 'must be a date as YYYY-MM-DD'}`;
        },
      },
    });
}
