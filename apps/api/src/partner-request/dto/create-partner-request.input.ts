import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OfferKind } from '@practicum/core';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';

@InputType()
export class CreatePartnerRequestInput {
  @Field(() => ID) @IsUUID() programId: string;
  @Field(() => OfferKind) @IsEnum(OfferKind) kind: OfferKind;
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] =
    [];
  @Field(() => Int) @Min(1) @Max(5000) headcount: number;
  @Field({ description: 'ISO date' }) @IsISO8601({ strict: true }) windowStart: string;
  @Field({ description: 'ISO date' }) @IsISO8601({ strict: true }) windowEnd: string;
  @Field(() => Int, { description: 'Largest travel distance in km' }) @Min(1) @Max(20000) maxDistanceKm: number;
  @Field({ defaultValue: false }) @IsBoolean() virtualAcceptable: boolean = false;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
