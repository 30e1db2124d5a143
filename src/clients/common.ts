// What every client factory shares: HTTP settings, the store, and turning credentials into a TokenSource.
import { CredentialError } from '../errors.js';
import type { HttpConfig, TokenSource } from '../http/caller.js';
import type { TokenKind } from '../http/endpoint.js';
import type { Credential, CredentialEvents } from '../tokens/credential.js';
import type { Store } from '../tokens/store.js';

export interface ClientOptions extends HttpConfig {
  /** Where tokens and tickets live (default: in memory, right for one process; use wxkit/redis for many). */
  store?: Store;
  /** Metrics hooks of the token layer: fetched, refresh skipped, lock waited. */
  tokenEvents?: CredentialEvents;
  /** Refresh tokens this long before they expire (ms, default 5 min). */
  refreshAheadMs?: number;
  /** At most one forced token refresh per this interval (ms, default 30 s). */
  minForceIntervalMs?: number;
  /** Lock TTL for refreshes across processes (ms, default 10 s). */
  lockTtlMs?: number;
  /**
   * When the store fails (Redis down): `fail` (default) throws a CredentialError; `fetch-direct`
   * fetches tokens without the lock, once per process, until the store answers again.
   */
  onStoreError?: 'fail' | 'fetch-direct';
}

export const credentialTuning = (o: ClientOptions) => ({
  ...(o.tokenEvents ? { events: o.tokenEvents } : {}),
  ...(o.refreshAheadMs !== undefined ? { refreshAheadMs: o.refreshAheadMs } : {}),
  ...(o.minForceIntervalMs !== undefined ? { minForceIntervalMs: o.minForceIntervalMs } : {}),
  ...(o.lockTtlMs !== undefined ? { lockTtlMs: o.lockTtlMs } : {}),
  ...(o.onStoreError ? { onStoreError: o.onStoreError } : {}),
});

/** A TokenSource over named credentials. */
export function tokenSource(
  credentials: Partial<Record<Exclude<TokenKind, 'none'>, Credential>>,
): TokenSource {
  const pick = (kind: Exclude<TokenKind, 'none'>) => {
    const c = credentials[kind];
    if (!c) throw new CredentialError(`this client has no ${kind}`, kind);
    return c;
  };
  return {
    get: (kind) => pick(kind).get(),
    invalidate: (kind, failed) => pick(kind).invalidate(failed),
  };
}

export const httpConfig = (o: HttpConfig): HttpConfig => ({
  ...(o.hosts ? { hosts: o.hosts } : {}),
  ...(o.fetch ? { fetch: o.fetch } : {}),
  ...(o.timeout !== undefined ? { timeout: o.timeout } : {}),
  ...(o.retries !== undefined ? { retries: o.retries } : {}),
  ...(o.validateResponse ? { validateResponse: o.validateResponse } : {}),
  ...(o.hooks ? { hooks: o.hooks } : {}),
});

/** The options a child client (a corp's, an authorizer's) inherits: HTTP and token tuning, never secrets. */
export const clientTuning = (o: ClientOptions): ClientOptions => ({
  ...httpConfig(o),
  ...(o.tokenEvents ? { tokenEvents: o.tokenEvents } : {}),
  ...(o.refreshAheadMs !== undefined ? { refreshAheadMs: o.refreshAheadMs } : {}),
  ...(o.minForceIntervalMs !== undefined ? { minForceIntervalMs: o.minForceIntervalMs } : {}),
  ...(o.lockTtlMs !== undefined ? { lockTtlMs: o.lockTtlMs } : {}),
  ...(o.onStoreError ? { onStoreError: o.onStoreError } : {}),
});
