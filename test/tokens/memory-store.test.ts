import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore, syncStoreOf } from '../../src/tokens/store.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('MemoryStore', () => {
  it('gets what it set until the TTL passes, async and sync alike', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = new MemoryStore();
    await store.set('a', 'one', 1000);
    expect(await store.get('a')).toBe('one');
    expect(store.getNow('a')).toBe('one');
    vi.advanceTimersByTime(999);
    expect(store.getNow('a')).toBe('one');
    vi.advanceTimersByTime(1);
    expect(await store.get('a')).toBeUndefined();
  });

  it('setIfAbsent takes a free or expired key only; compareAndDelete deletes only the expected value', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = new MemoryStore();
    expect(await store.setIfAbsent('lock', 'owner-1', 100)).toBe(true);
    expect(store.setIfAbsentNow('lock', 'owner-2', 100)).toBe(false);
    expect(await store.compareAndDelete('lock', 'owner-2')).toBe(false);
    vi.advanceTimersByTime(100);
    expect(await store.setIfAbsent('lock', 'owner-2', 100)).toBe(true);
    expect(await store.compareAndDelete('lock', 'owner-2')).toBe(true);
    expect(store.getNow('lock')).toBeUndefined();
  });

  it('drops expired keys nobody reads again, a few per write, without a pass over everything at once', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = new MemoryStore();
    for (let i = 0; i < 1000; i++) store.setNow(`push:${i}`, 'p', 30_000);
    store.setNow('token', 'long-lived', 7_200_000);
    expect(store.size).toBe(1001);
    vi.advanceTimersByTime(30_000);
    // Each write looks at two entries: 100 writes free at most 200 of the expired keys.
    for (let i = 0; i < 100; i++) store.setNow('counter', String(i), 60_000);
    expect(store.size).toBeGreaterThanOrEqual(1001 + 1 - 200);
    for (let i = 0; i < 1000; i++) store.setNow('counter', String(i), 60_000);
    expect(store.size).toBe(2);
    expect(store.getNow('token')).toBe('long-lived');
  });

  it('keeps up under a steady stream of short-lived keys (the webhook duplicate check)', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = new MemoryStore();
    // 1,000 pushes a second for two minutes, each claimed and then answered, TTL 30 s.
    let most = 0;
    for (let s = 0; s < 120; s++) {
      for (let i = 0; i < 1000; i++) {
        const key = `push:${s}:${i}`;
        store.setIfAbsentNow(key, 'p', 30_000);
        store.setNow(key, 'a:', 30_000);
      }
      vi.advanceTimersByTime(1000);
      most = Math.max(most, store.size);
    }
    // 30 s of live keys is 30,000; the sweep keeps the map within a third more than that.
    expect(most).toBeLessThan(40_000);
  });

  it('stands in for its own async methods only while they are its own', () => {
    expect(syncStoreOf(new MemoryStore())).toBeDefined();
    class Logged extends MemoryStore {
      override async get(key: string) {
        return super.get(key);
      }
    }
    expect(syncStoreOf(new Logged())).toBeUndefined();
  });
});
