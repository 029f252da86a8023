import { Module } from '@nestjs/common';
import { IdentityModule, MarketplaceModule, NotificationModule } from '@practicum/core';
import { LiveUpdates } from './live-updates';
import { LiveResolver } from './live.resolver';

@Module({ imports: [IdentityModule, MarketplaceModule, NotificationModule], providers: [LiveUpdates, LiveResolver], exports: [LiveUpdates] })
export class LiveModule {}
