import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DomainError } from '@practicum/core';
import { redisOptions } from '@practicum/queue';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const ACCOUNT_WINDOW_SECONDS = 15 * 60;
const FIRST_DELAY_MS = 250;

/**
 * Limits on the anonymous mutations that hash or check a password (OWASP Authentication Cheat
 * Sheet), shared by every API replica through Redis; if Redis is unreachable each replica falls
 * back to memory (sign-in keeps working, limits become per replica).
 * - per client address: LOGIN_ATTEMPTS_PER_MINUTE sign-ins and registrations together;
 * - per account and address: LOGIN_FAILURES_PER_ACCOUNT sign-ins per 15 minutes, a point taken
 *   atomically before the password is checked and given back by a success, so parallel attempts
 *   cannot outrun the count;
 * - per account, from any address: past LOGIN_FAILURES_PER_ACCOUNT failures every check waits,
 *   twice as long per further failure up to LOGIN_SLOWDOWN_MAX_MS. Never a lock: the owner, from
 *   an address of their own, still signs in while someone else guesses.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddress: RateLimiterAbstract;
  private readonly perAccountAndAddress: RateLimiterAbstract;
  private readonly accountFailures: RateLimiterAbstract;
  private readonly resetsPerAddress: RateLimiterAbstract;
  private readonly resetsPerAccount: RateLimiterAbstract;

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis({
      ...redisOptions(config.REDIS_URL),
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined);
    const prefix = `${config.REDIS_PREFIX}:login`;
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${prefix}:${keyPrefix}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.perAddress = limiter('ip', config.LOGIN_ATTEMPTS_PER_MINUTE, 60);
    this.perAccountAndAddress = limiter('pair', config.LOGIN_FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW_SECONDS);
    this.accountFailures = limiter('account', Number.MAX_SAFE_INTEGER, ACCOUNT_WINDOW_SECONDS);
    this.resetsPerAddress = limiter('reset:ip', config.LOGIN_ATTEMPTS_PER_MINUTE, 60);
    // Keyed by the address asked for, whether or not an account has it, so the limit tells nothing.
    this.resetsPerAccount = limiter('reset:account', config.PASSWORD_RESETS_PER_HOUR, 3600);
  }

  /** Counts a password-reset request from the address and for the email; refuses either over its limit. */
  async beforeResetRequest(address: string, email: string): Promise<void> {
    await this.resetsPerAddress.consume(address).catch((e) => this.refuse(e, 'password-reset requests'));
    await this.resetsPerAccount
      .consume(email.trim().toLowerCase())
      .catch((e) => this.refuse(e, 'password-reset requests'));
  }

  /** Counts an attempt to use a reset token from the address. */
  async beforeReset(address: string): Promise<void> {
    await this.resetsPerAddress.consume(address).catch((e) => this.refuse(e, 'password-reset attempts'));
  }

  /** Counts an anonymous password-hashing attempt (registration, invitation) from the address. */
  async attempt(address: string): Promise<void> {
    await this.perAddress.consume(address).catch((e) => this.refuse(e));
  }

  /**
   * Runs one password check for the account from the address, within the limits: a point of the
   * address and of the pair is taken before `check` runs, and the account's slow-down is waited out.
   */
  async signIn<T>(address: string, email: string, check: () => Promise<T>): Promise<T> {
    const account = email.trim().toLowerCase();
    const pair = `${account}|${address}`;
    await this.perAddress.consume(address).catch((e) => this.refuse(e));
    await this.perAccountAndAddress.consume(pair).catch((e) => this.refuse(e));
    const failures = await this.accountFailures.get(account).catch(() => null);
    const delay = this.slowDown(failures?.consumedPoints ?? 0);
    if (delay > 0) await sleep(delay);
    let result: T;
    try {
      result = await check();
    } catch (e) {
      await this.accountFailures.penalty(account, 1).catch(() => undefined);
      throw e;
    }
    await this.perAccountAndAddress.delete(pair).catch(() => undefined);
    return result;
  }

  /** 0 up to the threshold of failures, then FIRST_DELAY_MS doubled per further failure, at most LOGIN_SLOWDOWN_MAX_MS. */
  slowDown(failures: number): number {
    const over = failures - this.config.LOGIN_FAILURES_PER_ACCOUNT;
    if (over < 0) return 0;
    return Math.min(this.config.LOGIN_SLOWDOWN_MAX_MS, FIRST_DELAY_MS * 2 ** Math.min(over, 20));
  }

  private refuse(e: unknown, what = 'sign-in attempts'): never {
    if (e instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.ceil(e.msBeforeNext / 1000);
      throw new DomainError('RATE_LIMITED', `Too many ${what}: try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
    throw e;
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
