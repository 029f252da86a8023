import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictError, ERROR_REASONS, ForbiddenError, InvalidTransitionError } from './domain-error';

describe('domain error reasons', () => {
  it('are listed in the README with their code', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` +\| `([A-Z_]+)` +\| .+ \|$/gm)].map(([, reason, code]) => [
      reason,
      code,
    ]);
    expect(rows).toEqual(Object.entries(ERROR_REASONS).map(([reason, { code }]) => [reason, code]));
  });

  it('travel with the error beside its code', () => {
    expect(new ConflictError('HOLD_EXPIRED', 'expired')).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_EXPIRED' });
    expect(new InvalidTransitionError('Booking', 'DECLINED', 'CONFIRMED')).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'INVALID_TRANSITION',
    });
    expect(new ForbiddenError('not yet', 'ORGANIZATION_UNVERIFIED')).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ORGANIZATION_UNVERIFIED',
    });
    expect(new ForbiddenError()).toMatchObject({ code: 'FORBIDDEN', reason: undefined });
  });
});
