import { Module } from '@nestjs/common';
import { MatchRoundModule, RecommendationModule } from '@practicum/core';
import { BookingSplitResolver, MatchRoundResolver, RecommendationResolver } from './matching.resolver';

@Module({
  imports: [MatchRoundModule, RecommendationModule],
  providers: [RecommendationResolver, MatchRoundResolver, BookingSplitResolver],
})
export class MatchingApiModule {}
