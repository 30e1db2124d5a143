// Cluster-wide single flight with real processes on a real Redis: 8 workers x 200 concurrent calls
// on a cold store fetch one token; an upstream invalidation causes one refresh; a lock holder that
// is SIGKILLed mid-refresh blocks the others for no longer than the lock TTL.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { FakeTokenServer } from './fixtures/fake-token-server.js';
import { startWorkers, type Worker } from './fixtures/workers.js';
import { cleanup, describeRedis, REDIS_URL, testRedis, uniquePrefix } from './helpers.js';

describeRedis('many processes on one Redis', () => {
  const redis = testRedis();
  const prefixes: string[] = [];
  let fake: FakeTokenServer;
  let workers: Worker[] = [];

  const env = (extra: Record<string, string> = {}) => {
    const prefix = uniquePrefix('multi');
    prefixes.push(prefix);
    return { WXKIT_REDIS_URL: REDIS_URL, PREFIX: prefix, WECHAT_BASE: fake.base, ...extra };
  };

  beforeAll(async () => {
    fake = new FakeTokenServer();
    await fake.start();
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
  });
  afterAll(async () => {
    await fake.stop();
    for (const p of prefixes) await cleanup(redis, p);
    redis.disconnect();
  });

  it('8 processes x 200 calls on a cold store: 1 fetch, 0 failures; after an upstream invalidation: 1 refresh', async () => {
    workers = await startWorkers(8, env());
    const before = fake.fetches.length;

    const cold = await Promise.all(workers.map((w) => w.send({ cmd: 'burst', n: 200 })));
    expect(cold.flatMap((r) => r.errors)).toEqual([]);
    expect(cold.reduce((sum, r) => sum + (r.ok as number), 0)).toBe(1600);
    expect(fake.fetches.length - before).toBe(1);

    // WeChat stops accepting the token (someone reset it): every process sees 40001.
    fake.valid.clear();
    const after = await Promise.all(workers.map((w) => w.send({ cmd: 'burst', n: 200 })));
    expect(after.flatMap((r) => r.errors)).toEqual([]);
    expect(after.reduce((sum, r) => sum + (r.ok as number), 0)).toBe(1600);
    const fetched = fake.fetches.slice(before);
    expect(fetched.map((f) => f.force)).toEqual([false, true]);
  }, 60_000);

  it('a lock holder SIGKILLed mid-refresh blocks the others for at most the lock TTL', async () => {
    const lockTtlMs = 1_500;
    workers = await startWorkers(2, env({ LOCK_TTL_MS: String(lockTtlMs) }));
    const [holder, waiter] = workers;
    const before = fake.fetches.length;
    fake.hangNext = true;

    void holder!.send({ cmd: 'token' }).catch(() => {});
    await fake.fetchArrived(before + 1);
    const lockedAt = fake.fetches[before]!.at;
    const waiting = waiter!.send({ cmd: 'token' });
    await new Promise((r) => setTimeout(r, 100)); // the waiter is now polling the lock
    holder!.kill('SIGKILL');
    expect(await holder!.exited).toBeNull();

    const reply = await waiting;
    expect(reply.token).toMatch(/^TOKEN_/);
    expect(fake.fetches.length - before).toBe(2);
    // Measured from the hung fetch's arrival, which is a little after the lock was taken: the lower
    // bound shows the lock held the waiter back, the upper one that it took over soon after the TTL.
    const takenOverAfter = fake.fetches[before + 1]!.at - lockedAt;
    expect(takenOverAfter).toBeGreaterThanOrEqual(lockTtlMs - 500);
    expect(takenOverAfter).toBeLessThanOrEqual(lockTtlMs + 1_000);
  }, 30_000);
});
