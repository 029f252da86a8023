import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

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
