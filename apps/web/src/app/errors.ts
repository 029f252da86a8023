import type { CombinedError } from 'urql';

/** What a form shows for a failed operation: one message, and messages next to the fields they name. */
export interface ErrorDisplay {
  message: string | null;
  fields: Record<string, string>;
}

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Wording of business refusals (`extensions.reason`), which say what to do next. */
const REASONS: Record<string, string> = {
  OFFER_FULL: 'Every onsite seat is taken. You can still join the virtual alternative or the waitlist.',
  DEADLINE_PASSED: 'The application deadline has passed.',
  ALREADY_APPLIED: 'You have already applied to this offer: see My applications.',
  NOT_ELIGIBLE: 'Your study level cannot take this offer.',
  HOLD_EXPIRED: 'The seat held for you has expired and went to the next person.',
  ORGANIZATION_UNVERIFIED: 'Your organization is waiting for verification by the Practicum team.',
  EMAIL_TAKEN: 'An account with this email already exists: sign in instead.',
  INVITATION_INVALID: 'This invitation link is not valid any more. Ask your organization admin for a new one.',
  TOKEN_EXPIRED: 'This link has expired. Ask for a new one.',
};

const FIELDS_NEED_ATTENTION = 'Some fields need attention.';

function codeText(code: string, error: ErrorLike): string {
  const ext = error.extensions ?? {};
  switch (code) {
    case 'RATE_LIMITED': {
      const seconds = Number(ext.retryAfterSeconds);
      return Number.isFinite(seconds) && seconds > 0
        ? `Too many attempts. Wait ${seconds} seconds, then try again.`
        : 'Too many attempts. Wait a minute, then try again.';
    }
    case 'BAD_USER_INPUT':
      return ext.fields ? FIELDS_NEED_ATTENTION : error.message;
    case 'FORBIDDEN':
      return `You are not allowed to do this. ${error.message === 'You are not allowed to do this' ? '' : error.message}`.trim();
    case 'NOT_FOUND':
      return 'This was not found. It may have been removed, or you may not be allowed to see it.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Try again in a moment.';
    case 'QUERY_TOO_COMPLEX':
      return 'This request asks for too much at once. Narrow the search and try again.';
    default:
      return error.message;
  }
}

/** Field paths of the API (`admin.email`, `input.motivation`) as the form names them. */
export function fieldPath(path: string): string {
  return path.replace(/^input\./, '');
}

/** Maps GraphQL errors (code, reason, fields) to a message and per-field messages. */
export function describeErrors(errors: readonly ErrorLike[], networkError?: unknown): ErrorDisplay {
  if (networkError && errors.length === 0) {
    return { message: 'Practicum cannot be reached. Check your connection and try again.', fields: {} };
  }
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const error of errors) {
    const ext = error.extensions ?? {};
    const code = typeof ext.code === 'string' ? ext.code : '';
    const reason = typeof ext.reason === 'string' ? ext.reason : '';
    const named = ext.fields && typeof ext.fields === 'object' ? (ext.fields as Record<string, unknown>) : null;
    if (named) {
      for (const [path, value] of Object.entries(named)) {
        const text = Array.isArray(value) ? value.map(String).join('; ') : String(value);
        fields[fieldPath(path)] = sentence(text);
      }
    }
    const text = reason && REASONS[reason] ? REASONS[reason] : codeText(code, error);
    if (!messages.includes(text)) messages.push(text);
  }
  return { message: messages.length ? messages.join(' ') : null, fields };
}

export function describeError(error: CombinedError | null | undefined): ErrorDisplay {
  if (!error) return { message: null, fields: {} };
  return describeErrors(error.graphQLErrors, error.networkError);
}

/**
 * Splits a display between the fields a form shows and the rest: messages for fields the form
 * does not have are added to the general message, so that nothing the API said is lost.
 */
export function splitForForm(display: ErrorDisplay, formFields: readonly string[]): ErrorDisplay {
  const shown: Record<string, string> = {};
  const hidden = Object.entries(display.fields).filter(([path, text]) => {
    if (formFields.includes(path)) shown[path] = text;
    return !formFields.includes(path);
  });
  // When no field of the form is at fault, "fields need attention" would point at nothing: say what the API said.
  const general =
    hidden.length && !Object.keys(shown).length && display.message === FIELDS_NEED_ATTENTION
      ? hidden.map(([, text]) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ')
      : [display.message, ...hidden.map(([path, text]) => `${path}: ${text}`)].filter(Boolean).join(' ');
  return { message: general || null, fields: shown };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed ? trimmed[0].toUpperCase() + trimmed.slice(1) : trimmed;
}
