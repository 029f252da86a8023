import { DomainError } from '../common/domain-error';
import { ApplicationStatus as S } from './application.entity';
import { APPLICATION_TRANSITIONS, assertMove, canMove } from './application-lifecycle';

describe('application lifecycle', () => {
  it('lets a student withdraw from every state before completion', () => {
    for (const from of [S.SUBMITTED, S.SHORTLISTED, S.OFFERED, S.WAITLISTED, S.VIRTUAL, S.ACCEPTED]) expect(canMove(from, S.WITHDRAWN)).toBe(true);
  });

  it('keeps final states final', () => {
    for (const from of [S.DECLINED, S.REJECTED, S.WITHDRAWN]) expect(APPLICATION_TRANSITIONS[from]).toHaveLength(0);
  });

  it('refuses accepting without an offer, with a coded error', () => {
    expect(() => assertMove(S.SUBMITTED, S.ACCEPTED)).toThrow(DomainError);
    try {
      assertMove(S.REJECTED, S.OFFERED);
    } catch (e) {
      expect((e as DomainError).code).toBe('INVALID_TRANSITION');
      expect((e as DomainError).details).toEqual({ entity: 'Application', from: 'REJECTED', to: 'OFFERED' });
    }
  });
});
