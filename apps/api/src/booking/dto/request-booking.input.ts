import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CohortRule } from '@practicum/core';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class RequestBookingInput {
  @Field(() => ID, { description: 'The site-visit session or internship period' }) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() programId: string;
  @Field(() => Int, { nullable: true, description: 'Required unless studentIds names the cohort' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  headcount?: number;
  @Field(() => [ID], { nullable: true, description: "The cohort, in the university's priority order" })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  studentIds?: string[];
  @Field(() => CohortRule, {
    nullable: true,
    description: 'How a cohort larger than the free seats is split (default PRIORITY)',
  })
  @IsOptional()
  @IsEnum(CohortRule)
  splitRule?: CohortRule;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() partnerRequestId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
