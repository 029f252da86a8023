import { EventEmitter } from 'node:events';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { liveChannel, redisOptions } from '@practicum/queue';
import Redis from 'ioredis';

/**
 * This API process's ear on the Redis channel of live changes (relayed from PostgreSQL by the
 * worker). Subscriptions watch one key (`notification:<memberId>`, `offer:<offerId>`): a change
 * makes them read the value again and push it if it differs, so a repeated or late message costs
 * a read, never a wrong value. Redis down: the API works, subscriptions just hear nothing until
 * ioredis has reconnected and subscribed again.
 */
@Injectable()
export class LiveUpdates implements OnModuleInit, OnModuleDestroy {
  private readonly changes = new EventEmitter().setMaxListeners(0);
  private redis?: Redis;

  constructor(private readonly config: AppConfig) {}

  onModuleInit() {
    const channel = liveChannel(this.config.REDIS_PREFIX);
    this.redis = new Redis({ ...redisOptions(this.config.REDIS_URL), maxRetriesPerRequest: null });
    this.redis.on('error', () => undefined);
    this.redis.on('message', (from: string, key: string) => from === channel && this.changes.emit(key));
    this.redis.subscribe(channel).catch(() => undefined);
  }

  onModuleDestroy() {
    this.redis?.disconnect();
    this.changes.removeAllListeners();
  }

  /** Number of listeners on a key (tests wait until a subscription is in place). */
  listening(key: string): number {
    return this.changes.listenerCount(key);
  }

  /** Yields `read()` now and again after every change of `key` when it differs from the last value pushed. */
  watch<T>(key: string, read: () => Promise<T>): AsyncIterableIterator<T> {
    let dirty = true;
    let done = false;
    let wake: (() => void) | null = null;
    let last: string | undefined;
    const listener = () => {
      dirty = true;
      wake?.();
    };
    const finish = () => {
      done = true;
      this.changes.off(key, listener);
      wake?.();
    };
    this.changes.on(key, listener);
    const iterator: AsyncIterableIterator<T> = {
      async next() {
        while (!done) {
          if (!dirty) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          if (done) break;
          dirty = false;
          let value: T;
          try {
            value = await read();
          } catch (e) {
            finish();
            throw e;
          }
          // An error (the member was removed, the offer hidden) is pushed once and ends the watch.
          if (value instanceof Error) finish();
          const json = value instanceof Error ? `error:${value.message}` : JSON.stringify(value);
          if (json !== last) {
            last = json;
            return { value, done: false };
          }
        }
        return { value: undefined, done: true };
      },
      async return() {
        finish();
        return { value: undefined, done: true };
      },
      async throw(e?: unknown) {
        finish();
        throw e;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
