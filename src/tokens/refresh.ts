// Getting a new value from WeChat: under the store's refresh lock so N processes fetch once, waiting
// for another process's value otherwise, each fetch bounded by the lock TTL and its failure recorded
// as a cluster-wide backoff (45009: the quota cooldown). credential.ts decides when to refresh.
import { errcodes } from '../../generated/errors.js';
import { CredentialError, WechatApiError } from '../errors.js';
import { type CredentialParts, messageOf, sleep } from './credential-store.js';
import { type Stored, toStored } from './stored.js';

/** errcodes.yaml's api_daily_quota_reached (45009): back off for the quota cooldown, not a second. */
const QUOTA_ERRCODE = Number(
  Object.keys(errcodes).find((code) => errcodes[code]!.name === 'api_daily_quota_reached'),
);

/** Fetches (once, cluster-wide) and returns the new value, or another process's. */
export async function refreshAcrossProcesses(c: CredentialParts): Promise<string> {
  const { waitTimeoutMs } = c.o;
  const started = Date.now();
  // The wait is bounded per lock holder: when the lock changes hands (its holder died and its lock
  // expired, and another process took it), the new holder gets a full waitTimeoutMs too, so a
  // slow WeChat behind a second holder does not fail every waiter.
  let holder: string | undefined;
  let holderSince = started;
  let pause = 20;
  for (;;) {
    const backoff = await c.side.backoff();
    if (backoff) {
      c.skipped(backoff.quota ? 'cooling-down' : 'backing-off');
      throw new CredentialError(
        backoff.quota
          ? 'WeChat said the daily quota is used up (45009); not fetching again yet'
          : `the last fetch failed (${backoff.message}); not fetching again yet`,
        c.key,
      );
    }
    if (await c.side.lock()) {
      try {
        // Another process may have refreshed between our read and our lock.
        const current = await c.read();
        if (c.state(current) === 'fresh') return current!.v;
        return await fetchAndStore(c);
      } finally {
        await c.side.unlock();
      }
    }
    // Someone else is refreshing: wait for their value.
    await sleep(pause);
    pause = Math.min(pause * 2, 200);
    const current = await c.read();
    const state = c.state(current);
    const now = await c.side.lockHolder();
    if (state === 'fresh' || (state === 'aging' && now === undefined)) {
      c.o.events.onLockWaited?.({ key: c.key, waitedMs: Date.now() - started });
      return current!.v;
    }
    if (now !== undefined && now !== holder) {
      holder = now;
      holderSince = Date.now();
    }
    if (Date.now() - holderSince > waitTimeoutMs) {
      throw new CredentialError(
        `waited ${Date.now() - started} ms for another process to refresh it (${waitTimeoutMs} ms for its current lock holder)`,
        c.key,
      );
    }
  }
}

/** Refresh-ahead: takes the lock if it is free and refreshes; never waits (the caller ignores errors). */
export async function refreshIfLockFree(c: CredentialParts): Promise<void> {
  if (await c.side.backoff()) return;
  if (!(await c.side.lock())) return;
  try {
    const current = await c.read();
    if (c.state(current) !== 'fresh') await fetchAndStore(c);
  } finally {
    await c.side.unlock();
  }
}

/** Under the lock: fetch (forced if an invalidation asked for it) and store. */
async function fetchAndStore(c: CredentialParts): Promise<string> {
  const { store } = c.o;
  const force = (await c.side.op(() => store.get(c.side.forceKey))) === 'pending';
  const fetched = await fetchOnce(c, force, false);
  try {
    await c.side.op(() => store.set(c.key, JSON.stringify(fetched), fetched.life));
    if (force) await c.side.op(() => store.set(c.side.forceKey, 'done', c.o.minForceIntervalMs));
  } catch {
    // The value is good even if the store missed it; the next caller meets the store error itself.
  }
  return fetched.v;
}

/**
 * One fetch from WeChat, bounded by the lock TTL; a failure is recorded as a backoff (in the store,
 * or for a `direct` fetch while the store is down, in this process).
 */
export async function fetchOnce(c: CredentialParts, force: boolean, direct: boolean): Promise<Stored> {
  const started = Date.now();
  const signal = AbortSignal.timeout(Math.max(1, Math.floor(c.o.lockTtlMs * 0.9)));
  let stored: Stored;
  try {
    const fetched = await c.o.fetch(force, signal);
    if (typeof fetched?.value !== 'string' || !fetched.value || !(fetched.expiresIn > 0)) {
      throw new CredentialError('WeChat returned no usable value', c.key);
    }
    stored = toStored(fetched.value, fetched.expiresIn);
  } catch (raw) {
    const err = signal.aborted
      ? new CredentialError(`the fetch outlived the refresh lock (${c.o.lockTtlMs} ms)`, c.key, {
          cause: raw,
        })
      : raw;
    const quota = err instanceof WechatApiError && err.errcode === QUOTA_ERRCODE;
    const backoffMs = quota ? c.o.quotaCooldownMs : (c.o.backoffFor?.(err) ?? c.o.failureBackoffMs);
    c.o.events.onFetchFailed?.({ key: c.key, error: err, backoffMs });
    if (direct) c.local.fail(backoffMs, quota, messageOf(err));
    else if (backoffMs > 0) await c.side.recordBackoff({ quota, message: messageOf(err) }, backoffMs);
    throw err;
  }
  c.local.follow(stored);
  c.o.events.onFetched?.({ key: c.key, forced: force, direct, durationMs: Date.now() - started });
  return stored;
}
