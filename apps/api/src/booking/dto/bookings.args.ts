import { ArgsType, Field, ID } from '@nestjs/graphql';
import { BookingStatus } from '@practicum/core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class BookingsArgs extends PageArgs {
  @Field(() => BookingStatus, { nullable: true }) @IsOptional() @IsEnum(BookingStatus) status?: BookingStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() offerId?: string;
}
