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
import { randomUUID } from 'node:crypto';
import { errcodes } from '../../generated/errors.js';
import { CredentialError, WechatApiError } from '../errors.js';
import type {
  CredentialEvents,
  CredentialOptions,
  FetchedCredential,
  RefreshSkipReason,
} from './credential-options.js';
import { keys } from './keys.js';
import { LocalFallback } from './local-fallback.js';
import { freshness, parseStored, type Stored, toStored } from './stored.js';

export type {
  CredentialEvents,
  CredentialOptions,
  FetchedCredential,
  RefreshSkipReason,
} from './credential-options.js';

type Settings = Required<Omit<CredentialOptions, 'events' | 'backoffFor'>> &
  Pick<CredentialOptions, 'backoffFor'> & { events: CredentialEvents };

/** A store call failed; get() turns it into a CredentialError or a direct fetch. */
class StoreFailure extends Error {}

const toStoreFailure = (err: unknown): never => {
  throw new StoreFailure(messageOf(err), { cause: err });
};

/** What the backoff key holds: why fetching is paused, cluster-wide. */
interface Backoff {
  quota: boolean;
  message: string;
}

/** errcodes.yaml's api_daily_quota_reached (45009): back off for the quota cooldown, not a second. */
const QUOTA_ERRCODE = Number(
  Object.keys(errcodes).find((code) => errcodes[code]!.name === 'api_daily_quota_reached'),
);
const DAY_MS = 86_400_000;

