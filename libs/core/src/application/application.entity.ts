import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Member } from '../member/member.entity';
import { Offer } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  SHORTLISTED = 'SHORTLISTED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  WAITLISTED = 'WAITLISTED',
  VIRTUAL = 'VIRTUAL',
}

/** A student's bid for an offer (one slot of it), with the student's rank of it. */
@Entity('application')
@Index('application_offer_student', ['offerId', 'studentId'], { unique: true })
@Index('application_student', ['studentId', 'createdAt'])
@Index('application_university', ['universityId', 'createdAt'])
@Index('application_slot_status', ['slotId', 'status'])
export class Application extends BaseEntity {
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
  studentId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'studentId' })
  student?: Member;

  @Column({ type: 'uuid' })
  universityId: string;

  @Column({ type: 'uuid' })
  programId: string;

  @Column({ type: 'text' })
  motivation: string;

  /** The student's rank of this offer among their applications (1 = first choice). */
  @Column({ type: 'int' })
  rank: number;

  /** The company's rank of this applicant (1 = best); null until ranked. */
  @Column({ type: 'int', nullable: true })
  companyRank: number | null;

  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.SUBMITTED,
  })
  status: ApplicationStatus;

  /** True while the application occupies an onsite seat of its slot. */
  @Column({ default: false })
  holdsSeat: boolean;

  /** True when the seat counts against the priority group's reserve. */
  @Column({ default: false })
  inPriorityGroup: boolean;

  @Column({ default: false })
  holdsVirtualSeat: boolean;

  /** Set when the application is promoted from the waitlist: the seat is held for it until then. */
  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  /** Why the last published match round placed (or did not place) this application. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  matchExplanation: string | null;
}
