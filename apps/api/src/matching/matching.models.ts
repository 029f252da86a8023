import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRule, MatchRoundStatus, MatchRunStatus } from '@practicum/core';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IdArgs } from '../common/id.args';

registerEnumType(MatchRoundStatus, { name: 'MatchRoundStatus' });
registerEnumType(MatchRunStatus, { name: 'MatchRunStatus' });
registerEnumType(CohortRule, { name: 'CohortRule', description: "PRIORITY: the university's order; LOTTERY: a recorded seeded lottery" });

@ObjectType('ScoreFactor', { description: 'One explained part of a recommendation score' })
export class ScoreFactorModel {
  @Field() factor: string;
  @Field(() => Float) weight: number;
  @Field(() => Float, { description: '0..1' }) value: number;
  @Field({ description: 'A failed hard factor makes the pair ineligible' }) hard: boolean;
  @Field() passed: boolean;
  @Field() reason: string;
}

@ObjectType('Recommendation', { description: 'A scored, explained pairing of a partner request and an offer' })
export class RecommendationModel {
  @Field(() => ID) requestId: string;
  @Field(() => ID) offerId: string;
  @Field(() => Float, { description: '0..100' }) score: number;
  @Field() eligible: boolean;
  @Field(() => [ScoreFactorModel]) factors: ScoreFactorModel[];
}

@ObjectType('MatchResultLine', { description: 'What publishing the round does to one application, and why' })
export class MatchResultLineModel {
  @Field(() => ID) applicationId: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID) offerId: string;
  @Field(() => ID) slotId: string;
  @Field(() => Int, { description: "The student's rank of this choice among the round's offers" }) choice: number;
  @Field(() => Int, { nullable: true, description: "The company's rank; null for university staff" }) companyRank: number | null;
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

@InputType()
export class CreateMatchRoundInput {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) offerIds: string[];
  @Field(() => Float, { nullable: true, description: 'Lottery seed (0..4294967295); drawn at random when absent' })
  @IsOptional() @IsInt() @Min(0) @Max(4294967295) seed?: number;
}

@ArgsType()
export class RerunMatchRoundArgs extends IdArgs {
  @Field(() => Float, { nullable: true, description: 'A new lottery seed; the recorded one when absent' })
  @IsOptional() @IsInt() @Min(0) @Max(4294967295) seed?: number;
}

@ArgsType()
export class RecommendedOffersArgs {
  @Field(() => ID) @IsUUID() requestId: string;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) first = 10;
}

@ArgsType()
export class RecommendedRequestsArgs {
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) first = 10;
}
