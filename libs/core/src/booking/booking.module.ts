import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryModule } from '../history/history.module';
import { OfferModule } from '../offer/offer.module';
import { OutboxModule } from '../outbox/outbox.module';
import { Booking } from './booking.entity';
import { BookingLifecycle } from './booking.lifecycle';
import { BookingService } from './booking.service';

@Module({
  imports: [HistoryModule, OutboxModule, OfferModule, TypeOrmModule.forFeature([Booking])],
  providers: [BookingService, BookingLifecycle],
  exports: [BookingService, BookingLifecycle],
})
export class BookingModule {}
