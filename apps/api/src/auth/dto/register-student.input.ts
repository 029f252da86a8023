import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { NewAccountInput } from './new-account.input';

@InputType()
export class RegisterStudentInput extends NewAccountInput {
  @Field(() => ID) @IsUUID() universityId: string;
  @Field(() => ID) @IsUUID() programId: string;
}