export class Credential {
  readonly key: string;
  readonly #o: Settings;
  readonly #owner = randomUUID();
  readonly #local: LocalFallback;
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
    this.#local = new LocalFallback(this.#o.minForceIntervalMs);
  }

  get #lockKey() {
    return keys.credentialLock(this.key);
  }
  get #forceKey() {
    return keys.credentialForce(this.key);
  }
  get #backoffKey() {
    return keys.credentialBackoff(this.key);
  }
  #forcedTodayKey(now = Date.now()) {
    // WeChat's daily limits reset at midnight Beijing time (UTC+8).
    return keys.credentialForcedOn(this.key, new Date(now + 8 * 3_600_000).toISOString().slice(0, 10));
  }

  /** Runs a store call; its failure becomes a StoreFailure so that callers can tell it from a fetch error. */
  async #op<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      return toStoreFailure(err);
    }
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
      await this.#op(() => this.#o.store.set(this.key, JSON.stringify(stored), stored.life));
    } catch (err) {
      throw this.#storeError(err);
    }
  }

  /**
   * Forgets a recorded fetch failure (not a 45009 cooldown) so that the next get() fetches at once,
   * e.g. when a new verify ticket arrives. Resolves true when there was one.
   */
  async clearBackoff(): Promise<boolean> {
    try {
      const raw = await this.#op(() => this.#o.store.get(this.#backoffKey));
      if (!raw || parseBackoff(raw)?.quota) return false;
      return await this.#op(() => this.#o.store.compareAndDelete(this.#backoffKey, raw));
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
      return await this.#invalidateStored(failed);
    } catch (err) {
      if (!(err instanceof StoreFailure) || this.#o.onStoreError !== 'fetch-direct')
        throw this.#storeError(err);
      this.#reportStoreError(err, 'fetch-direct');
      const dropped = this.#local.invalidate(failed);
      if (dropped) return RETRY;
      return this.#skipped('rate-limited');
    }
  }

  async #invalidateStored(failed: string): Promise<Invalidation> {
    const { store, minForceIntervalMs, maxForcedPerDay } = this.#o;
    const raw = await this.#op(() => store.get(this.key));
    const s = parseStored(raw);
    if (!s || s.v !== failed) {
      this.#skipped('already-replaced');
      return RETRY;
    }
    if (!(await this.#op(() => store.setIfAbsent(this.#forceKey, 'pending', minForceIntervalMs)))) {
      return this.#awaitOtherInvalidation(failed);
    }
    // Winning the force key serializes this read-modify-write across processes.
    const dayKey = this.#forcedTodayKey();
    const forcedToday = Number(await this.#op(() => store.get(dayKey))) || 0;
    if (forcedToday >= maxForcedPerDay) {
      await this.#op(() => store.set(this.#forceKey, 'refused', minForceIntervalMs));
      return this.#skipped('rate-limited');
    }
    await this.#op(() => store.set(dayKey, String(forcedToday + 1), DAY_MS + 3_600_000));
    await this.#op(() => store.compareAndDelete(this.key, raw!));
    this.#local.forget(failed);
    return RETRY;
  }

  /**
   * Another caller holds the force key. While its refresh is pending, wait (briefly) until it has
   * dropped the failing value, so that the retry does not read it again; if a forced refresh already
   * happened and the value is still `failed`, the new value fails too: no retry.
   */
  async #awaitOtherInvalidation(failed: string): Promise<Invalidation> {
    const { store, waitTimeoutMs } = this.#o;
    const deadline = Date.now() + waitTimeoutMs;
    for (;;) {
      // The force key first: a refresh stores its value before it marks the force key `done`, so a
      // value read after the mark is at least that new.
      const force = await this.#op(() => store.get(this.#forceKey));
      const now = parseStored(await this.#op(() => store.get(this.key)));
      if (!now || now.v !== failed) {
        this.#skipped('already-replaced');
        return RETRY;
      }
      if (force !== 'pending' || Date.now() > deadline) return this.#skipped('rate-limited');
      await sleep(10);
    }
  }

  #refresh(): Promise<string> {
    this.#inflight ??= this.#refreshAcrossProcesses().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** Refresh-ahead: takes the lock if it is free and refreshes; never waits, never throws. */
  #refreshInBackground() {
    if (this.#inflight || this.#background) return;
    this.#background = (async () => {
      if (await this.#backoff()) return;
      if (!(await this.#lock())) return;
      try {
        const current = await this.#read();
        if (this.#state(current) !== 'fresh') await this.#fetchAndStore();
      } finally {
        await this.#unlock();
      }
    })()
      .catch(() => {})
      .finally(() => {
        this.#background = undefined;
      });
  }

  async #refreshAcrossProcesses(): Promise<string> {
    const { waitTimeoutMs } = this.#o;
    const started = Date.now();
    // The wait is bounded per lock holder: when the lock changes hands (its holder died and its lock
    // expired, and another process took it), the new holder gets a full waitTimeoutMs too, so a
    // slow WeChat behind a second holder does not fail every waiter.
    let holder: string | undefined;
    let holderSince = started;
    let pause = 20;
    for (;;) {
      const backoff = await this.#backoff();
      if (backoff) {
        this.#skipped(backoff.quota ? 'cooling-down' : 'backing-off');
        throw new CredentialError(
          backoff.quota
            ? 'WeChat said the daily quota is used up (45009); not fetching again yet'
            : `the last fetch failed (${backoff.message}); not fetching again yet`,
          this.key,
        );
      }
      if (await this.#lock()) {
        try {
          // Another process may have refreshed between our read and our lock.
          const current = await this.#read();
          if (this.#state(current) === 'fresh') return current!.v;
          return await this.#fetchAndStore();
        } finally {
          await this.#unlock();
        }
      }
      // Someone else is refreshing: wait for their value.
      await sleep(pause);
      pause = Math.min(pause * 2, 200);
      const current = await this.#read();
      const state = this.#state(current);
      const now = await this.#lockHolder();
      if (state === 'fresh' || (state === 'aging' && now === undefined)) {
        this.#o.events.onLockWaited?.({ key: this.key, waitedMs: Date.now() - started });
        return current!.v;
      }
      if (now !== undefined && now !== holder) {
        holder = now;
        holderSince = Date.now();
      }
      if (Date.now() - holderSince > waitTimeoutMs) {
        throw new CredentialError(
          `waited ${Date.now() - started} ms for another process to refresh it (${waitTimeoutMs} ms for its current lock holder)`,
          this.key,
        );
      }
    }
  }

  async #fetchAndStore(): Promise<string> {
    const { store } = this.#o;
    const force = (await this.#op(() => store.get(this.#forceKey))) === 'pending';
    const fetched = await this.#fetch(force, false);
    try {
      await this.#op(() => store.set(this.key, JSON.stringify(fetched), fetched.life));
      if (force) await this.#op(() => store.set(this.#forceKey, 'done', this.#o.minForceIntervalMs));
    } catch {
      // The value is good even if the store missed it; the next caller meets the store error itself.
    }
    return fetched.v;
  }

  /** One fetch from WeChat, bounded by the lock TTL; a failure is recorded as a backoff. */
  async #fetch(force: boolean, direct: boolean): Promise<Stored> {
    const started = Date.now();
    const signal = AbortSignal.timeout(Math.max(1, Math.floor(this.#o.lockTtlMs * 0.9)));
    let stored: Stored;
    try {
      const fetched = await this.#o.fetch(force, signal);
      if (typeof fetched?.value !== 'string' || !fetched.value || !(fetched.expiresIn > 0)) {
        throw new CredentialError('WeChat returned no usable value', this.key);
      }
      stored = toStored(fetched.value, fetched.expiresIn);
    } catch (raw) {
      const err = signal.aborted
        ? new CredentialError(`the fetch outlived the refresh lock (${this.#o.lockTtlMs} ms)`, this.key, {
            cause: raw,
          })
        : raw;
      const quota = err instanceof WechatApiError && err.errcode === QUOTA_ERRCODE;
      const backoffMs = quota
        ? this.#o.quotaCooldownMs
        : (this.#o.backoffFor?.(err) ?? this.#o.failureBackoffMs);
      this.#o.events.onFetchFailed?.({ key: this.key, error: err, backoffMs });
      if (direct) this.#local.fail(backoffMs, quota, messageOf(err));
      else if (backoffMs > 0) {
        const value = JSON.stringify({ quota, message: messageOf(err) } satisfies Backoff);
        await this.#o.store.set(this.#backoffKey, value, backoffMs).catch(() => {});
      }
      throw err;
    }
    this.#local.follow(stored);
    this.#o.events.onFetched?.({ key: this.key, forced: force, direct, durationMs: Date.now() - started });
    return stored;
  }

  async #backoff(): Promise<Backoff | undefined> {
    const raw = await this.#op(() => this.#o.store.get(this.#backoffKey));
    return raw ? (parseBackoff(raw) ?? { quota: false, message: 'unknown' }) : undefined;
  }

  #lock() {
    return this.#op(() => this.#o.store.setIfAbsent(this.#lockKey, this.#owner, this.#o.lockTtlMs));
  }

  async #unlock() {
    // If this fails the lock simply expires.
    await this.#o.store.compareAndDelete(this.#lockKey, this.#owner).catch(() => {});
  }

  /** Who holds the refresh lock now (an owner id), or undefined when nobody does. */
  #lockHolder(): Promise<string | undefined> {
    return this.#op(() => this.#o.store.get(this.#lockKey));
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
      const fetched = await this.#fetch(false, true);
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

/** What invalidating a failing token decided: retry with a new one, or not and why. */
export interface Invalidation {
  retry: boolean;
  skipped?: RefreshSkipReason;
}
const RETRY: Invalidation = { retry: true };

function parseBackoff(raw: string): Backoff | undefined {
  try {
    const b = JSON.parse(raw) as Backoff;
    return typeof b.quota === 'boolean' && typeof b.message === 'string' ? b : undefined;
  } catch {
    return undefined;
  }
}

/** A short message for other processes: errors here never carry secrets (the HTTP layer scrubs them). */
const messageOf = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
