import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRule, MatchRoundStatus, MatchRunStatus } from '@practicum/core';

registerEnumType(MatchRoundStatus, { name: 'MatchRoundStatus' });
registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });
registerEnumType(CohortRule, {
  name: 'CohortRule',
  description: "PRIORITY: the university's order; LOTTERY: a recorded seeded lottery",
});

@ObjectType('MatchResultLine', { description: 'What publishing the round does to one application, and why' })
export class MatchResultLineModel {
  @Field(() => ID) applicationId: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => Int, { description: "The student's rank of this choice among the round's offers" }) choice: number;
  @Field(() => Int, { nullable: true, description: "The company's rank; null for university staff" }) companyRank:
    number | null;
  @Field({ description: 'MATCHED, UNMATCHED or NOT_NEEDED (placed at a better choice)' }) outcome: string;
  @Field() explanation: string;
}

@ObjectType('MatchRound')
export class MatchRoundModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => [ID]) offerIds: string[];
  @Field(() => MatchRoundStatus) status: MatchRoundStatus;
  @Field(() => MatchRunStatus) runStatus: MatchRunStatus;
  @Field(() => Int, { description: '0..100 while the worker runs it' }) progress: number;
  @Field(() => Float, { description: 'Lottery seed that breaks ties; re-run with it to reproduce' }) seed: number;
  @Field(() => Int) runs: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Date, { nullable: true }) ranAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType('CohortSplit', { description: 'Who of a named cohort goes onsite, virtual or on the waitlist' })
export class CohortSplitModel {
  @Field(() => [ID]) onsite: string[];
  @Field(() => [ID]) virtual: string[];
  @Field(() => [ID]) waitlisted: string[];
  @Field(() => CohortRule) rule: CohortRule;
  @Field(() => Float, { nullable: true, description: 'The lottery seed (LOTTERY)' }) seed: number | null;
  @Field(() => Float) minimumOnsiteShare: number;
  @Field(() => Float) onsiteShare: number;
  @Field() minimumMet: boolean;
  @Field(() => String, { nullable: true }) message: string | null;
}
