import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Offer } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';

/** How a cohort larger than the free seats is split: the university's order, or a recorded lottery. */
export enum CohortRule {
  PRIORITY = 'PRIORITY',
  LOTTERY = 'LOTTERY',
}

export interface CohortSplitRecord {
  onsite: string[];
  virtual: string[];
  waitlisted: string[];
  rule: CohortRule;
  seed: number | null;
  minimumOnsiteShare: number;
  onsiteShare: number;
  minimumMet: boolean;
  message: string | null;
}

export enum BookingStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

/** A university's claim on a slot for a cohort: onsite seats granted, the rest virtual or waitlisted. */
@Entity('booking')
@Index('booking_university', ['universityId', 'createdAt'])
@Index('booking_offer', ['offerId', 'createdAt'])
@Check('booking_split', '"onsiteSeats" + "virtualSeats" + "waitlistedSeats" IN (0, "headcount") AND "headcount" > 0')
export class Booking extends BaseEntity {
  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offerId' })
  offer?: Offer;

  @Column({ type: 'uuid' })
  slotId: string;

  @ManyToOne(() => OfferSlot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slotId' })
  slot?: OfferSlot;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  universityId: string;

  @Column({ type: 'uuid' })
  programId: string;

  @Column({ type: 'uuid', nullable: true })
  partnerRequestId: string | null;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'int' })
  headcount: number;

  @Column({ type: 'int', default: 0 })
  onsiteSeats: number;

  @Column({ type: 'int', default: 0 })
  virtualSeats: number;

  @Column({ type: 'int', default: 0 })
  waitlistedSeats: number;

  @Column({ default: false })
  inPriorityGroup: boolean;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status', default: BookingStatus.PROPOSED })
  status: BookingStatus;

  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;

  /** The named cohort, in the university's priority order (optional; the headcount is its size). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  studentIds: string[];

  @Column({ type: 'enum', enum: CohortRule, enumName: 'cohort_rule', default: CohortRule.PRIORITY })
  splitRule: CohortRule;

  /** Who goes onsite, virtual or on the waitlist, decided at confirmation. */
  @Column({ type: 'jsonb', nullable: true })
  split: CohortSplitRecord | null;
}
