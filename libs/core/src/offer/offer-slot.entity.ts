import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Offer } from './offer.entity';

/**
 * A site-visit session or an internship's positions for one period, with onsite seats.
 * `taken` only moves through guarded updates; the CHECK is the last line of defence.
 */
@Entity('offer_slot')
@Index('offer_slot_offer', ['offerId', 'startsAt'])
@Check(
  'offer_slot_capacity',
  '"taken" >= 0 AND "taken" <= "capacity" AND "takenPriority" >= 0 AND "takenPriority" <= "taken" AND "endsAt" > "startsAt"',
)
export class OfferSlot extends BaseEntity {
  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offerId' })
  offer?: Offer;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int', default: 0 })
  taken: number;

  /** Seats taken by the priority group (counted inside `taken`). */
  @Column({ type: 'int', default: 0 })
  takenPriority: number;
}
