import { DomainError } from '../common/domain-error';
import { HistoryService } from '../history/history.service';
import { OutboxService } from '../outbox/outbox.service';
import { OfferStatus } from './offer.entity';
import { OFFER_TRANSITIONS, OfferLifecycle } from './offer.lifecycle';

describe('offer lifecycle', () => {
  const lifecycle = new OfferLifecycle({} as HistoryService, {} as OutboxService);

  it('goes DRAFT -> PUBLISHED -> CLOSED and nowhere else', () => {
    const moves = Object.values(OfferStatus).flatMap((from) => OFFER_TRANSITIONS[from].map((to) => `${from}->${to}`));
    expect(moves).toEqual(['DRAFT->PUBLISHED', 'PUBLISHED->CLOSED']);
  });

  it('refuses publishing a closed offer with INVALID_TRANSITION', () => {
    expect(() => lifecycle.assertMove(OfferStatus.CLOSED, OfferStatus.PUBLISHED)).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_TRANSITION',
        details: { entity: 'Offer', from: 'CLOSED', to: 'PUBLISHED' },
      }) as DomainError,
    );
  });

  it('lists every status', () => {
    expect(Object.keys(OFFER_TRANSITIONS).sort()).toEqual(Object.values(OfferStatus).sort());
  });
});
