import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Facility } from './facility.entity';
import { FacilityService } from './facility.service';

@Module({
  imports: [TypeOrmModule.forFeature([Facility])],
  providers: [FacilityService],
  exports: [FacilityService],
})
export class FacilityModule {}
