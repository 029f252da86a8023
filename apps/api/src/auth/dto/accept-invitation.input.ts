import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @MaxLength(200) password: string;
}
