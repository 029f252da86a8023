import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationModule } from '../application/application.module';
import { HistoryModule } from '../history/history.module';
import { OutboxModule } from '../outbox/outbox.module';
import { MatchRound } from './match-round.entity';
import { MatchRoundLifecycle } from './match-round.lifecycle';
import { MatchRoundService } from './match-round.service';

@Module({
  imports: [ApplicationModule, HistoryModule, OutboxModule, TypeOrmModule.forFeature([MatchRound])],
  providers: [MatchRoundService, MatchRoundLifecycle],
  exports: [MatchRoundService, MatchRoundLifecycle],
})
export class MatchRoundModule {}
