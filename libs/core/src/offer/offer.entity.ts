import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Facility } from '../facility/facility.entity';
import { Organization } from '../organization/organization.entity';
import { StudyLevel } from '../program/program.entity';

export enum OfferKind {
  INTERNSHIP = 'INTERNSHIP',
  SITE_VISIT = 'SITE_VISIT',
}

export enum OfferStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

/** How seats are given: by the company as it reviews, or by a match round after the deadline. */
export enum SeatAllocation {
  FIRST_COME = 'FIRST_COME',
  MATCH_ROUND = 'MATCH_ROUND',
}

/** The full-text document of an offer; the GIN index `offer_search` is built on this same expression. */
export const offerSearchDocument = (alias: string) =>
  `(setweight(to_tsvector('english'::regconfig, coalesce(${alias}."title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(${alias}."description", '')), 'B'))`;

/** What a company posts: an internship (positions) or a site visit (sessions). */
@Entity('offer')
@Index('offer_company', ['companyId'])
@Index('offer_status_deadline', ['status', 'applicationDeadline'])
@Index('offer_search', { synchronize: false })
@Index('offer_topics', { synchronize: false })
@Index('offer_levels', { synchronize: false })
export class Offer extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Organization;

  @Column({ type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facilityId' })
  facility?: Facility;

  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind' })
  kind: OfferKind;

  @Column({ length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'enum', enum: StudyLevel, enumName: 'study_level', array: true })
  eligibleLevels: StudyLevel[];

  @Column({ type: 'timestamptz' })
  applicationDeadline: Date;

  @Column({ type: 'enum', enum: OfferStatus, enumName: 'offer_status', default: OfferStatus.DRAFT })
  status: OfferStatus;

  @Column({ type: 'enum', enum: SeatAllocation, enumName: 'seat_allocation', default: SeatAllocation.FIRST_COME })
  allocation: SeatAllocation;

  /** Seats of every slot held for the priority group until the deadline. */
  @Column({ type: 'int', default: 0 })
  reservedSeats: number;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  priorityProgramIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  priorityUniversityIds: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  priorityGroupName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
