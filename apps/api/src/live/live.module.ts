import { Module } from '@nestjs/common';
import { AuthModule, NotificationModule, OfferModule } from '@practicum/core';
import { LiveUpdates } from './live-updates';
import { LiveResolver } from './live.resolver';

@Module({
  imports: [AuthModule, OfferModule, NotificationModule],
  providers: [LiveUpdates, LiveResolver],
  exports: [LiveUpdates],
})
export class LiveModule {}
