// Shared by every test that talks to Redis: the URL, a probe, a unique key prefix per run, cleanup.
// Under CI these tests must run: an unreachable Redis fails the file instead of skipping it.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe } from 'vitest';

export const REDIS_URL = process.env.WXKIT_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function probe(): Promise<boolean> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export const redisReachable = await probe();

if (!redisReachable && process.env.CI) {
  throw new Error(
    `Redis is not reachable at ${REDIS_URL}; under CI the Redis tests must run (set WXKIT_REDIS_URL)`,
  );
}

/** `describe` when Redis answers; skipped (outside CI only) when it does not. */
export const describeRedis = redisReachable ? describe : describe.skip;

/** A client for tests: fails fast instead of queueing when Redis is away. */
export function testRedis(url = REDIS_URL): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1_000 });
  client.on('error', () => {});
  return client;
}

/** A key prefix no other run (or other test file) shares. */
export const uniquePrefix = (label: string) =>
  `wxkit-test:${label}:${process.pid}-${randomUUID().slice(0, 8)}:`;

/** Deletes every key under `prefix`. */
export async function cleanup(redis: Redis, prefix: string) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
