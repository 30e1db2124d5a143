// With `onStoreError: 'fetch-direct'`, what a process keeps for itself while the store is down:
// the last value it saw (read from the store or fetched directly), one direct fetch at a time,
// and a local backoff after a failed direct fetch, so that a dead store never turns into a fetch
// per call.
import { freshness, type Stored } from './stored.js';

export class LocalFallback {
  #value: Stored | undefined;
  #blocked: { until: number; quota: boolean; message: string } | undefined;
  #flight: Promise<string> | undefined;
  #lastDrop = 0;

  constructor(readonly minForceIntervalMs: number) {}

  /** What the store (or a fetch) says now; an absent value clears the copy. */
  follow(s: Stored | undefined) {
    this.#value = s;
  }

  /** The kept value unless it has expired. */
  usable(): Stored | undefined {
    return freshness(this.#value, 0) === 'expired' ? undefined : this.#value;
  }

  /** Forgets `failed` (it was dropped from the store too). */
  forget(failed: string) {
    if (this.#value?.v === failed) this.#value = undefined;
  }

  /** Drops `failed` at most once per `minForceIntervalMs`; true when a retry makes sense. */
  invalidate(failed: string): boolean {
    if (this.#value?.v !== failed) return true;
    if (Date.now() - this.#lastDrop < this.minForceIntervalMs) return false;
    this.#lastDrop = Date.now();
    this.#value = undefined;
    return true;
  }

  fail(ms: number, quota: boolean, message: string) {
    if (ms > 0) this.#blocked = { until: Date.now() + ms, quota, message };
  }

  blocked() {
    if (this.#blocked && this.#blocked.until > Date.now()) return this.#blocked;
    this.#blocked = undefined;
    return undefined;
  }

  singleFlight(fetch: () => Promise<string>): Promise<string> {
    this.#flight ??= fetch().finally(() => {
      this.#flight = undefined;
    });
    return this.#flight;
  }
}
