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

/** The default store: right for one process. Expired keys are dropped on read and swept now and then. */
export class MemoryStore implements Store {
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
    return this.#live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number) {
    this.#sweep();
    const entry = this.#data.get(key);
    if (entry) {
      // Overwriting (a lock's holder, a webhook answer after its claim): no new entry to allocate.
      entry.value = value;
      entry.expiresAt = Date.now() + ttlMs;
    } else this.#data.set(key, { value, expiresAt: Date.now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
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
