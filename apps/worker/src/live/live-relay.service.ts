import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { LIVE_PG_CHANNEL, liveChannel, redisOptions } from '@practicum/queue';
import Redis from 'ioredis';
import { PgListener } from '@practicum/database';

/**
 * Relays PostgreSQL's live_changed notifications (sent by triggers when a transaction commits) to
 * Redis, where every API process hears them for its GraphQL subscriptions. Each worker relays;
 * a change heard twice costs the API one extra read, never a wrong value. A lost connection is
 * retried with backoff; changes committed meanwhile are missed, and the portal's polling covers them.
 */
@Injectable()
export class LiveRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveRelay');
  private redis: Redis | null = null;
  private readonly listener: PgListener;

  constructor(private readonly config: AppConfig) {
    const channel = liveChannel(config.REDIS_PREFIX);
    this.listener = new PgListener({
      connectionString: config.DATABASE_URL,
      applicationName: 'practicum-live-relay',
      channels: [LIVE_PG_CHANNEL],
      onNotification: ({ payload }) => {
        if (payload) this.redis?.publish(channel, payload).catch(() => undefined);
      },
      warn: (message) => this.logger.warn(`Live changes not relayed: ${message}`),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.redis = new Redis({ ...redisOptions(this.config.REDIS_URL), maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
    this.redis?.disconnect();
  }
}
