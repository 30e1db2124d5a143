// A store that fails (Redis down): a clear CredentialError by default; with `fetch-direct`, one
// fetch per process without the lock, served until the store is back, and never a fetch per call.
import { describe, expect, it } from 'vitest';
import { CredentialError, HttpError } from '../../src/errors.js';
import { Credential, type CredentialOptions } from '../../src/tokens/credential.js';
import { fakeSource, SwitchableStore, sleep } from './helpers.js';

function setup(options: Partial<CredentialOptions> = {}) {
  const store = new SwitchableStore();
  const source = fakeSource();
  const storeErrors: string[] = [];
  const direct: boolean[] = [];
  const make = () =>
    new Credential({
      key: 'oa:wx1:access_token',
      store,
      fetch: source.fetch,
      events: {
        onStoreError: (i) => storeErrors.push(i.fallback),
        onFetched: (i) => direct.push(i.direct),
      },
      ...options,
    });
  return { store, source, storeErrors, direct, make };
}

describe('Credential when the store fails', () => {
  it('fails with a CredentialError naming the store, and reports it', async () => {
    const { store, source, storeErrors, make } = setup();
    store.down = true;
    const c = make();
    for (const call of [
      () => c.get(),
      () => c.peek(),
      () => c.invalidate('x'),
      () => c.put({ value: 'v', expiresIn: 60 }),
    ]) {
      const err = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CredentialError);
      expect(String(err)).toMatch(/oa:wx1:access_token: the store failed: connection refused/);
    }
    expect(source.calls).toHaveLength(0);
    expect(storeErrors).toEqual(['fail', 'fail', 'fail', 'fail']);
  });

  it('recovers by itself when the store answers again', async () => {
    const { store, source, make } = setup();
    const c = make();
    store.down = true;
    await expect(c.get()).rejects.toBeInstanceOf(CredentialError);
    store.down = false;
    expect(await c.get()).toBe('token-1');
    expect(source.calls).toHaveLength(1);
  });

  it('fetch-direct: one fetch per process for many callers, then served locally', async () => {
    const { store, source, direct, make } = setup({ onStoreError: 'fetch-direct' });
    store.down = true;
    const c = make();
    const values = await Promise.all(Array.from({ length: 50 }, () => c.get()));
    expect(new Set(values)).toEqual(new Set(['token-1']));
    expect(await c.get()).toBe('token-1');
    expect(source.calls).toHaveLength(1);
    expect(direct).toEqual([true]);
  });

  it('fetch-direct: keeps serving the last value it read while the store is down', async () => {
    const { store, source, make } = setup({ onStoreError: 'fetch-direct' });
    const c = make();
    expect(await c.get()).toBe('token-1');
    store.down = true;
    expect(await c.get()).toBe('token-1');
    expect(source.calls).toHaveLength(1);
    // Back up: the store's value is used again, nothing is fetched.
    store.down = false;
    expect(await c.get()).toBe('token-1');
    expect(source.calls).toHaveLength(1);
  });

  it('fetch-direct: a failed direct fetch backs off locally instead of fetching per call', async () => {
    const { store, source, make } = setup({ onStoreError: 'fetch-direct', failureBackoffMs: 100 });
    store.down = true;
    source.fail = new HttpError('network error: ECONNRESET', 'shared.token.getStable');
    const c = make();
    await expect(c.get()).rejects.toBeInstanceOf(HttpError);
    source.fail = undefined;
    await expect(c.get()).rejects.toThrow(
      /the store failed \(connection refused\) and the last direct fetch failed/,
    );
    expect(source.calls).toHaveLength(1);
    await sleep(120);
    expect(await c.get()).toBe('token-2');
  });

  it('fetch-direct: an invalid token is dropped locally, at most once per interval', async () => {
    const { store, source, make } = setup({ onStoreError: 'fetch-direct', minForceIntervalMs: 60_000 });
    store.down = true;
    const c = make();
    const first = await c.get();
    expect(await c.invalidate(first)).toBe(true);
    const second = await c.get();
    expect(second).toBe('token-2');
    expect(await c.invalidate(second)).toBe(false);
    expect(source.calls).toHaveLength(2);
  });

  it('keeps two credentials apart even without the store', async () => {
    const store = new SwitchableStore();
    store.down = true;
    const a = new Credential({
      key: 'oa:wxA:access_token',
      store,
      onStoreError: 'fetch-direct',
      fetch: fakeSource({ prefix: 'A' }).fetch,
    });
    const b = new Credential({
      key: 'oa:wxB:access_token',
      store,
      onStoreError: 'fetch-direct',
      fetch: fakeSource({ prefix: 'B' }).fetch,
    });
    expect(await Promise.all([a.get(), b.get()])).toEqual(['A-1', 'B-1']);
  });
});
