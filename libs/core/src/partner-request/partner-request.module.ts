import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Program } from '../program/program.entity';
import { PartnerRequest } from './partner-request.entity';
import { PartnerRequestService } from './partner-request.service';

@Module({
  imports: [TypeOrmModule.forFeature([PartnerRequest, Program])],
  providers: [PartnerRequestService],
  exports: [PartnerRequestService],
})
export class PartnerRequestModule {}
