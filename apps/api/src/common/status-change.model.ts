import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('StatusChange', { description: 'Who changed the status, when, and why' })
export class StatusChangeModel {
  @Field(() => String, { nullable: true }) fromStatus: string | null;
  @Field() toStatus: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
}
