import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsEmail() @MaxLength(254) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the emailed link' }) @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @MaxLength(200) newPassword: string;
}
