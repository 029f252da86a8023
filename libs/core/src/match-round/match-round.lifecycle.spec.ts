import { DomainError } from '../common/domain-error';
import { HistoryService } from '../history/history.service';
import { OutboxService } from '../outbox/outbox.service';
import { MatchRoundStatus } from './match-round.entity';
import { MATCH_ROUND_TRANSITIONS, MatchRoundLifecycle } from './match-round.lifecycle';

describe('match round lifecycle', () => {
  const lifecycle = new MatchRoundLifecycle({} as HistoryService, {} as OutboxService);

  it('publishes a draft once', () => {
    expect(lifecycle.canMove(MatchRoundStatus.DRAFT, MatchRoundStatus.PUBLISHED)).toBe(true);
    expect(MATCH_ROUND_TRANSITIONS[MatchRoundStatus.PUBLISHED]).toHaveLength(0);
  });

  it('refuses publishing twice with INVALID_TRANSITION', () => {
    expect(() => lifecycle.assertMove(MatchRoundStatus.PUBLISHED, MatchRoundStatus.PUBLISHED)).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_TRANSITION',
        details: { entity: 'MatchRound', from: 'PUBLISHED', to: 'PUBLISHED' },
      }) as DomainError,
    );
  });

  it('lists every status', () => {
    expect(Object.keys(MATCH_ROUND_TRANSITIONS).sort()).toEqual(Object.values(MatchRoundStatus).sort());
  });
});
