import { Injectable } from '@nestjs/common';
import { Lifecycle, LifecycleEvent, StatusMove, Transition, TransitionTable } from '../common/lifecycle';
import { Application, ApplicationStatus } from './application.entity';

/** Every legal move of an application; anything else is an INVALID_TRANSITION error. */
export const APPLICATION_TRANSITIONS: TransitionTable<ApplicationStatus> = {
  [ApplicationStatus.SUBMITTED]: [
    ApplicationStatus.SHORTLISTED,
    ApplicationStatus.OFFERED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.VIRTUAL,
  ],
  [ApplicationStatus.SHORTLISTED]: [
    ApplicationStatus.OFFERED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.VIRTUAL,
  ],
  [ApplicationStatus.OFFERED]: [
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.DECLINED,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.VIRTUAL,
  ],
  [ApplicationStatus.WAITLISTED]: [
    ApplicationStatus.OFFERED,
    ApplicationStatus.VIRTUAL,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
  ],
  [ApplicationStatus.VIRTUAL]: [ApplicationStatus.OFFERED, ApplicationStatus.WITHDRAWN],
  [ApplicationStatus.ACCEPTED]: [ApplicationStatus.WITHDRAWN],
  [ApplicationStatus.DECLINED]: [],
  [ApplicationStatus.REJECTED]: [],
  [ApplicationStatus.WITHDRAWN]: [],
};

/** Flags the notification planner reads (a waitlist promotion, an expired hold). */
export interface ApplicationMoveFlags {
  promoted?: boolean;
  holdExpired?: boolean;
}

export type ApplicationMove = Transition<Application, ApplicationStatus, ApplicationMoveFlags>;

/**
 * Applications move only through here: `ApplicationService` (the student's and the company's
 * steps), `WaitlistService` (overflow, promotions, expired holds) and `MatchRoundService.publish`.
 * Each move writes a history row and an `application.status_changed` event, so the student and
 * both organizations hear of it like of any other change.
 */
@Injectable()
export class ApplicationLifecycle extends Lifecycle<Application, ApplicationStatus, ApplicationMoveFlags> {
  readonly name = 'Application';
  readonly table = APPLICATION_TRANSITIONS;
  protected readonly entity = Application;
  protected readonly subjectType = 'APPLICATION' as const;

  protected events({
    subject,
    from,
    to,
    event,
  }: StatusMove<Application, ApplicationStatus, ApplicationMoveFlags>): LifecycleEvent[] {
    return [{ type: 'application.status_changed', payload: { applicationId: subject.id, from, to, ...event } }];
  }
}
