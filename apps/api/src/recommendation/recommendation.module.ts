import { Module } from '@nestjs/common';
import { RecommendationModule } from '@practicum/core';
import { RecommendationResolver } from './recommendation.resolver';

@Module({ imports: [RecommendationModule], providers: [RecommendationResolver] })
export class RecommendationApiModule {}
