import { EntityManager } from 'typeorm';
import { InvalidTransitionError } from '../common/domain-error';
import { StatusChange } from '../history/status-change.entity';
import { recordEvents } from '../outbox/outbox.service';
import { Application, ApplicationStatus as S } from './application.entity';

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

export interface ApplicationMove {
  application: Application;
  to: S;
  /** Why, kept in the history and shown to the student (at most 500 characters). */
  note?: string | null;
  /** Flags the notification planner reads (a waitlist promotion, an expired hold). */
  event?: { promoted?: boolean; holdExpired?: boolean };
}

/**
 * The one way an application's status changes, inside the caller's transaction: each move is
 * checked against the table, the applications are saved, one history row and one
 * `application.status_changed` outbox event per move are written (so the student and both
 * organizations hear of it like of any other change). Batched: a match round publishing
 * thousands of moves costs the same statements per move as a single withdrawal.
 */
export async function moveApplications(manager: EntityManager, actorId: string | null, moves: ApplicationMove[]): Promise<Application[]> {
  if (!moves.length) return [];
  const changes = moves.map(({ application, to, note, event }) => {
    const from = application.status;
    assertMove(from, to);
    application.status = to;
    return { application, from, to, note: note ? note.slice(0, 500) : null, event: event ?? {} };
  });
  const saved = await manager.getRepository(Application).save(changes.map((c) => c.application));
  await manager.getRepository(StatusChange).insert(
    changes.map((c) => ({ subjectType: 'APPLICATION' as const, subjectId: c.application.id, fromStatus: c.from, toStatus: c.to, actorId, note: c.note })),
  );
  await recordEvents(manager, 'application.status_changed', changes.map((c) => ({ applicationId: c.application.id, from: c.from, to: c.to, ...c.event })));
  return saved;
}
