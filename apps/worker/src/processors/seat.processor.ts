import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@practicum/config';
import { OutboxService, WaitlistService } from '@practicum/core';
import { QueueJobs, QueueName } from '@practicum/queue';
import { DataSource } from 'typeorm';
import { Handlers, JobProcessor } from './worker-host';

type SeatJob = QueueJobs<QueueName.SEATS>;

/** Seat moves from outbox events; each runs in one transaction that also writes who must be told and marks the event handled. */
@Processor(QueueName.SEATS, { autorun: false })
export class SeatProcessor extends JobProcessor<SeatJob> {
  protected readonly queue = QueueName.SEATS;
  protected readonly handlers: Handlers<SeatJob> = {
    'seat.freed': async (p, { transaction }) => ({
      result: await transaction((m) => this.waitlist.rebalance(p.offerId, p.slotId, m)),
    }),
    'application.overflowed': async (p, { transaction }) => ({
      result: await transaction((m) => this.waitlist.placeApplicationOverflow(p.applicationId, m)),
    }),
    'booking.overflowed': async (p, { transaction }) => ({
      result: await transaction((m) => this.waitlist.placeBookingOverflow(p.bookingId, m)),
    }),
  };

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    outbox: OutboxService,
    private readonly waitlist: WaitlistService,
  ) {
    super(config, dataSource, outbox);
  }
}
