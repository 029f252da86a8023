import { Module } from '@nestjs/common';
import { ApplicationModule, BookingModule, FacilityModule, OfferModule, PartnerRequestModule } from '@practicum/core';
import { ApplicationResolver } from './application.resolver';
import { BookingResolver, PartnerRequestResolver } from './booking.resolver';
import { FacilityResolver, OfferResolver, OfferSlotResolver, VirtualTwinResolver } from './offer.resolver';
import { TopicResolver } from './topic.resolver';

@Module({
  imports: [FacilityModule, OfferModule, PartnerRequestModule, BookingModule, ApplicationModule],
  providers: [FacilityResolver, OfferResolver, VirtualTwinResolver, OfferSlotResolver, PartnerRequestResolver, BookingResolver, ApplicationResolver, TopicResolver],
})
export class MarketplaceApiModule {}
