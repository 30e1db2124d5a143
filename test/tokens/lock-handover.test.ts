// A lock holder that dies (its lock left to expire) and a slow WeChat behind the next holder must not
// fail the waiters: a waiter's patience is per lock holder, renewed when the lock changes hands.
// Several Credential instances on one store stand for several processes.
import { describe, expect, it } from 'vitest';
import { createOfficialAccount } from '../../src/clients/official-account.js';
import { Credential } from '../../src/tokens/credential.js';
import { MemoryStore } from '../../src/tokens/store.js';
import { fakeSource, sleep } from './helpers.js';

describe('refresh lock handed over after its holder died', () => {
  it('waiters keep waiting for the new holder, and get its token', async () => {
    const store = new MemoryStore();
    const key = 'oa:wx1:access_token';
    const options = { key, store, lockTtlMs: 300, waitTimeoutMs: 400 };
    // "Process" A takes the refresh lock and dies: nobody releases it, it expires after 300 ms.
    await store.setIfAbsent(`${key}:lock`, 'dead-process', 300);
    // The next holder's WeChat is slow: 350 ms per fetch.
    const slow = fakeSource({ delayMs: 350 });
    const waiters = Array.from({ length: 5 }, () => new Credential({ ...options, fetch: slow.fetch }));
    const started = Date.now();
    const results = await Promise.allSettled(waiters.map((w) => w.get()));
    const elapsed = Date.now() - started;
    // ~300 ms for the dead lock to expire, ~350 ms for the new holder's fetch: longer than one
    // waitTimeoutMs (400 ms), yet every waiter gets the one token fetched.
    expect(elapsed).toBeGreaterThan(400);
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
    expect(new Set(results.map((r) => (r as PromiseFulfilledResult<string>).value)).size).toBe(1);
    expect(slow.calls).toHaveLength(1);
  });

  it('still gives up when one holder keeps the lock past waitTimeoutMs', async () => {
    const store = new MemoryStore();
    const key = 'oa:wx2:access_token';
    await store.setIfAbsent(`${key}:lock`, 'stuck-process', 5_000);
    const c = new Credential({ key, store, lockTtlMs: 5_000, waitTimeoutMs: 200, fetch: fakeSource().fetch });
    const started = Date.now();
    await expect(c.get()).rejects.toThrow(/for its current lock holder/);
    expect(Date.now() - started).toBeLessThan(1_000);
    await sleep(0);
  });

  it('takes waitTimeoutMs from the client factory', async () => {
    const store = new MemoryStore();
    await store.setIfAbsent('oa:wxwait:access_token:lock', 'stuck-process', 5_000);
    const oa = createOfficialAccount({
      appId: 'wxwait',
      appSecret: 'secret',
      store,
      lockTtlMs: 5_000,
      waitTimeoutMs: 150,
      fetch: (async () => Response.json({ access_token: 'T', expires_in: 7200 })) as typeof fetch,
    });
    const started = Date.now();
    await expect(oa.getAccessToken()).rejects.toThrow(/\(150 ms for its current lock holder\)/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
