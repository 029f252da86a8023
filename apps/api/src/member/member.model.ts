import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole, MemberStatus } from '@practicum/core';

registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });

@ObjectType('Member', { description: 'A user of one organization (the platform admin belongs to none)' })
export class MemberModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => MemberRole) role: MemberRole;
  @Field(() => MemberStatus) status: MemberStatus;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field() createdAt: Date;
}
