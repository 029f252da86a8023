import { Module } from '@nestjs/common';
import { HealthController, healthRedisProvider } from './health.controller';

@Module({ controllers: [HealthController], providers: [healthRedisProvider] })
export class HealthModule {}
