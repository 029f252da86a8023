import { Injectable } from '@nestjs/common';
import { Lifecycle, LifecycleEvent, TransitionTable } from '../common/lifecycle';
import { Offer, OfferStatus } from './offer.entity';

/** DRAFT -> PUBLISHED -> CLOSED (by hand, or when the application deadline passes). */
export const OFFER_TRANSITIONS: TransitionTable<OfferStatus> = {
  [OfferStatus.DRAFT]: [OfferStatus.PUBLISHED],
  [OfferStatus.PUBLISHED]: [OfferStatus.CLOSED],
  [OfferStatus.CLOSED]: [],
};

/**
 * Offers move only through here (`OfferService.publish`/`close`, `WaitlistService.closeExpiredOffers`).
 * Each move stamps `publishedAt`/`closedAt` and writes a history row. Nobody is told of an offer's
 * move today, so it records no event; a future one goes in `events`.
 */
@Injectable()
export class OfferLifecycle extends Lifecycle<Offer, OfferStatus> {
  readonly name = 'Offer';
  readonly table = OFFER_TRANSITIONS;
  protected readonly entity = Offer;
  protected readonly subjectType = 'OFFER' as const;

  protected override entered(offer: Offer, to: OfferStatus): void {
    if (to === OfferStatus.PUBLISHED) offer.publishedAt = new Date();
    if (to === OfferStatus.CLOSED) offer.closedAt = new Date();
  }

  protected events(): LifecycleEvent[] {
    return [];
  }
}
