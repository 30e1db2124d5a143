import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-1 of the UTF-8 bytes of `input`, as lowercase hex (the form every WeChat signature uses). */
export function sha1Hex(input: string): string {
  return createHash('sha1').update(input, 'utf8').digest('hex');
}

/**
 * Constant-time equality for signatures. A length difference is reported as a mismatch right away:
 * the length of a SHA-1 hex digest is public, so that leaks nothing.
 */
export function safeEqual(actual: string, expected: string): boolean {
  const a = Buffer.from(actual, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

// Node's base64 decoder silently skips characters outside the alphabet, so validate first.
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard, padded base64: alphabet [A-Za-z0-9+/], `=` only as trailing padding, length % 4 === 0. */
export function isStrictBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64_RE.test(value);
}
