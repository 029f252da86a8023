import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const DEV_JWT_SECRET = 'practicum-development-secret-change-me';
export const DEV_PLATFORM_ADMIN_PASSWORD = 'practicum-admin-2026';
export const DEV_DATA_ENCRYPTION_KEY = 'b96e8f9629452ffa877d6d236c909d70983ffda0885a460ef5661f23b96fd7ba';

/** 32 bytes as 64 hex digits or as base64 (base64url too), or null when it is neither. */
export function decodeDataKey(value: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === 32 ? key : null;
  }
  return null;
}

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Every environment variable Practicum reads, with its development default. */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @trim()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:5432/practicum';

  @trim()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @trim()
  @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'REDIS_PREFIX must be 1-64 letters, digits, ":", "_" or "-"' })
  REDIS_PREFIX = 'practicum';

  @trim()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'Practicum <no-reply@practicum.local>';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS = 3600;

  @IsEmail()
  PLATFORM_ADMIN_EMAIL = 'admin@practicum.local';

  @IsString()
  @MinLength(12, { message: 'PLATFORM_ADMIN_PASSWORD must be at least 12 characters' })
  PLATFORM_ADMIN_PASSWORD = DEV_PLATFORM_ADMIN_PASSWORD;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 8;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(100000)
  GRAPHQL_MAX_COST = 2000;

  /** Root fields (aliases included) one mutation operation may select; more is TOO_MANY_ROOT_FIELDS. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_MUTATION_FIELDS = 5;

  /**
   * Members whose sign-in row (member, organization kind, program level) the API keeps between
   * requests, dropped on every change to members, organizations or programs; 0 reads the row on
   * every request.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000000)
  ACTOR_CACHE_ENTRIES = 10000;

  /** Offer listings kept by the API's listing cache (dropped on every change to offers, slots, twins, companies, facilities); 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  LISTING_CACHE_ENTRIES = 256;

  /** Bytes (JSON of the answers plus keys) the listing cache may hold, whatever the requests; an answer larger than this is not kept; 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1024 * 1024 * 1024)
  LISTING_CACHE_MAX_BYTES = 4 * 1024 * 1024;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 5;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS = 500;

  /** How long a seat is held for someone promoted from the waitlist before it goes to the next person. */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(24 * 30)
  WAITLIST_HOLD_HOURS = 48;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(25)
  WEBHOOK_MAX_ATTEMPTS = 10;

  /** First retry delay of a webhook or email delivery; doubled on each attempt. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3600000)
  DELIVERY_BACKOFF_MS = 30000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 10000;

  /**
   * Let webhook URLs reach loopback, private, link-local and other non-public addresses. Off by
   * default (an org admin could otherwise make the worker call the internal network); on for
   * tests and for local development against a receiver on this machine.
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_NETWORKS = false;

  /** BullMQ job lock; a job of a dead worker is taken over after about this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS = 30000;

  /** How often a worker looks for outbox rows and deliveries whose jobs Redis lost, and re-asserts job schedulers. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3600000)
  SWEEP_INTERVAL_MS = 60000;

  /** A relayed event or a pending delivery older than this with no job in Redis is enqueued again. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(86400000)
  STALE_AFTER_MS = 120000;

  /** A match round QUEUED or RUNNING without progress for this long counts as stuck: its company may re-run it. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  MATCH_ROUND_STUCK_AFTER_MS = 900000;

  /** How often reminders, hold expiry and offer closing run (BullMQ job schedulers). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  SCHEDULE_EVERY_MS = 300000;

  /** Outbox rows are deleted this many days after they were handled (nothing replays a handled row). */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3650)
  RETENTION_OUTBOX_DAYS = 7;

  /**
   * Sent and dead email and webhook deliveries (their rendered content) are deleted this many days
   * after their last change. At least 7: longer than any reminder's window, so a reminder's
   * de-duplication key outlives the time it could be planned again.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(7)
  @Max(3650)
  RETENTION_DELIVERY_DAYS = 30;

  /** In-app notifications are deleted this many days after they were read (unread ones stay). At least 7, as above. */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(7)
  @Max(3650)
  RETENTION_READ_NOTIFICATION_DAYS = 90;

  /** Completed BullMQ jobs are removed this many hours after they finished. */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(24 * 365)
  RETENTION_COMPLETED_JOBS_HOURS = 24;

  /** Failed BullMQ jobs kept per queue (the newest); older ones are removed. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000000)
  RETENTION_FAILED_JOBS = 1000;

  @Matches(/^(|https?:\/\/\S+)$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = '';

  /** AES-256-GCM key for secrets kept at rest (webhook signing secrets, invitation emails): 32 bytes as 64 hex digits or base64. */
  @IsString()
  DATA_ENCRYPTION_KEY = DEV_DATA_ENCRYPTION_KEY;

  /** The portal's build, served at `/` when it exists; relative paths are resolved from the repository root. */
  @trim()
  @IsString()
  WEB_DIST_DIR = 'apps/web/dist';

  /** How long an emailed password-reset link works. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  PASSWORD_RESET_TTL_MINUTES = 60;

  /** Password-reset emails one address may ask for per hour. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  PASSWORD_RESETS_PER_HOUR = 5;

  /** Sign-in and registration attempts (every anonymous mutation that hashes or checks a password) allowed per client address per minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  LOGIN_ATTEMPTS_PER_MINUTE = 30;

  /**
   * Sign-ins per account from one client address per 15 minutes (a success gives its point back);
   * also the failures per account, from any address, after which every check of its password is slowed down.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  LOGIN_FAILURES_PER_ACCOUNT = 8;

  /** The longest a sign-in waits when its account is slowed down by repeated failures (never a lock). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60000)
  LOGIN_SLOWDOWN_MAX_MS = 5000;

  /** JSON object overriding recommendation factor weights, e.g. {"topics": 50, "distance": 5}. */
  @IsString()
  RECOMMENDATION_WEIGHTS = '';

  get recommendationWeights(): Record<string, number> {
    return this.RECOMMENDATION_WEIGHTS ? (JSON.parse(this.RECOMMENDATION_WEIGHTS) as Record<string, number>) : {};
  }

  get dataEncryptionKey(): Buffer {
    return decodeDataKey(this.DATA_ENCRYPTION_KEY.trim())!;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get publicUrl(): string {
    return this.PUBLIC_URL || `http://localhost:${this.PORT}`;
  }
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((msg) => `${e.property}: ${msg}`));
}

