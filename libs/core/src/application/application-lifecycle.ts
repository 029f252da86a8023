import { InvalidTransitionError } from '../common/domain-error';
import { ApplicationStatus as S } from './application.entity';

/** Every legal move of an application; anything else is an INVALID_TRANSITION error. */
export const APPLICATION_TRANSITIONS: Record<S, readonly S[]> = {
  [S.SUBMITTED]: [S.SHORTLISTED, S.OFFERED, S.REJECTED, S.WITHDRAWN, S.WAITLISTED, S.VIRTUAL],
  [S.SHORTLISTED]: [S.OFFERED, S.REJECTED, S.WITHDRAWN, S.WAITLISTED, S.VIRTUAL],
  [S.OFFERED]: [S.ACCEPTED, S.DECLINED, S.WAITLISTED, S.WITHDRAWN, S.VIRTUAL],
  [S.WAITLISTED]: [S.OFFERED, S.VIRTUAL, S.REJECTED, S.WITHDRAWN],
  [S.VIRTUAL]: [S.OFFERED, S.WITHDRAWN],
  [S.ACCEPTED]: [S.WITHDRAWN],
  [S.DECLINED]: [],
  [S.REJECTED]: [],
  [S.WITHDRAWN]: [],
};

export function canMove(from: S, to: S): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

export function assertMove(from: S, to: S): void {
  if (!canMove(from, to)) throw new InvalidTransitionError('Application', from, to);
}
