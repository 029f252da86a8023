import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatus } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(BookingStatus, { name: 'BookingStatus' });

@ObjectType('Booking', { description: "A university's claim on a slot for a cohort" })
export class BookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID) universityId: string;
  @Field(() => ID) programId: string;
  @Field(() => ID, { nullable: true }) partnerRequestId: string | null;
  @Field(() => Int) headcount: number;
  @Field(() => [ID], { description: 'The named cohort, if any, in priority order' }) studentIds: string[];
  @Field(() => Int) onsiteSeats: number;
  @Field(() => Int) virtualSeats: number;
  @Field(() => Int) waitlistedSeats: number;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field() note: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class BookingConnection extends Connection(BookingModel, 'Booking') {}
