import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryModule } from '../history/history.module';
import { OutboxModule } from '../outbox/outbox.module';
import { Offer } from './offer.entity';
import { OfferLifecycle } from './offer.lifecycle';
import { OfferService } from './offer.service';
import { OfferSlot } from './offer-slot.entity';
import { VirtualTwin } from './virtual-twin.entity';

@Module({
  imports: [HistoryModule, OutboxModule, TypeOrmModule.forFeature([Offer, OfferSlot, VirtualTwin])],
  providers: [OfferService, OfferLifecycle],
  exports: [OfferService, OfferLifecycle],
})
export class OfferModule {}
