// How a credential sits in the store: `{ v, exp, life }` as JSON, and how fresh it is.

export interface Stored {
  v: string;
  /** Expiry, ms since epoch. */
  exp: number;
  /** Lifetime in ms, to place the refresh-ahead point. */
  life: number;
}

export function toStored(value: string, expiresInSeconds: number, now = Date.now()): Stored {
  const life = expiresInSeconds * 1000;
  return { v: value, exp: now + life, life };
}

/** Anything unreadable counts as absent: it is refetched rather than trusted. */
export function parseStored(raw: string | undefined): Stored | undefined {
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Stored;
    return typeof s?.v === 'string' && typeof s.exp === 'number' ? s : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `fresh`: serve it. `aging`: serve it and refresh in the background (less than `refreshAheadMs`,
 * at most half the lifetime, is left). `expired`: fetch before serving (a second of margin covers
 * the call's own latency).
 */
export function freshness(
  s: Stored | undefined,
  refreshAheadMs: number,
  now = Date.now(),
): 'fresh' | 'aging' | 'expired' {
  if (!s || s.exp <= now + 1_000) return 'expired';
  const ahead = Math.min(refreshAheadMs, (s.life || 0) / 2);
  return s.exp - now > ahead ? 'fresh' : 'aging';
}
