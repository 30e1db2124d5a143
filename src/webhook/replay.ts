// Replay protection for the in-memory store: a push is handled at most once for as long as its
// timestamp is accepted (timestampWindowSeconds), without keeping the whole push for that long. The
// duplicate store keeps a push's answer for dedupTtlMs (WeChat's retries come within seconds); this
// keeps only a compact fingerprint until the push's timestamp leaves the window, expired by time
// bucket, with a bound on entries. When the bound is reached the oldest bucket is dropped and its
// time becomes the floor: a push whose timestamp is older than what is still remembered is refused,
// never forgotten, so replay protection does not lapse under load.

/** Seconds per expiry bucket: a sweep drops whole buckets. */
const BUCKET_S = 5;

export type ReplayVerdict = 'new' | 'seen';

export class ReplayGuard {
  /** Fingerprint -> when it may be forgotten (unix s). */
  readonly #expiry = new Map<string, number>();
  /** Expiry bucket (unix s) -> the fingerprints expiring in it. */
  readonly #buckets = new Map<number, string[]>();
  /** Pushes that expire at or before this (unix s) can no longer be checked: they were dropped. */
  #floor = 0;
  #sweptAt = 0;

  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.#expiry.size;
  }

  /** True when a push expiring at `expiresAt` is older than anything the guard still remembers. */
  tooOld(expiresAt: number): boolean {
    return expiresAt <= this.#floor;
  }

  /** Remembers the push until `expiresAt` (unix s); 'seen' when it was remembered already. */
  check(fingerprint: string, expiresAt: number, now: number): ReplayVerdict {
    if (now !== this.#sweptAt) this.#sweep(now);
    const known = this.#expiry.get(fingerprint);
    if (known !== undefined && known > now) return 'seen';
    while (this.#expiry.size >= this.maxEntries) this.#dropOldestBucket();
    this.#expiry.set(fingerprint, expiresAt);
    const bucket = Math.ceil(expiresAt / BUCKET_S) * BUCKET_S;
    const keys = this.#buckets.get(bucket);
    if (keys) keys.push(fingerprint);
    else this.#buckets.set(bucket, [fingerprint]);
    return 'new';
  }

  #sweep(now: number): void {
    this.#sweptAt = now;
    for (const [bucket, keys] of this.#buckets) if (bucket <= now) this.#drop(bucket, keys);
  }

  #dropOldestBucket(): void {
    let oldest = Number.POSITIVE_INFINITY;
    for (const bucket of this.#buckets.keys()) if (bucket < oldest) oldest = bucket;
    const keys = this.#buckets.get(oldest);
    if (!keys) return;
    this.#floor = Math.max(this.#floor, oldest);
    this.#drop(oldest, keys);
  }

  #drop(bucket: number, keys: string[]): void {
    for (const k of keys) {
      const e = this.#expiry.get(k);
      if (e !== undefined && Math.ceil(e / BUCKET_S) * BUCKET_S === bucket) this.#expiry.delete(k);
    }
    this.#buckets.delete(bucket);
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
  /** Fingerprint -> the marker or the answer; whole buckets of them expire together. */
  readonly #values = new Map<string, string>();
  /** Expiry second -> fingerprints set in it (an answer may outlive its TTL by up to a second). */
  readonly #buckets = new Map<number, string[]>();
  #sweptAt = 0;

  constructor(readonly ttlMs: number) {}

  /** Sets the value unless one is live; true when it was set. */
  setIfAbsent(fp: string, value: string, now = Date.now()): boolean {
    this.#sweep(now);
    if (this.#values.has(fp)) return false;
    this.set(fp, value, now);
    return true;
  }

  get(fp: string, now = Date.now()): string | undefined {
    this.#sweep(now);
    return this.#values.get(fp);
  }

  /** Sets the value; it expires with the bucket of its first setting (a claim's TTL, not extended). */
  set(fp: string, value: string, now = Date.now()): void {
    if (!this.#values.has(fp)) {
      const at = Math.ceil((now + this.ttlMs) / 1000);
      const keys = this.#buckets.get(at);
      if (keys) keys.push(fp);
      else this.#buckets.set(at, [fp]);
    }
    this.#values.set(fp, value);
  }

  get size(): number {
    return this.#values.size;
  }

  #sweep(now: number): void {
    const second = Math.floor(now / 1000);
    if (second === this.#sweptAt) return;
    this.#sweptAt = second;
    for (const [at, keys] of this.#buckets) {
      if (at > second) continue;
      for (const k of keys) this.#values.delete(k);
      this.#buckets.delete(at);
    }
  }
}
