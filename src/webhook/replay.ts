// Replay protection for the in-memory store: a push is handled at most once for as long as its
// timestamp is accepted (timestampWindowSeconds), without keeping the whole push for that long. The
// duplicate store keeps a push's answer for dedupTtlMs (WeChat's retries come within seconds); this
// keeps only a compact fingerprint until the push's timestamp leaves the window, expired by time
// bucket, with a bound on entries. When the bound is reached the oldest bucket is dropped and its
// time becomes the floor: a push whose timestamp is older than what is still remembered is refused,
// never forgotten, so replay protection does not lapse under load.

/**
 * Keys that expire by time bucket: a sweep (at most once per bucket) drops whole buckets, and with a
 * bound, reaching it drops the oldest bucket and remembers its time (`forgottenUntil`), so that the
 * caller can refuse what it can no longer tell apart instead of forgetting it. An entry lives until
 * the end of the bucket of its first setting.
 */
export class ExpiringMap<V> {
  readonly #values = new Map<string, V>();
  /** Bucket end (ms) -> the keys set to expire in it. */
  readonly #buckets = new Map<number, string[]>();
  #sweptBucket = 0;
  /** Entries expiring at or before this (ms) were dropped to respect the bound. */
  forgottenUntil = 0;

  constructor(
    readonly bucketMs: number,
    readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.#values.size;
  }

  get(key: string, now = Date.now()): V | undefined {
    this.#sweep(now);
    return this.#values.get(key);
  }

  /** Sets the value unless the key is live; true when it was set. */
  add(key: string, value: V, expiresAt: number, now = Date.now()): boolean {
    this.#sweep(now);
    if (this.#values.has(key)) return false;
    while (this.#values.size >= this.maxEntries) this.#dropOldest();
    this.set(key, value, expiresAt);
    return true;
  }

  /** Sets the value; a key already there keeps the expiry of its first setting. */
  set(key: string, value: V, expiresAt: number): void {
    if (!this.#values.has(key)) {
      const bucket = Math.ceil(expiresAt / this.bucketMs) * this.bucketMs;
      const keys = this.#buckets.get(bucket);
      if (keys) keys.push(key);
      else this.#buckets.set(bucket, [key]);
    }
    this.#values.set(key, value);
  }

  #sweep(now: number): void {
    const bucket = Math.floor(now / this.bucketMs);
    if (bucket === this.#sweptBucket) return;
    this.#sweptBucket = bucket;
    for (const [end, keys] of this.#buckets) if (end <= now) this.#drop(end, keys);
  }

  #dropOldest(): void {
    let oldest = Number.POSITIVE_INFINITY;
    for (const end of this.#buckets.keys()) if (end < oldest) oldest = end;
    const keys = this.#buckets.get(oldest);
    if (!keys) return;
    this.forgottenUntil = Math.max(this.forgottenUntil, oldest);
    this.#drop(oldest, keys);
  }

  #drop(end: number, keys: string[]): void {
    for (const k of keys) this.#values.delete(k);
    this.#buckets.delete(end);
  }
}

export type ReplayVerdict = 'new' | 'seen';

/** Push fingerprints until their timestamp leaves the window (5 s buckets, a bound on entries). */
export class ReplayGuard {
  readonly #seen: ExpiringMap<true>;

  constructor(maxEntries: number) {
    this.#seen = new ExpiringMap<true>(5_000, maxEntries);
  }

  get size(): number {
    return this.#seen.size;
  }

  /** True when a push expiring at `expiresAt` (unix s) is older than anything still remembered. */
  tooOld(expiresAt: number): boolean {
    return expiresAt * 1000 <= this.#seen.forgottenUntil;
  }

  /** Remembers the push until `expiresAt` (unix s); 'seen' when it was remembered already. */
  check(fingerprint: string, expiresAt: number, now: number): ReplayVerdict {
    return this.#seen.add(fingerprint, true, expiresAt * 1000, now * 1000) ? 'new' : 'seen';
  }
}

// A push's key is fingerprinted for its claim, its replay check and its answer, one after the
// other: the last one is remembered.
let lastKey = '';
let lastFingerprint = '';

/**
 * A 64-bit fingerprint of a duplicate key (two FNV-1a hashes, 13 base-36 characters): compact, cheap
 * (no crypto: the key is not secret, only its identity matters), collisions negligible for the
 * hundreds of thousands of pushes a window holds.
 */
export function fingerprint(key: string): string {
  if (key !== lastKey) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    lastKey = key;
    lastFingerprint = (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
  }
  return lastFingerprint;
}

/**
 * The answers kept for WeChat's retries when no store is configured: fingerprint -> the marker or
 * the plaintext answer, expired by one-second bucket after `ttlMs`. Far smaller per push than a
 * general store entry (no long key, no entry object), which is what bounds the webhook's memory
 * under a flood of unique pushes.
 */
export class AnswerCache {
  readonly #answers = new ExpiringMap<string>(1_000);

  constructor(readonly ttlMs: number) {}

  get size(): number {
    return this.#answers.size;
  }

  /** Sets the value unless one is live; true when it was set. */
  setIfAbsent(fp: string, value: string, now = Date.now()): boolean {
    return this.#answers.add(fp, value, now + this.ttlMs, now);
  }

  get(fp: string, now = Date.now()): string | undefined {
    return this.#answers.get(fp, now);
  }

  /** Sets the value; it expires with the claim it answers (the TTL is not extended). */
  set(fp: string, value: string, now = Date.now()): void {
    this.#answers.set(fp, value, now + this.ttlMs);
  }
}
