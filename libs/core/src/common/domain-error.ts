/** Stable, machine-readable codes carried by every error a client can see (`extensions.code`). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION' | 'RATE_LIMITED';

/**
 * Why a business refusal happened (`extensions.reason`), one per rule, so that a client can branch
 * without parsing English. The README's "Error reasons" table lists them with their code.
 */
export const ERROR_REASONS = {
  ORGANIZATION_UNVERIFIED: { code: 'FORBIDDEN', when: "the actor's organization is not verified yet" },
  INVALID_TRANSITION: { code: 'INVALID_TRANSITION', when: "the status move is not in the aggregate's lifecycle table" },
  EMAIL_TAKEN: { code: 'CONFLICT', when: 'an account with this email already exists' },
  INVITATION_USED: { code: 'CONFLICT', when: 'the invitation was already accepted' },
  LAST_ADMIN: { code: 'CONFLICT', when: 'removing the only active admin of an organization' },
  ORGANIZATION_NAME_TAKEN: { code: 'CONFLICT', when: 'an organization with this name is already registered' },
  APPLICATIONS_CLOSED: { code: 'CONFLICT', when: 'applying to an offer that is not published (closed)' },
  DEADLINE_PASSED: { code: 'CONFLICT', when: "applying after the offer's application deadline" },
  ALREADY_APPLIED: { code: 'CONFLICT', when: 'the student has already applied to this offer' },
  ALLOCATED_BY_MATCH_ROUND: {
    code: 'CONFLICT',
    when: 'offering a seat one by one on an offer whose seats a match round allocates',
  },
  HOLD_EXPIRED: { code: 'CONFLICT', when: 'accepting a seat whose hold has expired' },
  OFFER_CLOSED: { code: 'CONFLICT', when: 'editing a closed offer' },
  SLOT_CAPACITY_BELOW_TAKEN: { code: 'CONFLICT', when: "a slot's capacity would go below the seats already taken" },
  VIRTUAL_TWIN_IN_USE: { code: 'CONFLICT', when: 'removing a virtual twin that holds people' },
  VIRTUAL_CAPACITY_BELOW_TAKEN: {
    code: 'CONFLICT',
    when: "the virtual twin's capacity would go below the seats already taken",
  },
  BOOKINGS_CLOSED: { code: 'CONFLICT', when: 'booking a session of an offer that is not published' },
  DEADLINE_NOT_PASSED: { code: 'CONFLICT', when: 'creating a match round over an offer still open for applications' },
  OFFER_NEVER_PUBLISHED: { code: 'CONFLICT', when: 'creating a match round over an offer that was never published' },
  ROUND_ALREADY_RUNNING: {
    code: 'CONFLICT',
    when: 're-running a match round that is queued or running (and not stuck)',
  },
  ROUND_NOT_RUN: { code: 'CONFLICT', when: 'publishing a match round that has not finished a run' },
  WEBHOOK_LIMIT_REACHED: { code: 'CONFLICT', when: 'adding a webhook endpoint beyond the per-organization limit' },
  DELIVERY_NOT_DEAD: { code: 'CONFLICT', when: 'retrying a delivery that is not dead' },
} as const satisfies Record<string, { code: ErrorCode; when: string }>;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** The reasons a ConflictError may carry. */
export type ConflictReason = {
  [R in ErrorReason]: (typeof ERROR_REASONS)[R]['code'] extends 'CONFLICT' ? R : never;
}[ErrorReason];

/**
 * A rule of the domain was broken; mapped once to a GraphQL error with `extensions.code`, and for
 * business refusals a stable `extensions.reason` a client can switch on.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly reason?: ErrorReason,
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
  constructor(message = 'You are not allowed to do this', reason?: 'ORGANIZATION_UNVERIFIED') {
    super('FORBIDDEN', message, {}, reason);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token>') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: ConflictReason, message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details, reason);
  }
}

export class BadInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { fields: { [field]: [message] } });
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(entity: string, from: string, to: string) {
    super(
      'INVALID_TRANSITION',
      `${entity} cannot go from ${from} to ${to}`,
      { entity, from, to },
      'INVALID_TRANSITION',
    );
  }
}
