import Redis from 'ioredis';
import { withAdminClient } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const database = process.env.PRACTICUM_TEST_DATABASE;
  if (database && !process.env.KEEP_TEST_DATABASE) {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
  const prefix = process.env.REDIS_PREFIX;
  if (prefix?.startsWith('test-')) {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}
