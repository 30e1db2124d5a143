// The one storage seam of wxkit: tokens, tickets, locks and webhook de-duplication all use it.
// Four operations are enough for cluster-wide single flight; Redis implements them in wxkit/redis.

export interface Store {
  get(key: string): Promise<string | undefined>;
  /** Sets a value that expires after `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets only when the key is absent; true when it was set (a lock acquired). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes only when the current value equals `expected`; true when deleted (a lock released safely). */
  compareAndDelete(key: string, expected: string): Promise<boolean>;
}

/** A store that can also answer synchronously (the memory store); used where a promise per call shows. */
export interface SyncStore extends Store {
  getNow(key: string): string | undefined;
  setNow(key: string, value: string, ttlMs: number): void;
  setIfAbsentNow(key: string, value: string, ttlMs: number): boolean;
}

/**
 * The store itself when its synchronous methods may stand in for its async ones: a memory store whose
 * get / set / setIfAbsent are the memory store's own. A subclass that overrides them (to log, to
 * count) is always called through them.
 */
export function syncStoreOf(store: Store): SyncStore | undefined {
  const own = MemoryStore.prototype;
  return store instanceof MemoryStore &&
    store.get === own.get &&
    store.set === own.set &&
    store.setIfAbsent === own.setIfAbsent
    ? store
    : undefined;
}

/** The default store: right for one process. Expired keys are dropped on read and swept now and then. */
export class MemoryStore implements SyncStore {
  readonly #data = new Map<string, { value: string; expiresAt: number }>();
  #lastSweep = Date.now();

  #live(key: string) {
    const entry = this.#data.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.#data.delete(key);
      return undefined;
    }
    return entry;
  }

  #sweep() {
    const now = Date.now();
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [k, v] of this.#data) if (v.expiresAt <= now) this.#data.delete(k);
  }

  async get(key: string) {
    return this.getNow(key);
  }

  async set(key: string, value: string, ttlMs: number) {
    this.setNow(key, value, ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    return this.setIfAbsentNow(key, value, ttlMs);
  }

  // The same operations without a promise, for callers on a hot path (the webhook's duplicate check).

  getNow(key: string): string | undefined {
    return this.#live(key)?.value;
  }

  setNow(key: string, value: string, ttlMs: number): void {
    this.#sweep();
    const entry = this.#data.get(key);
    if (entry) {
      // Overwriting (a lock's holder, a webhook answer after its claim): no new entry to allocate.
      entry.value = value;
      entry.expiresAt = Date.now() + ttlMs;
    } else this.#data.set(key, { value, expiresAt: Date.now() + ttlMs });
  }

  setIfAbsentNow(key: string, value: string, ttlMs: number): boolean {
    if (this.#live(key)) return false;
    this.#sweep();
    this.#data.set(key, { value, expiresAt: Date.now() + ttlMs });
    return true;
  }

  async compareAndDelete(key: string, expected: string) {
    if (this.#live(key)?.value !== expected) return false;
    this.#data.delete(key);
    return true;
  }
}

export const memoryStore = () => new MemoryStore();
