import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApplicationStatus } from '@practicum/core';
import { Connection } from '../common/pagination';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID) universityId: string;
  @Field(() => ID) programId: string;
  @Field() motivation: string;
  @Field(() => Int, { description: "The student's rank of this offer (1 = first choice)" }) rank: number;
  @Field(() => String, {
    nullable: true,
    description: 'Why the last published match round placed (or did not place) this application',
  })
  matchExplanation: string | null;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field({ description: 'True while the application holds an onsite seat' }) holdsSeat: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class ApplicationConnection extends Connection(ApplicationModel, 'Application') {}
