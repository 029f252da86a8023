import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';

@InputType()
export class NewAccountInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @SingleLineName(1, 200) fullName: string;
  @Field({
    description: '10 to 200 characters, not a common or breached password nor made of your name, email or organization',
  })
  @IsString()
  @MaxLength(200)
  password: string;
}
