import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity.module';
import { MarketplaceModule } from '../marketplace.module';
import { MatchRound } from './match-round.entity';
import { MatchRoundService } from './match-round.service';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [IdentityModule, MarketplaceModule, TypeOrmModule.forFeature([MatchRound])],
  providers: [MatchRoundService, RecommendationService],
  exports: [MatchRoundService, RecommendationService],
})
export class MatchRoundModule {}
