import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MatchRoundService } from '@practicum/core';
import { JobName, JobPayloads, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';

/** Runs match rounds; progress goes to both the BullMQ job and the round row. */
@Processor(QueueName.MATCHING)
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(private readonly rounds: MatchRoundService) {
    super();
  }

  handledJobs(): JobName[] {
    return [JobName.MATCH_ROUND_RUN];
  }

  async process(job: Job<JobPayloads[JobName.MATCH_ROUND_RUN]>): Promise<unknown> {
    if (job.name !== JobName.MATCH_ROUND_RUN) throw new Error(`No handler for job ${job.name} on ${QueueName.MATCHING}`);
    const round = await this.rounds.run(job.data.matchRoundId, (percent) => job.updateProgress(percent));
    if (!round) return { skipped: 'round gone or already published' };
    this.logger.log(`match round ${round.id}: ${round.result?.matched} matched, ${round.result?.unmatched} unmatched`);
    return { matched: round.result?.matched, unmatched: round.result?.unmatched };
  }
}
