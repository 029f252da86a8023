import { Module } from '@nestjs/common';
import { MatchRoundModule } from '@practicum/core';
import { BookingSplitResolver } from './booking-split.resolver';
import { MatchRoundResolver } from './match-round.resolver';

@Module({ imports: [MatchRoundModule], providers: [MatchRoundResolver, BookingSplitResolver] })
export class MatchRoundApiModule {}
