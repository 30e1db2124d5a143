// A credential is anything WeChat hands out with an expiry: access tokens, component/suite/provider
// tokens, jsapi tickets. One mechanism serves them all:
// - the value lives in the Store as { v, exp, life }, so every process sharing the store sees the same one;
// - a refresh runs under a store lock (set-if-absent with a TTL), so N processes fetch once, and a
//   holder that dies blocks the others for at most the lock TTL (its fetch is aborted when the lock ends);
// - in a process, concurrent callers share one promise (single flight);
// - a value close to expiry is still served while one caller refreshes it in the background;
// - on a token-invalid errcode the value is dropped only if it is still the failing one
//   (compare-and-delete), and forced refreshes are rate-limited (per interval and per day);
// - a failed fetch backs off cluster-wide (45009: for the quota cooldown), so errors never loop;
// - a store that fails gives a CredentialError, or with `onStoreError: 'fetch-direct'` a fetch
//   without the lock whose value this process keeps until the store answers again.
// This file is the public face and decides when to do what; the refresh under the lock is in
// refresh.ts, the invalidation protocol in invalidation.ts, the store's side keys in credential-store.ts.
import { randomUUID } from 'node:crypto';
import { CredentialError } from '../errors.js';
import type { CredentialOptions, FetchedCredential, RefreshSkipReason } from './credential-options.js';
import {
  type CredentialParts,
  CredentialStore,
  messageOf,
  parseBackoff,
  type Settings,
  StoreFailure,
  toStoreFailure,
} from './credential-store.js';
import { type Invalidation, invalidateStored, RETRY } from './invalidation.js';
import { LocalFallback } from './local-fallback.js';
import { fetchOnce, refreshAcrossProcesses, refreshIfLockFree } from './refresh.js';
import { freshness, parseStored, type Stored, toStored } from './stored.js';

export type {
  CredentialEvents,
  CredentialOptions,
  FetchedCredential,
  RefreshSkipReason,
} from './credential-options.js';
export type { Invalidation } from './invalidation.js';

export class Credential {
  readonly key: string;
  readonly #o: Settings;
  readonly #side: CredentialStore;
  readonly #local: LocalFallback;
  /** What refresh.ts and invalidation.ts work with. */
  readonly #parts: CredentialParts;
  #inflight: Promise<string> | undefined;
  #background: Promise<void> | undefined;
  readonly #invalidations = new Map<string, Promise<Invalidation>>();
  #lastRaw: string | undefined;
  #lastParsed: Stored | undefined;

