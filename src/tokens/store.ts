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

/**
 * The default store: right for one process. Expired keys are dropped on read, and every write looks
 * at the next two entries in the map for expired ones (a sweep spread over the writes: no write
 * pays for a whole pass, and a key outlives its TTL by about one pass at most).
 */
export class MemoryStore implements SyncStore {
  readonly #data = new Map<string, { value: string; expiresAt: number }>();
  /** Where the spread-out sweep is in the map (a live iterator: it sees later writes too). */
  #cursor: MapIterator<[string, { value: string; expiresAt: number }]> | undefined;

  #live(key: string) {
    const entry = this.#data.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.#data.delete(key);
      return undefined;
    }
    return entry;
  }

  #sweep(now: number) {
    for (let n = 0; n < 2; n++) {
      this.#cursor ??= this.#data.entries();
      const next = this.#cursor.next();
      if (next.done) {
        this.#cursor = undefined;
        return;
      }
      if (next.value[1].expiresAt <= now) this.#data.delete(next.value[0]);
    }
  }

  /** Keys held, including expired ones the sweep has not reached yet (for memory monitoring). */
  get size(): number {
    return this.#data.size;
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
    const now = Date.now();
    this.#sweep(now);
    const entry = this.#data.get(key);
    if (entry) {
      // Overwriting (a lock's holder, a webhook answer after its claim): no new entry to allocate.
      entry.value = value;
      entry.expiresAt = now + ttlMs;
    } else this.#data.set(key, { value, expiresAt: now + ttlMs });
  }

  setIfAbsentNow(key: string, value: string, ttlMs: number): boolean {
    if (this.#live(key)) return false;
    const now = Date.now();
    this.#sweep(now);
    this.#data.set(key, { value, expiresAt: now + ttlMs });
    return true;
  }

  async compareAndDelete(key: string, expected: string) {
    if (this.#live(key)?.value !== expected) return false;
    this.#data.delete(key);
    return true;
  }
}

export const memoryStore = () => new MemoryStore();
