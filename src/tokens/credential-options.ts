// The options and hooks of a Credential (see credential.ts for how they act together).
import type { Store } from './store.js';

export interface FetchedCredential {
  value: string;
  /** Seconds, as WeChat says (`expires_in`). */
  expiresIn: number;
}

export type RefreshSkipReason =
  /** The failing value was already replaced (or dropped) by someone else: retry with the current one. */
  | 'already-replaced'
  /** A forced refresh happened less than `minForceIntervalMs` ago, or the daily budget is used up. */
  | 'rate-limited'
  /** WeChat said 45009 (quota used up) less than `quotaCooldownMs` ago. */
  | 'cooling-down'
  /** The last fetch failed less than its backoff ago. */
  | 'backing-off';

export interface CredentialEvents {
  /** A value was fetched from WeChat (`forced` after an invalidation, `direct` without the store). */
  onFetched?(info: { key: string; forced: boolean; direct: boolean; durationMs: number }): void;
  /** A fetch from WeChat failed (the error is also thrown to the caller). */
  onFetchFailed?(info: { key: string; error: unknown; backoffMs: number }): void;
  /** A caller waited for another holder's lock. */
  onLockWaited?(info: { key: string; waitedMs: number }): void;
  /** A refresh did not happen; see the reasons. */
  onRefreshSkipped?(info: { key: string; reason: RefreshSkipReason }): void;
  /**
   * The store failed; `fallback` says what happened next: `last-value` (the still-valid value this
   * process last read was served), `fetch-direct`, or `fail`.
   */
  onStoreError?(info: {
    key: string;
    error: unknown;
    fallback: 'fail' | 'fetch-direct' | 'last-value';
  }): void;
}

export interface CredentialOptions {
  /** Store key, e.g. `oa:wx123:access_token`: namespaced by kind and account so two never collide. */
  key: string;
  /**
   * Fetches a new value from WeChat. `force` asks for a new one even if WeChat would return the
   * current one. `signal` aborts when the refresh lock is about to expire, so that a slow fetch
   * never overlaps another process's.
   */
  fetch: (force: boolean, signal: AbortSignal) => Promise<FetchedCredential>;
  store: Store;
  /** Refresh when less than this much life is left (ms, default 5 min; at most half the lifetime). */
  refreshAheadMs?: number;
  /** A lock holder that dies blocks others for at most this long (ms, default 10 s). */
  lockTtlMs?: number;
  /** How long a caller waits for another process's refresh before giving up (ms, default lockTtlMs + 2 s). */
  waitTimeoutMs?: number;
  /** At most one forced refresh per this interval (ms, default 30 s: stable_token's own limit). */
  minForceIntervalMs?: number;
  /** At most this many forced refreshes per day, Beijing time (default 20: stable_token's own limit). */
  maxForcedPerDay?: number;
  /** After WeChat says 45009 (quota used up), no fetch is tried for this long (ms, default 60 s). */
  quotaCooldownMs?: number;
  /** After a failed fetch, callers fail fast for this long instead of fetching again (ms, default 1 s). */
  failureBackoffMs?: number;
  /** A longer (or shorter) backoff for some errors, e.g. a ticket error that only the next push can fix. */
  backoffFor?: (error: unknown) => number | undefined;
  /**
   * When the store fails, a process first keeps serving the still-valid value it last read (no call
   * that needs no new value fails). When a new value is needed: `fail` (default) throws a
   * CredentialError; `fetch-direct` fetches without the lock (once per process) and serves that
   * value until the store answers again.
   */
  onStoreError?: 'fail' | 'fetch-direct';
  events?: CredentialEvents;
}
