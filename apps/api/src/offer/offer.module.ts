import { Module } from '@nestjs/common';
import { OfferModule } from '@practicum/core';
import { OfferSlotResolver } from './offer-slot.resolver';
import { OfferResolver } from './offer.resolver';
import { VirtualTwinResolver } from './virtual-twin.resolver';

@Module({ imports: [OfferModule], providers: [OfferResolver, VirtualTwinResolver, OfferSlotResolver] })
export class OfferApiModule {}
