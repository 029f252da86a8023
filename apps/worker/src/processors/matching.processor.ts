import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import { MatchRoundService, OutboxService } from '@practicum/core';
import { QueueJobs, QueueName } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { Handlers, JobProcessor } from './worker-host';

/**
 * Runs match rounds; progress goes to both the BullMQ job and the round row. The result is
 * written in the transaction that marks the job's outbox row handled; a skipped run is marked
 * once it returns, and a run that failed for the last time too, so a job Redis lost is re-added
 * by the sweeper and a round never stays QUEUED. The allocation holds the event loop, so the
 * worker keeps BullMQ's default lock and concurrency.
 */
@Processor(QueueName.MATCHING, { autorun: false })
export class MatchingProcessor extends JobProcessor<QueueJobs<QueueName.MATCHING>> {
  protected readonly queue = QueueName.MATCHING;
  protected override readonly handledWhenFailedForGood = true;
  protected override readonly tuned = false;
  protected readonly handlers: Handlers<QueueJobs<QueueName.MATCHING>> = {
    'match_round.requested': async (p, { job, transaction }) => {
      const round = await this.rounds.run(p.matchRoundId, (percent) => job.updateProgress(percent), transaction);
      if (!round) return { skipped: 'round gone or already published' };
      this.logger.log(
        `match round ${round.id}: ${round.result?.matched} matched, ${round.result?.unmatched} unmatched`,
      );
      return { matched: round.result?.matched, unmatched: round.result?.unmatched };
    },
  };

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    outbox: OutboxService,
    private readonly rounds: MatchRoundService,
  ) {
    super(config, dataSource, outbox);
  }
}
