import { SingleLineName } from '../../common/single-line-name';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { MemberRole, OrganizationKind, StudyLevel } from '@practicum/core';
import { Type } from 'class-transformer';
import { IsPlausibleDate } from '../../common/dates';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';
import {
  IsEmail,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class NewAccountInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @SingleLineName(1, 200) fullName: string;
  @Field({ description: '10 to 200 characters, not a common or breached password nor made of your name, email or organization' }) @IsString() @MaxLength(200) password: string;
}

@InputType()
export class RegisterOrganizationInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) city?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }) @MaxLength(300) website?: string;
  @Field(() => NewAccountInput) @ValidateNested() @Type(() => NewAccountInput) admin: NewAccountInput;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsEmail() @MaxLength(254) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the emailed link' }) @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @MaxLength(200) newPassword: string;
}

@InputType()
export class RegisterStudentInput extends NewAccountInput {
  @Field(() => ID) @IsUUID() universityId: string;
  @Field(() => ID) @IsUUID() programId: string;
}

@InputType()
export class InviteMemberInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @SingleLineName(1, 200) fullName: string;
  @Field(() => MemberRole, { defaultValue: MemberRole.COORDINATOR }) @IsEnum(MemberRole) role: MemberRole = MemberRole.COORDINATOR;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@InputType()
export class CreateProgramInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => StudyLevel) @IsEnum(StudyLevel) level: StudyLevel;
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] = [];
  @Field(() => Int) @Min(1) @Max(5000) cohortSize: number;
  @Field({ description: 'ISO date (YYYY-MM-DD)' }) @IsPlausibleDate() termStart: string;
  @Field({ description: 'ISO date (YYYY-MM-DD)' }) @IsPlausibleDate() termEnd: string;
  @Field(() => Float, { nullable: true, description: 'Share of practice that must be in person, 0 to 1' }) @IsOptional() @Min(0) @Max(1) minimumOnsiteShare?: number;
}

@ArgsType()
export class UniversityArgs {
  @Field(() => ID) @IsUUID('all', { message: 'universityId must be a UUID' }) universityId: string;
}
