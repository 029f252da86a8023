import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StudyLevel } from '@practicum/core';

registerEnumType(StudyLevel, { name: 'StudyLevel' });

@ObjectType('Program', { description: 'A university course of study' })
export class ProgramModel {
  @Field(() => ID) id: string;
  @Field(() => ID) universityId: string;
  @Field() name: string;
  @Field(() => StudyLevel) level: StudyLevel;
  @Field(() => [String], { description: 'Topic keys; their labels come from the `topics` query' }) topics: string[];
  @Field(() => Int) cohortSize: number;
  @Field() termStart: string;
  @Field() termEnd: string;
  @Field(() => Float) minimumOnsiteShare: number;
}
