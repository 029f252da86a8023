import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class UniversityArgs {
  @Field(() => ID) @IsUUID('all', { message: 'universityId must be a UUID' }) universityId: string;
}
