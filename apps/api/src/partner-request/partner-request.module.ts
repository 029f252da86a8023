import { Module } from '@nestjs/common';
import { PartnerRequestModule } from '@practicum/core';
import { PartnerRequestResolver } from './partner-request.resolver';

@Module({ imports: [PartnerRequestModule], providers: [PartnerRequestResolver] })
export class PartnerRequestApiModule {}
