import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what and when, for every aggregate with a lifecycle. */
@Entity('status_change')
@Index('status_change_subject', ['subjectId', 'at'])
export class StatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 20 })
  subjectType: 'APPLICATION' | 'BOOKING' | 'OFFER' | 'MATCH_ROUND';

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ length: 20 })
  toStatus: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
