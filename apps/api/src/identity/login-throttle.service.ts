import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DomainError } from '@practicum/core';
import { redisOptions } from '@practicum/queue';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const ACCOUNT_WINDOW_SECONDS = 15 * 60;

/**
 * Sign-in rate limits, shared by every API replica through Redis: attempts per client address,
 * and failed attempts per account. If Redis is unreachable, each replica falls back to memory
 * (sign-in keeps working, limits become per replica).
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddress: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;
  private readonly resetsPerAddress: RateLimiterRedis;
  private readonly resetsPerAccount: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis({ ...redisOptions(config.REDIS_URL), lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
    const prefix = `${config.REDIS_PREFIX}:login`;
    this.perAddress = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:ip`,
      points: config.LOGIN_ATTEMPTS_PER_MINUTE,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points: config.LOGIN_ATTEMPTS_PER_MINUTE, duration: 60 }),
    });
    this.perAccount = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:account`,
      points: config.LOGIN_FAILURES_PER_ACCOUNT,
      duration: ACCOUNT_WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points: config.LOGIN_FAILURES_PER_ACCOUNT, duration: ACCOUNT_WINDOW_SECONDS }),
    });
    this.resetsPerAddress = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:reset:ip`,
      points: config.LOGIN_ATTEMPTS_PER_MINUTE,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points: config.LOGIN_ATTEMPTS_PER_MINUTE, duration: 60 }),
    });
    // Keyed by the address asked for, whether or not an account has it, so the limit tells nothing.
    this.resetsPerAccount = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:reset:account`,
      points: config.PASSWORD_RESETS_PER_HOUR,
      duration: 3600,
      insuranceLimiter: new RateLimiterMemory({ points: config.PASSWORD_RESETS_PER_HOUR, duration: 3600 }),
    });
  }

  /** Counts a password-reset request from the address and for the email; refuses either over its limit. */
  async beforeResetRequest(address: string, email: string): Promise<void> {
    await this.resetsPerAddress.consume(address).catch((e) => this.refuse(e, 'password-reset requests'));
    await this.resetsPerAccount.consume(email.trim().toLowerCase()).catch((e) => this.refuse(e, 'password-reset requests'));
  }

  /** Counts an attempt to use a reset token from the address. */
  async beforeReset(address: string): Promise<void> {
    await this.resetsPerAddress.consume(address).catch((e) => this.refuse(e, 'password-reset attempts'));
  }

  /** Counts an attempt from the address and refuses when the address or the account is over its limit. */
  async before(address: string, email: string): Promise<void> {
    await this.perAddress.consume(address).catch((e) => this.refuse(e));
    const account = await this.perAccount.get(email.toLowerCase()).catch(() => null);
    if (account && account.consumedPoints >= (this.perAccount.points ?? 0)) this.refuse(account);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email.toLowerCase(), 1).catch(() => undefined);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email.toLowerCase()).catch(() => undefined);
  }

  private refuse(e: unknown, what = 'sign-in attempts'): never {
    if (e instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.ceil(e.msBeforeNext / 1000);
      throw new DomainError('RATE_LIMITED', `Too many ${what}: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    throw e;
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
