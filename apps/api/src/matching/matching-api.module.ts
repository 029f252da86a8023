import { Module } from '@nestjs/common';
import { MatchRoundModule } from '@practicum/core';
import { BookingSplitResolver, MatchRoundResolver, RecommendationResolver } from './matching.resolver';

@Module({
  imports: [MatchRoundModule],
  providers: [RecommendationResolver, MatchRoundResolver, BookingSplitResolver],
})
export class MatchingApiModule {}
