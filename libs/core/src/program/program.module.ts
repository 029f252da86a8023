import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Program } from './program.entity';
import { ProgramService } from './program.service';

@Module({
  imports: [TypeOrmModule.forFeature([Program])],
  providers: [ProgramService],
  exports: [ProgramService],
})
export class ProgramModule {}
