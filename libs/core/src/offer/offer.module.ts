import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryModule } from '../history/history.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OfferSearch } from '../read-model/offer-search';
import { Offer } from './offer.entity';
import { OfferLifecycle } from './offer.lifecycle';
import { OfferService } from './offer.service';
import { OfferSlot } from './offer-slot.entity';
import { VirtualTwin } from './virtual-twin.entity';

@Module({
  imports: [HistoryModule, OutboxModule, TypeOrmModule.forFeature([Offer, OfferSlot, VirtualTwin])],
  providers: [OfferSearch, OfferService, OfferLifecycle],
  exports: [OfferSearch, OfferService, OfferLifecycle],
})
export class OfferModule {}