  constructor(options: CredentialOptions) {
    const lockTtlMs = options.lockTtlMs ?? 10_000;
    this.key = options.key;
    this.#o = {
      refreshAheadMs: 5 * 60_000,
      minForceIntervalMs: 30_000,
      maxForcedPerDay: 20,
      quotaCooldownMs: 60_000,
      failureBackoffMs: 1_000,
      waitTimeoutMs: lockTtlMs + 2_000,
      onStoreError: 'fail',
      ...stripUndefined(options),
      lockTtlMs,
      events: options.events ?? {},
    };
    this.#side = new CredentialStore(this.key, this.#o, randomUUID());
    this.#local = new LocalFallback(this.#o.minForceIntervalMs);
    this.#parts = {
      key: this.key,
      o: this.#o,
      side: this.#side,
      local: this.#local,
      read: () => this.#read(),
      state: (s) => this.#state(s),
      skipped: (reason) => this.#skipped(reason),
    };
  }

  /** The raw stored value; a store that throws instead of rejecting counts as failing too. */
  #getRaw(): Promise<string | undefined> {
    try {
      return this.#o.store.get(this.key);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Parses what the store holds; an unchanged value (the hot path) is not parsed again. */
  #parse(raw: string | undefined): Stored | undefined {
    if (raw !== this.#lastRaw) {
      this.#lastRaw = raw;
      this.#lastParsed = parseStored(raw);
    }
    // While the store answers it is the truth; the local copy only follows it (and serves while the
    // store is unreachable, as long as it is valid).
    this.#local.follow(this.#lastParsed);
    return this.#lastParsed;
  }

  #read(): Promise<Stored | undefined> {
    return this.#getRaw().then((raw) => this.#parse(raw), toStoreFailure);
  }

  #state(s: Stored | undefined) {
    return freshness(s, this.#o.refreshAheadMs);
  }

  /** The current value, fetching it (once, cluster-wide) when missing or about to expire. */
  get(): Promise<string> {
    // The hot path of every API call: one store read, one promise step, no async wrappers.
    return this.#getRaw().then(
      (raw) => {
        const s = this.#parse(raw);
        const state = this.#state(s);
        if (state === 'fresh') return s!.v;
        if (state === 'aging') {
          // Serve the current value; one caller refreshes it in the background.
          this.#refreshInBackground();
          return s!.v;
        }
        return this.#refresh().catch((err: unknown) => this.#recover(err));
      },
      (err: unknown) => this.#recover(new StoreFailure(messageOf(err), { cause: err })),
    );
  }

  /** A store failure becomes a CredentialError or a direct fetch; other errors pass through. */
  #recover(err: unknown): Promise<string> {
    if (err instanceof StoreFailure) return this.#storeDown(err);
    throw err;
  }

  /** What the store holds now, without fetching. */
  async peek(): Promise<string | undefined> {
    try {
      const s = await this.#read();
      return this.#state(s) === 'expired' ? undefined : s!.v;
    } catch (err) {
      throw this.#storeError(err);
    }
  }

  /** Stores a value obtained elsewhere (e.g. the authorizer token that api_query_auth returns). */
  async put(value: FetchedCredential): Promise<void> {
    const stored = toStored(value.value, value.expiresIn);
    this.#local.follow(stored);
    try {
      await this.#side.op(() => this.#o.store.set(this.key, JSON.stringify(stored), stored.life));
    } catch (err) {
      throw this.#storeError(err);
    }
  }

  /**
   * Forgets a recorded fetch failure (not a 45009 cooldown) so that the next get() fetches at once,
   * e.g. when a new verify ticket arrives. Resolves true when there was one.
   */
  async clearBackoff(): Promise<boolean> {
    const side = this.#side;
    try {
      const raw = await side.op(() => this.#o.store.get(side.backoffKey));
      if (!raw || parseBackoff(raw)?.quota) return false;
      return await side.op(() => this.#o.store.compareAndDelete(side.backoffKey, raw));
    } catch (err) {
      throw this.#storeError(err);
    }
  }

  /**
   * A call failed with a token-invalid errcode using `failed`. Drops the stored value only if it is
   * still `failed`, so that N callers holding the same bad token cause one refresh, and a caller
   * holding an already-replaced token causes none. Resolves true when a retry makes sense.
   */
  invalidate(failed: string): Promise<boolean> {
    return this.invalidation(failed).then((o) => o.retry);
  }

  /** invalidate(), and when no retry makes sense, why (the caller says so on its error). */
  invalidation(failed: string): Promise<Invalidation> {
    // Callers in this process holding the same bad token share one invalidation.
    let pending = this.#invalidations.get(failed);
    if (!pending) {
      pending = this.#invalidate(failed).finally(() => this.#invalidations.delete(failed));
      this.#invalidations.set(failed, pending);
    }
    return pending;
  }

  async #invalidate(failed: string): Promise<Invalidation> {
    try {
      return await invalidateStored(this.#parts, failed);
    } catch (err) {
      if (!(err instanceof StoreFailure) || this.#o.onStoreError !== 'fetch-direct')
        throw this.#storeError(err);
      this.#reportStoreError(err, 'fetch-direct');
      const dropped = this.#local.invalidate(failed);
      if (dropped) return RETRY;
      return this.#skipped('rate-limited');
    }
  }

  #refresh(): Promise<string> {
    this.#inflight ??= refreshAcrossProcesses(this.#parts).finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** Refresh-ahead: takes the lock if it is free and refreshes; never waits, never throws. */
  #refreshInBackground() {
    if (this.#inflight || this.#background) return;
    this.#background = refreshIfLockFree(this.#parts)
      .catch(() => {})
      .finally(() => {
        this.#background = undefined;
      });
  }

  // --- store failures -------------------------------------------------------------------------

  #reportStoreError(err: StoreFailure, fallback: 'fail' | 'fetch-direct' | 'last-value') {
    this.#o.events.onStoreError?.({ key: this.key, error: err.cause, fallback });
  }

  /** A StoreFailure becomes a CredentialError (and is reported); anything else passes through. */
  #storeError(err: unknown): unknown {
    if (!(err instanceof StoreFailure)) return err;
    this.#reportStoreError(err, 'fail');
    return new CredentialError(`the store failed: ${err.message}`, this.key, { cause: err.cause });
  }

  async #storeDown(err: StoreFailure): Promise<string> {
    // A still-valid value this process read before the outage: calls go on, nothing is fetched.
    const kept = this.#local.usable();
    if (kept) {
      this.#reportStoreError(err, 'last-value');
      return kept.v;
    }
    if (this.#o.onStoreError !== 'fetch-direct') throw this.#storeError(err);
    this.#reportStoreError(err, 'fetch-direct');
    const blocked = this.#local.blocked();
    if (blocked) {
      this.#skipped(blocked.quota ? 'cooling-down' : 'backing-off');
      throw new CredentialError(
        `the store failed (${err.message}) and the last direct fetch failed (${blocked.message})`,
        this.key,
      );
    }
    return this.#local.singleFlight(async () => {
      const fetched = await fetchOnce(this.#parts, false, true);
      // Offer it to the store in case it is back; ignore if not.
      await this.#o.store.set(this.key, JSON.stringify(fetched), fetched.life).catch(() => {});
      return fetched.v;
    });
  }

  #skipped(reason: RefreshSkipReason): Invalidation {
    this.#o.events.onRefreshSkipped?.({ key: this.key, reason });
    return { retry: reason === 'already-replaced', skipped: reason };
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
