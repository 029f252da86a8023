import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { EntryRequirement, FacilityKind } from '@practicum/core';
import {
  ArrayMaxSize,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';

@InputType()
export class FacilityInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => FacilityKind) @IsEnum(FacilityKind) kind: FacilityKind;
  @Field() @IsString() @Length(2, 300) address: string;
  @Field() @IsString() @Length(1, 120) city: string;
  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;
  @Field(() => Float) @IsLatitude() latitude: number;
  @Field(() => Float) @IsLongitude() longitude: number;
  @Field(() => [EntryRequirement], { defaultValue: [] })
  @ArrayMaxSize(10)
  @IsEnum(EntryRequirement, { each: true })
  requirements: EntryRequirement[] = [];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(14) @Max(99) minimumAge?: number;
}
