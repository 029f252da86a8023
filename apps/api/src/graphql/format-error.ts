import { HttpException, Logger } from '@nestjs/common';
import { DomainError } from '@practicum/core';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** Socket errors of a server we cannot reach (or that went away). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** PostgreSQL: connection exceptions (class 08), admin/crash shutdown, cannot connect now, too many connections. */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Stream isn't writeable|Reached the max retries per request|connect ECONNREFUSED/i;

/**
 * True when an error means PostgreSQL or Redis cannot be reached (pg socket errors, a pool that
 * cannot connect, a server shutting down; ioredis closed connections and MaxRetriesPerRequest),
 * looking through TypeORM's `driverError`, `cause`, AggregateError's `errors` and graphql-js's
 * `thrownValue` (what it wraps as NonErrorThrown when a thrown value is no Error of its realm).
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || POSTGRES_UNAVAILABLE.test(e.code))) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return [e.driverError, e.cause, e.thrownValue, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])].some(
    (inner) => isServiceUnavailable(inner, depth + 1),
  );
}

/**
 * The field a variable coercion error is about, written like validation's `extensions.fields`
 * (`Variable "$input" got invalid value "2026-02-30" at "input.slots[0].startsAt"` names
 * `slots.0.startsAt`; a variable that is itself the bad value is named by the variable).
 */
export function variableField(message: string): string | null {
  const variable = /^Variable "\$(\w+)" (?:got|has) invalid value /.exec(message);
  if (!variable) return null;
  const at = /^[\s\S]*? at "([\w.[\]]+)"; /.exec(message.slice(variable[0].length));
  if (!at) return variable[1];
  const path = at[1].replace(/\[(\d+)\]/g, '.$1').split('.');
  return (path.length > 1 ? path.slice(1) : path).join('.');
}

/**
 * Maps every error to a stable `extensions.code`. Domain errors keep their message and details,
 * and a business refusal its `extensions.reason` (ERROR_REASONS in libs/core);
 * anything unexpected becomes INTERNAL_SERVER_ERROR with no internals outside development.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.details, ...(original.reason && { reason: original.reason }) },
    };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = HTTP_CODES[status];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  // Apollo codes every failed validation rule GRAPHQL_VALIDATION_FAILED (HTTP 400); a rule of
  // ours that gave a code of its own (QUERY_TOO_DEEP) keeps it.
  const ruleCode =
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError
      ? error.originalError.extensions.code
      : undefined;
  if (typeof ruleCode === 'string') {
    const { http: _http, ...extensions } = (error as GraphQLError & { originalError: GraphQLError }).originalError
      .extensions;
    return { ...base, extensions: { ...extensions, code: ruleCode } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
    const field = variableField(formatted.message);
    if (field) return { ...base, extensions: { code, fields: { [field]: [formatted.message] } } };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions: { ...extensions, code } };
  }
  if (isServiceUnavailable(original)) {
    // Not the client's fault and not a bug: PostgreSQL or Redis is unreachable. HTTP 503
    // (ServiceUnavailablePlugin); the pools reconnect by themselves once it is back.
    logger.warn({ err: original }, 'A GraphQL operation failed: PostgreSQL or Redis unreachable');
    return {
      ...base,
      message: 'The service is temporarily unavailable: try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  logger.error({ err: original }, 'Unexpected error in a GraphQL operation');
  return {
    ...base,
    message: development ? formatted.message : 'Internal server error',
    extensions: development
      ? { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' }
      : { code: 'INTERNAL_SERVER_ERROR' },
  };
}
