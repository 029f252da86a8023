import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organization/organization.entity';

export enum FacilityKind {
  GMP_CLEANROOM = 'GMP_CLEANROOM',
  PRE_GMP_LAB = 'PRE_GMP_LAB',
  QC_LAB = 'QC_LAB',
  PROCESS_DEVELOPMENT_LAB = 'PROCESS_DEVELOPMENT_LAB',
  OTHER = 'OTHER',
}

export enum EntryRequirement {
  GOWNING_QUALIFICATION = 'GOWNING_QUALIFICATION',
  VACCINATION = 'VACCINATION',
  NDA = 'NDA',
  MINIMUM_AGE = 'MINIMUM_AGE',
}

/** A company site where students are hosted. */
@Entity('facility')
@Index('facility_company', ['companyId'])
@Index('facility_location', ['latitude', 'longitude'])
export class Facility extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'companyId' })
  company?: Organization;

  @Column({ length: 200 })
  name: string;

  @Column({ type: 'enum', enum: FacilityKind, enumName: 'facility_kind' })
  kind: FacilityKind;

  @Column({ length: 300 })
  address: string;

  @Column({ length: 120 })
  city: string;

  @Column({ length: 2 })
  country: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'enum', enum: EntryRequirement, enumName: 'entry_requirement', array: true, default: '{}' })
  requirements: EntryRequirement[];

  @Column({ type: 'int', nullable: true })
  minimumAge: number | null;
}
