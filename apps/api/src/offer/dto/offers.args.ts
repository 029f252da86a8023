import { ArgsType, Field } from '@nestjs/graphql';
import { OfferSort } from '@practicum/core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { OfferFilterInput } from './offer-filter.input';

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilterInput)
  filter?: OfferFilterInput;
  @Field(() => OfferSort, { defaultValue: OfferSort.DEADLINE }) @IsEnum(OfferSort) sort: OfferSort = OfferSort.DEADLINE;
}
