import { Redis } from 'ioredis';

/** Deletes every key under a queue prefix (what obliterating each queue of a test leaves is gone too). */
export async function dropQueues(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The Redis the queue suites use: `REDIS_URL`, or the local default. */
export const testRedisUrl = (): string => process.env.REDIS_URL || 'redis://127.0.0.1:6379';
