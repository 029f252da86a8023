import { Injectable } from '@nestjs/common';
import { Lifecycle, LifecycleEvent, StatusMove, TransitionTable } from '../common/lifecycle';
import { MatchRound, MatchRoundStatus } from './match-round.entity';

/** A round is a DRAFT (run and re-run at will) until it is PUBLISHED, once. */
export const MATCH_ROUND_TRANSITIONS: TransitionTable<MatchRoundStatus> = {
  [MatchRoundStatus.DRAFT]: [MatchRoundStatus.PUBLISHED],
  [MatchRoundStatus.PUBLISHED]: [],
};

/** What the `match_round.published` event carries: the applications the publication moved. */
export interface MatchRoundPublication {
  applicationIds: string[];
}

/**
 * Match rounds move only through here (`MatchRoundService.publish`): the move stamps
 * `publishedAt`, writes a history row and records `match_round.published`.
 */
@Injectable()
export class MatchRoundLifecycle extends Lifecycle<MatchRound, MatchRoundStatus, MatchRoundPublication> {
  readonly name = 'MatchRound';
  readonly table = MATCH_ROUND_TRANSITIONS;
  protected readonly entity = MatchRound;
  protected readonly subjectType = 'MATCH_ROUND' as const;

  protected override entered(round: MatchRound, to: MatchRoundStatus): void {
    if (to === MatchRoundStatus.PUBLISHED) round.publishedAt = new Date();
  }

  protected events({
    subject,
    to,
    event,
  }: StatusMove<MatchRound, MatchRoundStatus, MatchRoundPublication>): LifecycleEvent[] {
    if (to !== MatchRoundStatus.PUBLISHED) return [];
    return [
      {
        type: 'match_round.published',
        payload: { matchRoundId: subject.id, applicationIds: event?.applicationIds ?? [] },
      },
    ];
  }
}
