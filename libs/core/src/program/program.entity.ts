import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organization/organization.entity';

export enum StudyLevel {
  BSC = 'BSC',
  MSC = 'MSC',
  PHD = 'PHD',
  PROFESSIONAL = 'PROFESSIONAL',
}

/** A university course of study. */
@Entity('program')
@Index('program_university', ['universityId'])
@Check('program_valid', '"cohortSize" > 0 AND "termEnd" >= "termStart" AND "minimumOnsiteShare" BETWEEN 0 AND 1')
export class Program extends BaseEntity {
  @Column({ type: 'uuid' })
  universityId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'universityId' })
  university?: Organization;

  @Column({ length: 200 })
  name: string;

  @Column({ type: 'enum', enum: StudyLevel, enumName: 'study_level' })
  level: StudyLevel;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'int' })
  cohortSize: number;

  @Column({ type: 'date' })
  termStart: string;

  @Column({ type: 'date' })
  termEnd: string;

  /** Share of practice that accreditation asks to be in person (0..1). */
  @Column({
    type: 'numeric',
    precision: 3,
    scale: 2,
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  minimumOnsiteShare: number;
}
