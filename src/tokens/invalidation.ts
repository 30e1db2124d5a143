// A call failed with a token-invalid errcode: drop the stored value, once across processes, and only
// while it is still the failing one; forced refreshes are rate-limited per interval and per day.
// Separate from credential.ts because it is its own small protocol over the force and per-day keys.

import type { RefreshSkipReason } from './credential-options.js';
import type { CredentialParts } from './credential-store.js';
import { sleep } from './credential-store.js';
import { parseStored } from './stored.js';

/** What invalidating a failing token decided: retry with a new one, or not and why. */
export interface Invalidation {
  retry: boolean;
  skipped?: RefreshSkipReason;
}
export const RETRY: Invalidation = { retry: true };

const DAY_MS = 86_400_000;

/** Drops the stored value if it is still `failed` and a forced refresh is allowed now. */
export async function invalidateStored(c: CredentialParts, failed: string): Promise<Invalidation> {
  const { store, minForceIntervalMs, maxForcedPerDay } = c.o;
  const { side } = c;
  const raw = await side.op(() => store.get(c.key));
  const s = parseStored(raw);
  if (!s || s.v !== failed) {
    c.skipped('already-replaced');
    return RETRY;
  }
  if (!(await side.op(() => store.setIfAbsent(side.forceKey, 'pending', minForceIntervalMs)))) {
    return awaitOtherInvalidation(c, failed);
  }
  // Winning the force key serializes this read-modify-write across processes.
  const dayKey = side.forcedTodayKey();
  const forcedToday = Number(await side.op(() => store.get(dayKey))) || 0;
  if (forcedToday >= maxForcedPerDay) {
    await side.op(() => store.set(side.forceKey, 'refused', minForceIntervalMs));
    return c.skipped('rate-limited');
  }
  await side.op(() => store.set(dayKey, String(forcedToday + 1), DAY_MS + 3_600_000));
  await side.op(() => store.compareAndDelete(c.key, raw!));
  c.local.forget(failed);
  return RETRY;
}

/**
 * Another caller holds the force key. While its refresh is pending, wait (briefly) until it has
 * dropped the failing value, so that the retry does not read it again; if a forced refresh already
 * happened and the value is still `failed`, the new value fails too: no retry.
 */
async function awaitOtherInvalidation(c: CredentialParts, failed: string): Promise<Invalidation> {
  const { store, waitTimeoutMs } = c.o;
  const deadline = Date.now() + waitTimeoutMs;
  for (;;) {
    // The force key first: a refresh stores its value before it marks the force key `done`, so a
    // value read after the mark is at least that new.
    const force = await c.side.op(() => store.get(c.side.forceKey));
    const now = parseStored(await c.side.op(() => store.get(c.key)));
    if (!now || now.v !== failed) {
      c.skipped('already-replaced');
      return RETRY;
    }
    if (force !== 'pending' || Date.now() > deadline) return c.skipped('rate-limited');
    await sleep(10);
  }
}
