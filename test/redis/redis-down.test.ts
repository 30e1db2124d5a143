// A Redis the test runs itself is stopped mid-run: a process keeps serving the still-valid token it
// last read; a call that needs a new token gets a clear CredentialError within the store timeout
// (never an endless wait), or with `fetch-direct` a token fetched without the lock; when Redis is
// back they recover by themselves.
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { CredentialError } from '../../src/errors.js';
import { redisStore } from '../../src/redis/index.js';
import { freePort, OwnRedis, redisServerInstalled } from './fixtures/own-redis.js';
import { describeRedis } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake WeChat behind an injected fetch: numbered tokens, getcallbackip accepts any. */
function fakeWechat() {
  const fake = {
    tokenFetches: 0,
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/cgi-bin/stable_token') {
        fake.tokenFetches++;
        return Response.json({ access_token: `TOKEN_${fake.tokenFetches}`, expires_in: 7200 });
      }
      return Response.json({ ip_list: ['127.0.0.1'] });
    }) as typeof fetch,
  };
  return fake;
}

async function until(check: () => Promise<unknown>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}

// Gated like the other Redis tests (under CI it must run): it needs the redis-server binary.
if (!redisServerInstalled && process.env.CI)
  throw new Error('redis-server is not installed; under CI this test must run');
const describeOwnRedis = redisServerInstalled ? describeRedis : describeRedis.skip;

describeOwnRedis('a Redis that goes away', () => {
  let server: OwnRedis;
  const clients: Redis[] = [];
  const connect = (options: RedisOptions) => {
    const client = new Redis(server.url, { retryStrategy: () => 50, ...options });
    client.on('error', () => {});
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = new OwnRedis(await freePort());
    await server.start();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server.stop();
  });

  for (const [label, options] of [
    ['offline queue on, maxRetriesPerRequest 1', { maxRetriesPerRequest: 1 }],
    ['offline queue off', { enableOfflineQueue: false, maxRetriesPerRequest: 1 }],
  ] as const) {
    it(`keeps serving the token it last read; a call that needs a new one fails fast; recovers (${label})`, async () => {
      const redis = connect(options);
      await until(() => redis.ping());
      const wechat = fakeWechat();
      const store = redisStore(redis, { timeoutMs: 300 });
      const oa = createOfficialAccount({
        appId: `wxdown${clients.length}`,
        appSecret: 'secret',
        fetch: wechat.fetch,
        store,
      });
      await oa.api.basic.getCallbackIp();
      expect(wechat.tokenFetches).toBe(1);
      await server.stop();

      // Every call needs no new token: all of them go on with the valid token read before the outage.
      const served = await Promise.allSettled(Array.from({ length: 20 }, () => oa.api.basic.getCallbackIp()));
      expect(served.every((r) => r.status === 'fulfilled')).toBe(true);
      expect(wechat.tokenFetches).toBe(1);

      // A client that never read a token needs a new one: a clear CredentialError within the timeout.
      const coldWechat = fakeWechat();
      const cold = createOfficialAccount({
        appId: `wxcold${clients.length}`,
        appSecret: 'secret',
        fetch: coldWechat.fetch,
        store,
      });
      const started = Date.now();
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => cold.api.basic.getCallbackIp()),
      );
      const elapsed = Date.now() - started;
      for (const r of results) {
        expect(r.status).toBe('rejected');
        const err = (r as PromiseRejectedResult).reason;
        expect(err).toBeInstanceOf(CredentialError);
        expect(String(err)).toMatch(/the store failed: redis: /);
      }
      expect(elapsed).toBeLessThan(300 + 700);
      expect(coldWechat.tokenFetches).toBe(0);

      await server.start();
      await until(() => cold.api.basic.getCallbackIp());
      // The new Redis is empty: the token is fetched once under the lock, then both clients are warm.
      await Promise.all(Array.from({ length: 20 }, () => cold.api.basic.getCallbackIp()));
      await Promise.all(Array.from({ length: 20 }, () => oa.api.basic.getCallbackIp()));
      expect(coldWechat.tokenFetches).toBe(1);
      expect(wechat.tokenFetches).toBeLessThanOrEqual(2);
    });
  }

  it('fetch-direct: calls keep working while Redis is down, with one direct fetch', async () => {
    const redis = connect({ enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    await until(() => redis.ping());
    const wechat = fakeWechat();
    const storeErrors: string[] = [];
    const oa = createOfficialAccount({
      appId: 'wxdirect',
      appSecret: 'secret',
      fetch: wechat.fetch,
      store: redisStore(redis, { timeoutMs: 300 }),
      onStoreError: 'fetch-direct',
      tokenEvents: { onStoreError: (i) => storeErrors.push(i.fallback) },
    });
    await server.stop();
    const results = await Promise.all(Array.from({ length: 20 }, () => oa.api.basic.getCallbackIp()));
    expect(results).toHaveLength(20);
    expect(wechat.tokenFetches).toBe(1);
    expect(storeErrors.length).toBeGreaterThan(0);
    // The first call fetched directly; the rest were served the value it got.
    expect(storeErrors).toContain('fetch-direct');
    expect(new Set(storeErrors).size).toBeLessThanOrEqual(2);
    for (const e of storeErrors) expect(['fetch-direct', 'last-value']).toContain(e);

    await server.start();
    await until(() => redis.ping());
    await Promise.all(Array.from({ length: 20 }, () => oa.api.basic.getCallbackIp()));
    // The new Redis is empty: one fetch under the lock, as after any cold start.
    expect(wechat.tokenFetches).toBe(2);
  });
});
