import { Field, Float, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@practicum/core';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';
import { NewAccountInput } from './new-account.input';

@InputType()
export class RegisterOrganizationInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) city?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(300)
  website?: string;
  @Field(() => NewAccountInput) @ValidateNested() @Type(() => NewAccountInput) admin: NewAccountInput;
}
