import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/application.module';
import { OfferModule } from '../offer/offer.module';
import { OutboxModule } from '../outbox/outbox.module';
import { WaitlistService } from './waitlist.service';

/** Overflow, waitlist promotions and holds, run by the worker. */
@Module({
  imports: [ApplicationModule, OfferModule, OutboxModule],
  providers: [WaitlistService],
  exports: [WaitlistService],
})
export class WaitlistModule {}
