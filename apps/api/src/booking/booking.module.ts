import { Module } from '@nestjs/common';
import { BookingModule } from '@practicum/core';
import { BookingResolver } from './booking.resolver';

@Module({ imports: [BookingModule], providers: [BookingResolver] })
export class BookingApiModule {}
