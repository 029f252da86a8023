import { Check, Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Offer } from './offer.entity';

export enum VirtualFormat {
  VR_TOUR = 'VR_TOUR',
  LIVE_STREAM = 'LIVE_STREAM',
  SELF_PACED = 'SELF_PACED',
}

/** The virtual alternative of an offer, where overflow goes. A null capacity is unlimited. */
@Entity('virtual_twin')
@Check('virtual_twin_capacity', '"taken" >= 0 AND ("capacity" IS NULL OR "taken" <= "capacity")')
export class VirtualTwin extends BaseEntity {
  @Column({ type: 'uuid', unique: true })
  offerId: string;

  @OneToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offerId' })
  offer?: Offer;

  @Column({ type: 'enum', enum: VirtualFormat, enumName: 'virtual_format' })
  format: VirtualFormat;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ length: 500 })
  joinUrl: string;

  @Column({ type: 'int', default: 0 })
  taken: number;
}
