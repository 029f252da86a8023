import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { describeError, describeErrors, splitForForm } from './errors';

describe('describeErrors', () => {
  it('puts each field the API names next to that field, without the input. prefix', () => {
    const display = describeErrors([
      {
        message: 'Invalid input: admin.password: too short',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: {
            'admin.password': ['password must be 10 to 200 characters'],
            'input.name': ['name should not be empty'],
          },
        },
      },
    ]);
    expect(display.fields).toEqual({
      'admin.password': 'Password must be 10 to 200 characters',
      name: 'Name should not be empty',
    });
    expect(display.message).toBe('Some fields need attention.');
  });

  it('tells how long to wait when sign-in is rate limited', () => {
    const display = describeErrors([
      {
        message: 'Too many sign-in attempts: try again in 42 s',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
      },
    ]);
    expect(display.message).toBe('Too many attempts. Wait 42 seconds, then try again.');
  });

  it('words a business refusal by its reason, and keeps the server message for codes without wording', () => {
    expect(
      describeErrors([{ message: 'Offer is full', extensions: { code: 'CONFLICT', reason: 'OFFER_FULL' } }]).message,
    ).toMatch(/^Every onsite seat is taken/);
    expect(
      describeErrors([{ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }]).message,
    ).toBe('Email or password is wrong');
    expect(
      describeErrors([{ message: 'Cannot go from ACCEPTED to SUBMITTED', extensions: { code: 'INVALID_TRANSITION' } }])
        .message,
    ).toBe('Cannot go from ACCEPTED to SUBMITTED');
  });

  it('never shows an internal message', () => {
    expect(
      describeErrors([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]).message,
    ).toBe('Something went wrong on our side. Try again in a moment.');
  });

  it('says the server cannot be reached on a network error', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(describeError(error).message).toMatch(/cannot be reached/);
    expect(describeError(undefined)).toEqual({ message: null, fields: {} });
  });
});

describe('splitForForm', () => {
  it('keeps messages of fields the form lacks in the general message', () => {
    const split = splitForForm(
      {
        message: 'Some fields need attention.',
        fields: { email: 'Email must be an email', slotId: 'Slot is required' },
      },
      ['email'],
    );
    expect(split).toEqual({
      message: 'Some fields need attention. slotId: Slot is required',
      fields: { email: 'Email must be an email' },
    });
  });
});
