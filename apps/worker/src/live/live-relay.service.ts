import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { LIVE_PG_CHANNEL, liveChannel, redisOptions } from '@practicum/queue';
import Redis from 'ioredis';
import { Client } from 'pg';

/**
 * Relays PostgreSQL's live_changed notifications (sent by triggers when a transaction commits) to
 * Redis, where every API process hears them for its GraphQL subscriptions. Each worker relays;
 * a change heard twice costs the API one extra read, never a wrong value. A lost connection is
 * retried with backoff; changes committed meanwhile are missed, and the portal's polling covers them.
 */
@Injectable()
export class LiveRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveRelay');
  private client: Client | null = null;
  private redis: Redis | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    this.redis = new Redis({ ...redisOptions(this.config.REDIS_URL), maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    this.redis?.disconnect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'practicum-live-relay' });
    const channel = liveChannel(this.config.REDIS_PREFIX);
    client.on('notification', (n) => {
      if (n.payload) this.redis?.publish(channel, n.payload).catch(() => undefined);
    });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_PG_CHANNEL}`);
    } catch (e) {
      this.lost(client, e as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
  }

  private lost(client: Client, error?: Error): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    if (this.failures === 0)
      this.logger.warn(`Live changes not relayed: ${error?.message ?? 'connection ended'}; reconnecting`);
    const delay = Math.min(30_000, 250 * 2 ** this.failures++);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
