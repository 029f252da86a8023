import { AppConfig, ConfigValidationError, DEV_JWT_SECRET, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives development defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toBeInstanceOf(AppConfig);
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\//);
    expect(config.JWT_SECRET).toBe(DEV_JWT_SECRET);
  });

  it('converts numbers and keeps given values', () => {
    const config = loadConfig({ PORT: '4100', REDIS_URL: 'redis://cache:6380', JWT_TTL_SECONDS: '120' });
    expect(config.PORT).toBe(4100);
    expect(config.REDIS_URL).toBe('redis://cache:6380');
    expect(config.JWT_TTL_SECONDS).toBe(120);
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SMTP_URL: 'nope', JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'JWT_SECRET']) expect(problems).toContain(name);
  });

  it('refuses the development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET[\s\S]*PLATFORM_ADMIN_PASSWORD[\s\S]*DATA_ENCRYPTION_KEY/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        PLATFORM_ADMIN_PASSWORD: 'a-real-long-password',
      }),
    ).toThrow(/DATA_ENCRYPTION_KEY/);
    const ok = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PLATFORM_ADMIN_PASSWORD: 'a-real-long-password',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(ok.isProduction).toBe(true);
  });

  it('validates recommendation weights', () => {
    expect(loadConfig({ RECOMMENDATION_WEIGHTS: '{"topics": 50}' }).recommendationWeights).toEqual({ topics: 50 });
    expect(() => loadConfig({ RECOMMENDATION_WEIGHTS: '{"topics": -1}' })).toThrow(/RECOMMENDATION_WEIGHTS/);
    expect(() => loadConfig({ RECOMMENDATION_WEIGHTS: '{"colour": 1}' })).toThrow(/RECOMMENDATION_WEIGHTS/);
    expect(() => loadConfig({ RECOMMENDATION_WEIGHTS: 'nope' })).toThrow(/RECOMMENDATION_WEIGHTS/);
  });

  it('reads the data encryption key as hex or base64 of 32 bytes, and nothing else', () => {
    const key = Buffer.alloc(32, 9);
    expect(loadConfig({ DATA_ENCRYPTION_KEY: key.toString('hex') }).dataEncryptionKey).toEqual(key);
    expect(loadConfig({ DATA_ENCRYPTION_KEY: key.toString('base64') }).dataEncryptionKey).toEqual(key);
    expect(loadConfig({}).dataEncryptionKey).toHaveLength(32);
    for (const bad of ['short', 'ab'.repeat(31), Buffer.alloc(16).toString('base64'), 'z'.repeat(64)])
      expect(() => loadConfig({ DATA_ENCRYPTION_KEY: bad })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('rejects an unknown NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });
});
