import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

export enum MatchRoundStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum MatchRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export type MatchOutcome = 'MATCHED' | 'UNMATCHED' | 'NOT_NEEDED';

/** One line of a round's result: what happens to an application when the round is published. */
export interface MatchResultLine {
  applicationId: string;
  studentId: string;
  offerId: string;
  slotId: string;
  /** The student's rank of this choice among the round's offers (1 = first choice). */
  choice: number;
  companyRank: number | null;
  outcome: MatchOutcome;
  explanation: string;
}

/** A stable allocation of applicants to match-round offers' seats, kept as a draft until published. */
@Entity('match_round')
@Index('match_round_company', ['companyId', 'createdAt'])
export class MatchRound extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'uuid', array: true })
  offerIds: string[];

  @Column({ type: 'enum', enum: MatchRoundStatus, enumName: 'match_round_status', default: MatchRoundStatus.DRAFT })
  status: MatchRoundStatus;

  @Column({ type: 'enum', enum: MatchRunStatus, enumName: 'match_run_status', default: MatchRunStatus.QUEUED })
  runStatus: MatchRunStatus;

  /** 0..100 while the worker runs the round. */
  @Column({ type: 'int', default: 0 })
  progress: number;

  /** The lottery seed that breaks ties in companies' rankings; recorded so a run can be replayed. */
  @Column({
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  seed: number;

  @Column({ type: 'int', default: 0 })
  runs: number;

  @Column({ type: 'jsonb', nullable: true })
  result: { lines: MatchResultLine[]; lotteryUsed: boolean; matched: number; unmatched: number } | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  ranAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
