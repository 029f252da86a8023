import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@practicum/core';
import { cleanNames } from './text';

function collect(errors: ValidationError[], prefix = '', out: Record<string, string[]> = {}): Record<string, string[]> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, out);
  }
  return out;
}

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one). */
function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'input' : null;
  if (depth > 8 || !value || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [key, inner] of entries) {
    const found = nulPath(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Nest's GraphQL parameter kinds (GqlParamtype, not exported by @nestjs/graphql): root (the
 * `@Parent()` object), context and info are the server's own values, not input. Validating them
 * would deep-copy and walk every parent entity for every field resolver call. Arguments (3) and
 * HTTP bodies, queries and params are validated.
 */
const SERVER_VALUES = new Set<unknown>([0, 1, 2]);

class PracticumValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (SERVER_VALUES.has(metadata.type)) return value;
    const typed = metadata.type !== 'custom' && metadata.metatype !== undefined && metadata.metatype !== Object;
    const field = typed ? nulPath(value, metadata.data ?? '') : null;
    if (field) {
      const message = `${field} must not contain NUL characters`;
      throw new DomainError('BAD_USER_INPUT', `Invalid input: ${message}`, { fields: { [field]: [message] } });
    }
    return super.transform(typed ? cleanNames(value, metadata.data) : value, metadata);
  }
}

/** Global validation: unknown fields stripped, every failing field named in `extensions.fields`, NUL characters and lone surrogates refused, names cleaned (`text.ts`). */
export function createValidationPipe(): ValidationPipe {
  return new PracticumValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const summary = Object.entries(fields)
        .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
        .join(' | ');
      return new DomainError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields });
    },
  });
}
