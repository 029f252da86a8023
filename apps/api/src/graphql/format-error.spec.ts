import { QueryFailedError } from 'typeorm';
import { ConflictError, DomainError, InvalidTransitionError } from '@practicum/core';
import { formatGraphqlError, isServiceUnavailable, variableField } from './format-error';

describe('format-error', () => {
  it('recognizes PostgreSQL and Redis being unreachable, and nothing else', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const unavailable = [
      refused,
      new AggregateError([refused], ''),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('Reached the max retries per request limit (which is 1).'), {
        name: 'MaxRetriesPerRequestError',
      }),
      new Error("Stream isn't writeable and enableOfflineQueue options is false"),
      // graphql-js wraps a thrown value that is no Error of its realm (a Node socket error seen from
      // jest's sandbox) as NonErrorThrown, keeping it in thrownValue.
      Object.assign(new Error('Unexpected error value: { code: "ECONNREFUSED" }'), {
        name: 'NonErrorThrown',
        thrownValue: refused,
      }),
    ];
    for (const error of unavailable) expect(isServiceUnavailable(error)).toBe(true);
    const faults = [
      new Error('Cannot read properties of undefined'),
      new QueryFailedError('SELECT 1', [], Object.assign(new Error('deadlock detected'), { code: '40P01' })),
      new QueryFailedError('SELECT 1', [], Object.assign(new Error('duplicate key'), { code: '23505' })),
      null,
      'text',
    ];
    for (const error of faults) expect(isServiceUnavailable(error)).toBe(false);
  });

  it('names the field of a variable coercion error as validation does', () => {
    expect(
      variableField(
        'Variable "$input" got invalid value "2026-02-30" at "input.slots[0].startsAt"; Expected type "DateTime". no',
      ),
    ).toBe('slots.0.startsAt');
    expect(
      variableField(
        'Variable "$input" got invalid value "a; b" at "input.applicationDeadline"; Expected type "DateTime".',
      ),
    ).toBe('applicationDeadline');
    expect(variableField('Variable "$from" got invalid value "x"; Expected type "DateTime".')).toBe('from');
    expect(variableField('Something else')).toBeNull();
  });

  it('maps a domain error to its code, details and reason', () => {
    const formatted = { message: 'x', path: ['acceptOffer'] };
    expect(
      formatGraphqlError(formatted, new ConflictError('HOLD_EXPIRED', 'The seat held for you has expired'), false),
    ).toEqual({
      message: 'The seat held for you has expired',
      path: ['acceptOffer'],
      locations: undefined,
      extensions: { code: 'CONFLICT', reason: 'HOLD_EXPIRED' },
    });
    expect(
      formatGraphqlError(formatted, new InvalidTransitionError('Booking', 'DECLINED', 'CONFIRMED'), false).extensions,
    ).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'INVALID_TRANSITION',
      entity: 'Booking',
      from: 'DECLINED',
      to: 'CONFIRMED',
    });
    expect(
      formatGraphqlError(formatted, new DomainError('NOT_FOUND', 'gone', { entity: 'Offer' }), false).extensions,
    ).toEqual({ code: 'NOT_FOUND', entity: 'Offer' });
  });
});
