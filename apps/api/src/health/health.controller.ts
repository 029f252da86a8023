import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { redisOptions } from '@practicum/queue';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/access.decorators';

export const HEALTH_REDIS = Symbol('HEALTH_REDIS');

export const healthRedisProvider = {
  provide: HEALTH_REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    new Redis({
      ...redisOptions(config.REDIS_URL),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 1000,
    }),
};

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);

@Public()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis answer. */
  @Get('ready')
  @HttpCode(200)
  async ready() {
    const check = async (fn: () => Promise<unknown>) => {
      try {
        await withTimeout(fn(), 2000);
        return { status: 'up' };
      } catch (e) {
        return { status: 'down', error: (e as Error).message };
      }
    };
    const [postgres, redis] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(async () => {
        if (this.redis.status === 'wait' || this.redis.status === 'end')
          await this.redis.connect().catch(() => undefined);
        return this.redis.ping();
      }),
    ]);
    const body = {
      status: postgres.status === 'up' && redis.status === 'up' ? 'ok' : 'error',
      checks: { postgres, redis },
    };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
