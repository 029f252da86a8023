import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity.module';
import { MarketplaceModule } from '../marketplace.module';
import { WaitlistService } from './waitlist.service';

/** Overflow, waitlist promotions and holds, run by the worker. */
@Module({
  imports: [IdentityModule, MarketplaceModule],
  providers: [WaitlistService],
  exports: [WaitlistService],
})
export class WaitlistModule {}
