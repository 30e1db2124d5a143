// Fakes for credential tests: a token source that counts fetches, and stores that fail on demand.
import type { FetchedCredential } from '../../src/tokens/credential.js';
import { MemoryStore, type Store } from '../../src/tokens/store.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FakeSource {
  fetch: (force: boolean, signal: AbortSignal) => Promise<FetchedCredential>;
  /** The `force` flag of every fetch, in order. */
  calls: boolean[];
  /** Makes the next fetches throw this (until set back to undefined). */
  fail: unknown;
  /** Makes fetches wait until their signal aborts. */
  hang: boolean;
}

export function fakeSource(
  options: { delayMs?: number; expiresIn?: number; prefix?: string } = {},
): FakeSource {
  const source: FakeSource = {
    calls: [],
    fail: undefined,
    hang: false,
    fetch: async (force, signal) => {
      source.calls.push(force);
      const n = source.calls.length;
      if (source.hang) {
        await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      await sleep(options.delayMs ?? 10);
      if (source.fail) throw source.fail;
      return { value: `${options.prefix ?? 'token'}-${n}`, expiresIn: options.expiresIn ?? 7200 };
    },
  };
  return source;
}

/** A MemoryStore that can be switched off, like a Redis that went away. */
export class SwitchableStore implements Store {
  down = false;
  readonly inner = new MemoryStore();
  #check() {
    if (this.down) return Promise.reject(new Error('connection refused'));
    return undefined;
  }
  get(key: string) {
    return this.#check() ?? this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number) {
    return this.#check() ?? this.inner.set(key, value, ttlMs);
  }
  setIfAbsent(key: string, value: string, ttlMs: number) {
    return this.#check() ?? this.inner.setIfAbsent(key, value, ttlMs);
  }
  compareAndDelete(key: string, expected: string) {
    return this.#check() ?? this.inner.compareAndDelete(key, expected);
  }
}
