import { Module } from '@nestjs/common';
import { MarketplaceModule } from '@practicum/core';
import { FacilityResolver } from './facility.resolver';

@Module({ imports: [MarketplaceModule], providers: [FacilityResolver] })
export class FacilityApiModule {}


