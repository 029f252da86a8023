import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { StudyLevel } from '@practicum/core';
import { IsEnum, IsOptional, Max, Min } from 'class-validator';
import { IsPlausibleDate } from '../../common/dates';
import { SingleLineName } from '../../common/single-line-name';
import { IsTopicList, TOPIC_LIST_DESCRIPTION } from '../../common/topic-list';

@InputType()
export class CreateProgramInput {
  @Field() @SingleLineName(2, 200) name: string;
  @Field(() => StudyLevel) @IsEnum(StudyLevel) level: StudyLevel;
  @Field(() => [String], { defaultValue: [], description: TOPIC_LIST_DESCRIPTION }) @IsTopicList() topics: string[] =
    [];
  @Field(() => Int) @Min(1) @Max(5000) cohortSize: number;
  @Field({ description: 'ISO date (YYYY-MM-DD)' }) @IsPlausibleDate() termStart: string;
  @Field({ description: 'ISO date (YYYY-MM-DD)' }) @IsPlausibleDate() termEnd: string;
  @Field(() => Float, { nullable: true, description: 'Share of practice that must be in person, 0 to 1' })
  @IsOptional()
  @Min(0)
  @Max(1)
  minimumOnsiteShare?: number;
}
