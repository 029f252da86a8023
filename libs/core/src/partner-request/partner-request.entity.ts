import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { OfferKind } from '../offer/offer.entity';
import { Program } from '../program/program.entity';

export enum PartnerRequestStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A university's ask for industry partners for a program's cohort. */
@Entity('partner_request')
@Index('partner_request_university', ['universityId', 'createdAt'])
@Check('partner_request_valid', '"headcount" > 0 AND "windowEnd" >= "windowStart" AND "maxDistanceKm" > 0')
export class PartnerRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  universityId: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: Program;

  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind' })
  kind: OfferKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'int' })
  headcount: number;

  @Column({ type: 'date' })
  windowStart: string;

  @Column({ type: 'date' })
  windowEnd: string;

  @Column({ type: 'int' })
  maxDistanceKm: number;

  @Column({ default: false })
  virtualAcceptable: boolean;

  @Column({
    type: 'enum',
    enum: PartnerRequestStatus,
    enumName: 'partner_request_status',
    default: PartnerRequestStatus.OPEN,
  })
  status: PartnerRequestStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;
}
