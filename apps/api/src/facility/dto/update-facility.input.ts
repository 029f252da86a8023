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
export class UpdateFacilityInput {
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineName(2, 200) name?: string;
  @Field(() => FacilityKind, { nullable: true }) @IsOptional() @IsEnum(FacilityKind) kind?: FacilityKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 300) address?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) city?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number;
  @Field(() => [EntryRequirement], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(EntryRequirement, { each: true })
  requirements?: EntryRequirement[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(14) @Max(99) minimumAge?: number;
}
