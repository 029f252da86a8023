import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Booking } from '@practicum/core';
import { BookingModel } from '../booking/booking.model';
import { CohortSplitModel } from './match-round.model';

@Resolver(() => BookingModel)
export class BookingSplitResolver {
  @ResolveField(() => CohortSplitModel, { nullable: true, description: 'Decided when the booking is confirmed' })
  split(@Parent() booking: Booking) {
    return booking.split;
  }
}
