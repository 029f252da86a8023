import { Module } from '@nestjs/common';
import { MarketplaceModule } from '@practicum/core';
import { PartnerRequestResolver } from './partner-request.resolver';

@Module({ imports: [MarketplaceModule], providers: [PartnerRequestResolver] })
export class PartnerRequestApiModule {}


