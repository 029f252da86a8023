import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MatchRoundService, OutboxEvent } from '@practicum/core';
import { JobName, JobPayloads, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Runs match rounds; progress goes to both the BullMQ job and the round row. The job's outbox row
 * (job id = row id) is marked handled once the run is over (done, skipped, or failed for the last
 * time), so a job Redis lost is re-added by the sweeper and a round never stays QUEUED.
 */
@Processor(QueueName.MATCHING)
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly rounds: MatchRoundService,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  handledJobs(): JobName[] {
    return [JobName.MATCH_ROUND_RUN];
  }

  async process(job: Job<JobPayloads[JobName.MATCH_ROUND_RUN]>): Promise<unknown> {
    if (job.name !== JobName.MATCH_ROUND_RUN) throw new Error(`No handler for job ${job.name} on ${QueueName.MATCHING}`);
    let round;
    try {
      round = await this.rounds.run(job.data.matchRoundId, (percent) => job.updateProgress(percent));
    } catch (e) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.handled(job);
      throw e;
    }
    await this.handled(job);
    if (!round) return { skipped: 'round gone or already published' };
    this.logger.log(`match round ${round.id}: ${round.result?.matched} matched, ${round.result?.unmatched} unmatched`);
    return { matched: round.result?.matched, unmatched: round.result?.unmatched };
  }

  private async handled(job: Job): Promise<void> {
    await this.dataSource.getRepository(OutboxEvent).update({ id: String(job.id) }, { handledAt: new Date() });
  }
}
