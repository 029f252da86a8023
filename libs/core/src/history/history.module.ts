import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryService } from './history.service';
import { StatusChange } from './status-change.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StatusChange])],
  providers: [HistoryService],
  exports: [HistoryService],
})
export class HistoryModule {}
