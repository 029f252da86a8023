import { Module } from '@nestjs/common';
import { MarketplaceModule } from '@practicum/core';
import { BookingResolver } from './booking.resolver';

@Module({ imports: [MarketplaceModule], providers: [BookingResolver] })
export class BookingApiModule {}


