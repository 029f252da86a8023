import { Processor } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@practicum/config';
import { OutboxEvent, WaitlistService } from '@practicum/core';
import { JobName, QueueName } from '@practicum/queue';
import { Job } from 'bullmq';
import { Repository } from 'typeorm';
import { ConfiguredWorkerHost, Handlers } from './worker-host';

type SeatJob = JobName.SEAT_FREED | JobName.APPLICATION_OVERFLOWED | JobName.BOOKING_OVERFLOWED;

/** Seat moves from outbox events; each runs in one transaction that also writes who must be told. */
@Processor(QueueName.SEATS, { autorun: false })
export class SeatProcessor extends ConfiguredWorkerHost<SeatJob> {
  protected readonly handlers: Handlers<SeatJob> = {
    [JobName.SEAT_FREED]: (p, job) => this.handled(job, this.waitlist.rebalance(p.offerId, p.slotId)),
    [JobName.APPLICATION_OVERFLOWED]: (p, job) => this.handled(job, this.waitlist.placeApplicationOverflow(p.applicationId)),
    [JobName.BOOKING_OVERFLOWED]: (p, job) => this.handled(job, this.waitlist.placeBookingOverflow(p.bookingId)),
  };

  constructor(
    config: AppConfig,
    private readonly waitlist: WaitlistService,
    @InjectRepository(OutboxEvent) private readonly outbox: Repository<OutboxEvent>,
  ) {
    super(config);
  }

  private async handled(job: Job, work: Promise<unknown>) {
    const result = await work;
    await this.outbox.update({ id: String(job.id) }, { handledAt: new Date() });
    return { result };
  }
}
