// What the parts of a Credential (credential.ts, refresh.ts, invalidation.ts) share: its settings,
// and its view of the Store: the value's side keys (refresh lock, force marker, backoff, per-day
// count), where every failing store call becomes a StoreFailure so it can be told from a fetch error.
import type { CredentialEvents, CredentialOptions, RefreshSkipReason } from './credential-options.js';
import type { Invalidation } from './invalidation.js';
import { keys } from './keys.js';
import type { LocalFallback } from './local-fallback.js';
import type { freshness, Stored } from './stored.js';

export type Settings = Required<Omit<CredentialOptions, 'events' | 'backoffFor'>> &
  Pick<CredentialOptions, 'backoffFor'> & { events: CredentialEvents };

/** A store call failed; get() turns it into a CredentialError or a direct fetch. */
export class StoreFailure extends Error {}

/** A short message for other processes: errors here never carry secrets (the HTTP layer scrubs them). */
export const messageOf = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

export const toStoreFailure = (err: unknown): never => {
  throw new StoreFailure(messageOf(err), { cause: err });
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the backoff key holds: why fetching is paused, cluster-wide. */
export interface Backoff {
  quota: boolean;
  message: string;
}

export function parseBackoff(raw: string): Backoff | undefined {
  try {
    const b = JSON.parse(raw) as Backoff;
    return typeof b.quota === 'boolean' && typeof b.message === 'string' ? b : undefined;
  } catch {
    return undefined;
  }
}

/** The store calls a Credential makes, each failing as a StoreFailure (except the best-effort ones). */
export class CredentialStore {
  constructor(
    readonly key: string,
    readonly o: Settings,
    /** This Credential's id as a lock holder. */
    readonly owner: string,
  ) {}

  get lockKey() {
    return keys.credentialLock(this.key);
  }
  get forceKey() {
    return keys.credentialForce(this.key);
  }
  get backoffKey() {
    return keys.credentialBackoff(this.key);
  }
  forcedTodayKey(now = Date.now()) {
    // WeChat's daily limits reset at midnight Beijing time (UTC+8).
    return keys.credentialForcedOn(this.key, new Date(now + 8 * 3_600_000).toISOString().slice(0, 10));
  }

  /** Runs a store call; its failure becomes a StoreFailure so that callers can tell it from a fetch error. */
  async op<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      return toStoreFailure(err);
    }
  }

  async backoff(): Promise<Backoff | undefined> {
    const raw = await this.op(() => this.o.store.get(this.backoffKey));
    return raw ? (parseBackoff(raw) ?? { quota: false, message: 'unknown' }) : undefined;
  }

  /** Best effort: a store that misses it only means the next process fetches sooner. */
  async recordBackoff(backoff: Backoff, ms: number): Promise<void> {
    await this.o.store.set(this.backoffKey, JSON.stringify(backoff), ms).catch(() => {});
  }

  lock() {
    return this.op(() => this.o.store.setIfAbsent(this.lockKey, this.owner, this.o.lockTtlMs));
  }

  async unlock() {
    // If this fails the lock simply expires.
    await this.o.store.compareAndDelete(this.lockKey, this.owner).catch(() => {});
  }

  /** Who holds the refresh lock now (an owner id), or undefined when nobody does. */
  lockHolder(): Promise<string | undefined> {
    return this.op(() => this.o.store.get(this.lockKey));
  }
}

/** What refresh.ts and invalidation.ts are given by their Credential. */
export interface CredentialParts {
  readonly key: string;
  readonly o: Settings;
  readonly side: CredentialStore;
  readonly local: LocalFallback;
  /** The stored value (parsed once per change); a failing store rejects with a StoreFailure. */
  read(): Promise<Stored | undefined>;
  state(s: Stored | undefined): ReturnType<typeof freshness>;
  /** Reports a skipped refresh (onRefreshSkipped) and says whether a retry still makes sense. */
  skipped(reason: RefreshSkipReason): Invalidation;
}
