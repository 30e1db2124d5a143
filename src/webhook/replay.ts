// Replay protection for the in-memory store: a push is handled at most once for as long as its
// timestamp is accepted (timestampWindowSeconds), without keeping the whole push for that long. The
// duplicate store keeps a push's answer for dedupTtlMs (WeChat's retries come within seconds); this
// keeps only a compact fingerprint until the push's timestamp leaves the window, expired by time
// bucket, with a bound on entries. When the bound is reached the oldest bucket is dropped and its
// time becomes the floor: a push whose timestamp is older than what is still remembered is refused,
// never forgotten, so replay protection does not lapse under load.
import { sha1Hex } from '../crypto/internal.js';

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

/** A 96-bit fingerprint of a duplicate key (24 hex characters): compact, collisions negligible. */
export const fingerprint = (key: string): string => sha1Hex(key).slice(0, 24);
