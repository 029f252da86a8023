import { Field, ObjectType } from '@nestjs/graphql';
import { MemberModel } from '../member/member.model';

@ObjectType()
export class AuthPayload {
  @Field({
    description:
      'Send as Authorization: Bearer <accessToken>; the portal uses the httpOnly session cookie set with it instead',
  })
  accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => MemberModel) member: MemberModel;
}
