// The Credential mechanism, against the in-memory store and a real Redis: single flight within a
// process and across instances sharing a store, refresh-ahead, compare-and-refresh, forced-refresh
// limits, the 45009 cooldown, failure backoff, lock expiry and the metrics hooks.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitError } from '../../generated/errors.js';
import { CredentialError, HttpError } from '../../src/errors.js';
import { apiError } from '../../src/http/caller.js';
import { redisStore } from '../../src/redis/index.js';
import { Credential, type CredentialOptions } from '../../src/tokens/credential.js';
import { MemoryStore, type Store } from '../../src/tokens/store.js';
import { cleanup, describeRedis, redisReachable, testRedis, uniquePrefix } from '../redis/helpers.js';
import { fakeSource, sleep } from './helpers.js';

const redis = redisReachable ? testRedis() : undefined;
const prefix = uniquePrefix('credential');
afterAll(async () => {
  if (redis) {
    await cleanup(redis, prefix);
    redis.disconnect();
  }
});

let keyCounter = 0;

function credentialSuite(
  describeFn: (name: string, body: () => void) => void,
  storeName: string,
  makeStore: () => Store,
) {
  describeFn(`Credential on ${storeName}`, () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Two or more "processes": Credential instances on one store and key, each with its own hooks. */
    function setup(options: Partial<CredentialOptions> = {}, source = fakeSource()) {
      const store = makeStore();
      const key = `oa:wx${++keyCounter}:access_token`;
      const events = { fetched: [] as boolean[], waited: 0, skipped: [] as string[], failed: 0 };
      const make = () =>
        new Credential({
          key,
          store,
          fetch: source.fetch,
          events: {
            onFetched: (i) => events.fetched.push(i.forced),
            onLockWaited: () => events.waited++,
            onRefreshSkipped: (i) => events.skipped.push(i.reason),
            onFetchFailed: () => events.failed++,
          },
          ...options,
        });
      return { store, key, source, events, make };
    }

    it('fetches once for 100 concurrent callers in one process', async () => {
      const { source, make } = setup();
      const c = make();
      const values = await Promise.all(Array.from({ length: 100 }, () => c.get()));
      expect(new Set(values)).toEqual(new Set(['token-1']));
      expect(source.calls).toEqual([false]);
    });

    it('fetches once across instances sharing the store; the others wait for the lock', async () => {
      const { source, events, make } = setup({}, fakeSource({ delayMs: 80 }));
      const [a, b, c] = [make(), make(), make()];
      const values = await Promise.all(
        [a, b, c].flatMap((cred) => Array.from({ length: 30 }, () => cred.get())),
      );
      expect(new Set(values)).toEqual(new Set(['token-1']));
      expect(source.calls).toHaveLength(1);
      expect(events.fetched).toEqual([false]);
      expect(events.waited).toBe(2);
    });

    it('serves a stored value after a restart without fetching', async () => {
      const { source, make } = setup();
      expect(await make().get()).toBe('token-1');
      const restarted = make();
      expect(await restarted.peek()).toBe('token-1');
      expect(await restarted.get()).toBe('token-1');
      expect(source.calls).toHaveLength(1);
    });

    it('refreshes ahead of expiry in the background, once, serving the old value meanwhile', async () => {
      const { source, make } = setup({}, fakeSource({ delayMs: 50 }));
      const [a, b] = [make(), make()];
      expect(await a.get()).toBe('token-1');
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + (7200 - 240) * 1000); // 4 minutes left: inside the 5-minute window
      const during = await Promise.all([a.get(), b.get(), a.get(), b.get()]);
      expect(during).toEqual(['token-1', 'token-1', 'token-1', 'token-1']);
      await sleep(120);
      expect(await b.get()).toBe('token-2');
      expect(source.calls).toEqual([false, false]);
    });

    it('compare-and-refresh: one forced refresh for many callers holding the same bad token', async () => {
      const { source, events, make } = setup();
      const [a, b] = [make(), make()];
      const bad = await a.get();
      const retries = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).invalidate(bad)),
      );
      expect(retries.every(Boolean)).toBe(true);
      const fresh = await Promise.all([a.get(), b.get()]);
      expect(fresh).toEqual(['token-2', 'token-2']);
      expect(source.calls).toEqual([false, true]);
      expect(events.fetched).toEqual([false, true]);
      // A caller still holding the old token retries with the new one; nothing is fetched.
      expect(await a.invalidate(bad)).toBe(true);
      expect(events.skipped).toContain('already-replaced');
      expect(source.calls).toHaveLength(2);
    });

    it('limits forced refreshes per interval', async () => {
      const { source, events, make } = setup({ minForceIntervalMs: 60_000 });
      const c = make();
      expect(await c.invalidate(await c.get())).toBe(true);
      const second = await c.get();
      expect(second).toBe('token-2');
      // WeChat rejects the new token too (a bug elsewhere): no second forced refresh within the interval.
      expect(await c.invalidate(second)).toBe(false);
      expect(events.skipped).toEqual(['rate-limited']);
      expect(await c.get()).toBe('token-2');
      expect(source.calls).toHaveLength(2);
    });

    it('limits forced refreshes per day', async () => {
      const { source, events, make } = setup({ minForceIntervalMs: 30, maxForcedPerDay: 1 });
      const c = make();
      expect(await c.invalidate(await c.get())).toBe(true);
      const second = await c.get();
      await sleep(50);
      expect(await c.invalidate(second)).toBe(false);
      expect(events.skipped).toEqual(['rate-limited']);
      expect(source.calls).toHaveLength(2);
    });

    it('stops fetching after 45009 until the cooldown ends, in every instance', async () => {
      const { source, events, make } = setup({ quotaCooldownMs: 250 });
      const [a, b] = [make(), make()];
      source.fail = apiError('shared.token.getStable', {
        errcode: 45009,
        errmsg: 'reach max api daily quota limit',
      });
      await expect(a.get()).rejects.toBeInstanceOf(RateLimitError);
      source.fail = undefined;
      for (const c of [a, b]) {
        const err = await c.get().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(CredentialError);
        expect(String(err)).toMatch(/45009/);
      }
      expect(source.calls).toHaveLength(1);
      expect(events.skipped).toEqual(['cooling-down', 'cooling-down']);
      // A new ticket does not lift a quota cooldown.
      expect(await a.clearBackoff()).toBe(false);
      await sleep(300);
      expect(await b.get()).toBe('token-2');
    });

    it('backs off after a failed fetch instead of fetching per call; clearBackoff ends it', async () => {
      const { source, events, make } = setup({ failureBackoffMs: 60_000 });
      const [a, b] = [make(), make()];
      source.fail = new HttpError('network error: ECONNRESET', 'shared.token.getStable');
      await expect(a.get()).rejects.toBeInstanceOf(HttpError);
      source.fail = undefined;
      const err = await b.get().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CredentialError);
      expect(String(err)).toMatch(
        /the last fetch failed \(shared\.token\.getStable: network error: ECONNRESET\)/,
      );
      expect(source.calls).toHaveLength(1);
      expect(events.failed).toBe(1);
      expect(await b.clearBackoff()).toBe(true);
      expect(await a.get()).toBe('token-2');
    });

    it('takes over a lock whose holder died once the lock TTL ends', async () => {
      const { store, key, source, events, make } = setup({ lockTtlMs: 300 });
      await store.setIfAbsent(`${key}:lock`, 'a-process-that-died', 300);
      const started = Date.now();
      expect(await make().get()).toBe('token-1');
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(250);
      expect(took).toBeLessThan(1_300);
      expect(source.calls).toHaveLength(1);
      expect(events.waited).toBe(0);
    });

    it('aborts a fetch that outlives its lock, so it never overlaps another holder', async () => {
      const source = fakeSource();
      source.hang = true;
      const { make } = setup({ lockTtlMs: 200 }, source);
      const started = Date.now();
      const err = await make()
        .get()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CredentialError);
      expect(String(err)).toMatch(/outlived the refresh lock \(200 ms\)/);
      expect(Date.now() - started).toBeLessThan(400);
    });

    it('gives up waiting for another holder after waitTimeoutMs', async () => {
      const { store, key, source, make } = setup({ waitTimeoutMs: 150 });
      await store.setIfAbsent(`${key}:lock`, 'someone-slow', 60_000);
      const err = await make()
        .get()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CredentialError);
      expect(String(err)).toMatch(
        /waited \d+ ms for another process to refresh it \(150 ms for its current lock holder\)/,
      );
      expect(source.calls).toHaveLength(0);
    });

    it('treats unreadable stored data as absent, and an empty fetch result as an error', async () => {
      const { store, key, source, make } = setup();
      await store.set(key, 'not json', 60_000);
      expect(await make().get()).toBe('token-1');
      const empty = setup({}, { ...source, fetch: async () => ({ value: '', expiresIn: 7200 }) });
      await expect(empty.make().get()).rejects.toThrow(/no usable value/);
    });

    it('never lets two keys share a value', async () => {
      const store = makeStore();
      const one = new Credential({
        key: `oa:wxA${++keyCounter}:access_token`,
        store,
        fetch: fakeSource({ prefix: 'A' }).fetch,
      });
      const two = new Credential({
        key: `oa:wxB${keyCounter}:access_token`,
        store,
        fetch: fakeSource({ prefix: 'B' }).fetch,
      });
      expect(await Promise.all([one.get(), two.get()])).toEqual(['A-1', 'B-1']);
    });
  });
}

credentialSuite(describe, 'the memory store', () => new MemoryStore());
credentialSuite(describeRedis, 'Redis', () => redisStore(redis!, { prefix }));
