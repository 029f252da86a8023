import { Module } from '@nestjs/common';
import { ApplicationModule } from '@practicum/core';
import { ApplicationResolver } from './application.resolver';

@Module({ imports: [ApplicationModule], providers: [ApplicationResolver] })
export class ApplicationApiModule {}