/**
 * Reads and validates the environment once. Every problem is reported together so that an
 * operator fixes a deployment in one go; production refuses the development secrets.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const problems = flatten(validateSync(config, { forbidUnknownValues: false }));
  if (config.RECOMMENDATION_WEIGHTS) {
    const names = ['kind', 'topics', 'level', 'dates', 'capacity', 'distance', 'requirements', 'virtualSeatValue'];
    let parsed: unknown;
    try {
      parsed = JSON.parse(config.RECOMMENDATION_WEIGHTS);
    } catch {
      parsed = null;
    }
    const ok =
      !!parsed &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.entries(parsed).every(
        ([k, v]) => names.includes(k) && typeof v === 'number' && v >= 0 && (k !== 'virtualSeatValue' || v <= 1),
      );
    if (!ok)
      problems.push(`RECOMMENDATION_WEIGHTS: must be a JSON object of non-negative numbers for ${names.join(', ')}`);
  }
  if (!decodeDataKey(config.DATA_ENCRYPTION_KEY.trim())) {
    problems.push('DATA_ENCRYPTION_KEY: must be 32 bytes as 64 hex digits or as base64 (openssl rand -base64 32)');
  }
  if (config.NODE_ENV === 'production') {
    if (config.JWT_SECRET === DEV_JWT_SECRET) {
      problems.push('JWT_SECRET: the development default must not be used in production');
    }
    if (config.PLATFORM_ADMIN_PASSWORD === DEV_PLATFORM_ADMIN_PASSWORD) {
      problems.push('PLATFORM_ADMIN_PASSWORD: the development default must not be used in production');
    }
    if (config.DATA_ENCRYPTION_KEY.trim().toLowerCase() === DEV_DATA_ENCRYPTION_KEY) {
      problems.push('DATA_ENCRYPTION_KEY: the development default must not be used in production');
    }
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return config;
}
