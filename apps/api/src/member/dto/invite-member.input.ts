import { Field, InputType } from '@nestjs/graphql';
import { MemberRole } from '@practicum/core';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';
import { SingleLineName } from '../../common/single-line-name';

@InputType()
export class InviteMemberInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @SingleLineName(1, 200) fullName: string;
  @Field(() => MemberRole, { defaultValue: MemberRole.COORDINATOR }) @IsEnum(MemberRole) role: MemberRole =
    MemberRole.COORDINATOR;
}
