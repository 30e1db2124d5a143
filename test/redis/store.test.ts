import { afterAll, beforeAll, expect, it } from 'vitest';
import { RedisStoreError, redisStore } from '../../src/redis/index.js';
import { cleanup, describeRedis, testRedis, uniquePrefix } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeRedis('redisStore against a real Redis', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('store');
  const store = redisStore(redis, { prefix });

  beforeAll(async () => {
    await redis.ping();
  });
  afterAll(async () => {
    await cleanup(redis, prefix);
    redis.disconnect();
  });

  it('gets what it set, under the prefix, with a PX expiry', async () => {
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', 'value-a', 60_000);
    expect(await store.get('a')).toBe('value-a');
    expect(await redis.get(`${prefix}a`)).toBe('value-a');
    const pttl = await redis.pttl(`${prefix}a`);
    expect(pttl).toBeGreaterThan(59_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
  });

  it('lets a value expire after its TTL', async () => {
    await store.set('short', 'x', 40);
    expect(await store.get('short')).toBe('x');
    await sleep(80);
    expect(await store.get('short')).toBeUndefined();
  });

  it('setIfAbsent takes a free key once, and again once it expired (a lock)', async () => {
    expect(await store.setIfAbsent('lock', 'owner-1', 60)).toBe(true);
    expect(await store.setIfAbsent('lock', 'owner-2', 60)).toBe(false);
    expect(await store.get('lock')).toBe('owner-1');
    await sleep(100);
    expect(await store.setIfAbsent('lock', 'owner-2', 60_000)).toBe(true);
    expect(await store.get('lock')).toBe('owner-2');
  });

  it('compareAndDelete deletes only the expected value, also after SCRIPT FLUSH (EVALSHA falls back)', async () => {
    await store.set('cad', 'mine', 60_000);
    expect(await store.compareAndDelete('cad', 'not-mine')).toBe(false);
    expect(await store.get('cad')).toBe('mine');
    await redis.script('FLUSH');
    expect(await store.compareAndDelete('cad', 'mine')).toBe(true);
    expect(await store.get('cad')).toBeUndefined();
    expect(await store.compareAndDelete('cad', 'mine')).toBe(false);
  });

  it('keeps two prefixes apart', async () => {
    const other = redisStore(redis, { prefix: `${prefix}other:` });
    await store.set('shared-name', 'one', 60_000);
    expect(await other.get('shared-name')).toBeUndefined();
    await other.set('shared-name', 'two', 60_000);
    expect(await store.get('shared-name')).toBe('one');
  });

  it('reports a Redis error as RedisStoreError', async () => {
    await redis.hset(`${prefix}hash`, 'f', 'v');
    const err = await store.get('hash').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisStoreError);
    expect(String(err)).toMatch(/WRONGTYPE/);
  });
});

it('gives up after timeoutMs when Redis is unreachable (offline queue on)', async () => {
  // Port 1 refuses connections; ioredis would keep the command queued while it retries.
  const { Redis } = await import('ioredis');
  const dead = new Redis({ port: 1, host: '127.0.0.1', retryStrategy: () => 50, maxRetriesPerRequest: null });
  dead.on('error', () => {});
  try {
    const store = redisStore(dead, { timeoutMs: 150 });
    const started = Date.now();
    const err = await store.get('k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisStoreError);
    expect(String(err)).toMatch(/no answer within 150 ms \(GET\)/);
    expect(Date.now() - started).toBeLessThan(1_000);
  } finally {
    dead.disconnect();
  }
});

it('never copies command arguments (token values) into its errors', async () => {
  const secret = 'SECRET_TOKEN_VALUE_1234567890';
  const failing = {
    set: async () => {
      const err = Object.assign(new Error('OOM command not allowed'), {
        command: { name: 'set', args: ['k', secret] },
      });
      throw err;
    },
  };
  const store = redisStore(failing as never);
  const err = (await store.set('k', secret, 1000).catch((e: unknown) => e)) as RedisStoreError;
  expect(err).toBeInstanceOf(RedisStoreError);
  expect(err.message).toContain('OOM');
  expect(JSON.stringify({ ...err, message: err.message, cause: err.cause })).not.toContain(secret);
  expect(err.cause).toBeUndefined();
});

it('times out exactly the commands that hang, each after its own timeout', async () => {
  const fake = {
    get: (key: string) => (key.endsWith('hang') ? new Promise(() => {}) : Promise.resolve(`value-of-${key}`)),
  };
  const store = redisStore(fake as never, { timeoutMs: 100, prefix: '' });
  const started = Date.now();
  const outcome = async (key: string, delay: number) => {
    await sleep(delay);
    const t0 = Date.now();
    const result = await store.get(key).then(
      (v) => v,
      (e: unknown) => e,
    );
    return { result, after: Date.now() - t0 };
  };
  const results = await Promise.all([
    outcome('a-hang', 0),
    outcome('b', 10),
    outcome('c-hang', 50),
    outcome('d', 120),
    outcome('e-hang', 130),
  ]);
  for (const i of [0, 2, 4]) {
    expect(results[i]!.result).toBeInstanceOf(RedisStoreError);
    expect(results[i]!.after).toBeGreaterThanOrEqual(95);
    expect(results[i]!.after).toBeLessThan(400);
  }
  expect(results[1]!.result).toBe('value-of-b');
  expect(results[3]!.result).toBe('value-of-d');
  expect(Date.now() - started).toBeLessThan(800);
});
