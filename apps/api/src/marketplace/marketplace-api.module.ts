import { Module } from '@nestjs/common';
import { MarketplaceModule } from '@practicum/core';
import { ApplicationResolver } from './application.resolver';
import { BookingResolver, PartnerRequestResolver } from './booking.resolver';
import { FacilityResolver, OfferResolver, OfferSlotResolver, VirtualTwinResolver } from './offer.resolver';
import { TopicResolver } from './topic.resolver';

@Module({
  imports: [MarketplaceModule],
  providers: [FacilityResolver, OfferResolver, VirtualTwinResolver, OfferSlotResolver, PartnerRequestResolver, BookingResolver, ApplicationResolver, TopicResolver],
})
export class MarketplaceApiModule {}
