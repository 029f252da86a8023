import { Module } from '@nestjs/common';
import { MatchRoundModule } from '@practicum/core';
import { RecommendationResolver } from './recommendation.resolver';

@Module({ imports: [MatchRoundModule], providers: [RecommendationResolver] })
export class RecommendationApiModule {}


