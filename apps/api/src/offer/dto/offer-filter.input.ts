import { Field, Float, InputType } from '@nestjs/graphql';
import { OfferKind, OfferStatus } from '@practicum/core';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';

@InputType()
export class NearInput {
  @Field(() => Float) @IsLatitude() latitude: number;
  @Field(() => Float) @IsLongitude() longitude: number;
  @Field(() => Float, { nullable: true, description: 'Only offers within this many km' })
  @IsOptional()
  @Min(1)
  @Max(20000)
  radiusKm?: number;
}

@InputType()
export class OfferFilterInput {
  @Field(() => OfferKind, { nullable: true }) @IsOptional() @IsEnum(OfferKind) kind?: OfferKind;
  @Field(() => [String], {
    nullable: true,
    description: `Offers covering any of these topics. ${TOPIC_LIST_DESCRIPTION}`,
  })
  @IsOptional()
  @IsTopicList()
  topics?: string[];
  @Field(() => String, { nullable: true, description: 'Full-text search over title and description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
  @Field(() => Date, { nullable: true, description: 'Slots ending after this' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Slots starting before this' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
  @Field(() => NearInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NearInput) near?: NearInput;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasVirtualTwin?: boolean;
  @Field(() => OfferStatus, { nullable: true, description: 'Companies: filter their own offers by status' })
  @IsOptional()
  @IsEnum(OfferStatus)
  status?: OfferStatus;
}
