import * as nodeCrypto from 'node:crypto';
import { createHash, randomFillSync } from 'node:crypto';

// crypto.hash (Node ≥ 20.12) digests in one call, without a Hash object: two of them per push.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string) => string }).hash;

/** SHA-1 of the UTF-8 bytes of `input`, as lowercase hex (the form every WeChat signature uses). */
export const sha1Hex: (input: string) => string = oneShot
  ? (input) => oneShot('sha1', input)
  : (input) => createHash('sha1').update(input, 'utf8').digest('hex');

/**
 * Constant-time equality for signatures (every character is looked at, whatever differs first). A
 * length difference is reported as a mismatch right away: the length of a SHA-1 hex digest is
 * public, so that leaks nothing.
 */
export function safeEqual(actual: string, expected: string): boolean {
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= actual.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

/**
 * Standard, padded base64: alphabet [A-Za-z0-9+/], `=` only as trailing padding, length % 4 === 0.
 * Node's decoder silently skips characters outside the alphabet (and stops at a `=` inside the
 * text), so a string is strict base64 exactly when its decoding is as long as its length promises
 * and it holds none of the URL-safe characters (`-`, `_`) that the decoder also accepts.
 * Returns the decoded bytes, or undefined when the text is not strict base64.
 */
export function strictBase64(value: string): Buffer | undefined {
  const length = value.length;
  if (length % 4 !== 0 || value.includes('-') || value.includes('_')) return undefined;
  const pad =
    length === 0 || value.charCodeAt(length - 1) !== 0x3d ? 0 : value.charCodeAt(length - 2) === 0x3d ? 2 : 1;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === (length / 4) * 3 - pad ? bytes : undefined;
}

export const isStrictBase64 = (value: string): boolean => strictBase64(value) !== undefined;

// Random bytes drawn from the OS in blocks rather than one system call per reply: the random prefix
// and the nonce of every encrypted reply come from here. Each byte is handed out once.
const POOL_SIZE = 4096;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let poolOffset = POOL_SIZE;

/** The offset of `size` (≤ 4096) fresh random bytes in the pool, refilled from the OS CSPRNG. */
function take(size: number): number {
  if (poolOffset + size > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const at = poolOffset;
  poolOffset += size;
  return at;
}

/** Copies `size` fresh random bytes into `target` at `offset`. */
export function fillRandom(target: Uint8Array, offset: number, size: number): void {
  const at = take(size);
  pool.copy(target, offset, at, at + size);
}

/** A random 10-digit nonce, first digit not 0 (the form WeChat's own samples use). */
export function randomNonce(): string {
  // Two 5-digit halves from 31 random bits each: small integers print fast. The modulo bias
  // (under 0.01%) is harmless for a nonce.
  const at = take(8);
  const high = 10_000 + ((pool.readInt32LE(at) & 0x7fffffff) % 90_000);
  const low = (pool.readInt32LE(at + 4) & 0x7fffffff) % 100_000;
  return low < 10_000 ? `${high}${String(low).padStart(5, '0')}` : `${high}${low}`;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string of letters and digits (a JS-SDK nonceStr); the modulo bias is harmless for a nonce. */
export function randomAlphanumeric(length: number): string {
  const at = take(length);
  let out = '';
  for (let i = at; i < at + length; i++) out += ALPHANUMERIC[pool[i]! % ALPHANUMERIC.length];
  return out;
}
