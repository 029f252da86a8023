/** Stable, machine-readable codes carried by every error a client can see. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'CAPACITY_EXCEEDED'
  | 'RATE_LIMITED';

/**
 * A rule of the domain was broken; mapped once to a GraphQL error with `extensions.code`, and for
 * business refusals a stable `extensions.reason` (`ORGANIZATION_UNVERIFIED`) a client can switch on.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly reason?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super('NOT_FOUND', id ? `${entity} ${id} was not found` : `${entity} was not found`, { entity });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this', reason?: string) {
    super('FORBIDDEN', message, {}, reason);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token>') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class BadInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { fields: { [field]: [message] } });
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(entity: string, from: string, to: string) {
    super('INVALID_TRANSITION', `${entity} cannot go from ${from} to ${to}`, { entity, from, to });
  }
}
