import { Module } from '@nestjs/common';
import { MarketplaceModule } from '@practicum/core';
import { ApplicationResolver } from './application.resolver';

@Module({ imports: [MarketplaceModule], providers: [ApplicationResolver] })
export class ApplicationApiModule {}


