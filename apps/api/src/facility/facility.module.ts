import { Module } from '@nestjs/common';
import { FacilityModule } from '@practicum/core';
import { FacilityResolver } from './facility.resolver';

@Module({ imports: [FacilityModule], providers: [FacilityResolver] })
export class FacilityApiModule {}
