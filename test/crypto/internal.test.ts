// The small pieces under MessageCrypto's hot path: the strict base64 check that decodes as it checks,
// the constant-time compare, and the pooled random bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillRandom,
  randomAlphanumeric,
  randomNonce,
  safeEqual,
  strictBase64,
} from '../../src/crypto/internal.js';

const STRICT = /^[A-Za-z0-9+/]*={0,2}$/;

describe('strictBase64', () => {
  it.each([
    ['', true],
    ['QUJD', true],
    ['QUI=', true],
    ['QQ==', true],
    ['QU=D', false],
    ['Q===', false],
    ['=QQQ', false],
    ['QQ=A', false],
    ['QUJDQUI=QUJD', false],
    ['QUJ*', false],
    ['QU D', false],
    ['QUJD\n', false],
    ['QUJ-', false],
    ['QUJ_', false],
    ['QUJDQ', false],
  ])('%j → %s', (text, ok) => {
    expect(strictBase64(text) !== undefined).toBe(ok);
  });

  it('agrees with the strict pattern on any text, and decodes what it accepts', () => {
    const alphabet = fc.constantFrom(...'ABCDQUxyz019+/=-_ *\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const strict = text.length % 4 === 0 && STRICT.test(text);
        const bytes = strictBase64(text);
        expect(bytes !== undefined, JSON.stringify(text)).toBe(strict);
        if (bytes) expect(bytes.equals(Buffer.from(text, 'base64'))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('safeEqual', () => {
  it('is equality', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(safeEqual(a, b)).toBe(a === b);
        expect(safeEqual(a, a)).toBe(true);
      }),
    );
  });
});

const randomBytes16 = () => {
  const out = Buffer.alloc(16);
  fillRandom(out, 0, 16);
  return out;
};

describe('the random pool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(randomBytes16().toString('hex'));
    expect(seen.size).toBe(2000);
  });

  it('draws alphanumeric strings of the asked length, every character in use', () => {
    const seen = new Set<string>();
    const chars = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const s = randomAlphanumeric(16);
      expect(s).toMatch(/^[A-Za-z0-9]{16}$/);
      seen.add(s);
      for (const c of s) chars.add(c);
    }
    expect(seen.size).toBe(500);
    expect(chars.size).toBe(62);
  });

  it('draws 10-digit nonces, every digit position used', () => {
    const seen = new Set<string>();
    const digits = Array.from({ length: 10 }, () => new Set<string>());
    for (let i = 0; i < 2000; i++) {
      const n = randomNonce();
      expect(n).toMatch(/^[1-9]\d{9}$/);
      seen.add(n);
      for (let d = 0; d < 10; d++) digits[d]!.add(n[d]!);
    }
    expect(seen.size).toBe(2000);
    expect(digits[0]!.size).toBe(9);
    for (const d of digits.slice(1)) expect(d.size).toBe(10);
  });

  it('fills only the bytes asked for, and they stay as written across refills', () => {
    const target = Buffer.alloc(24);
    fillRandom(target, 4, 16);
    expect(target.subarray(0, 4).equals(Buffer.alloc(4))).toBe(true);
    expect(target.subarray(20).equals(Buffer.alloc(4))).toBe(true);
    const copy = Buffer.from(target);
    for (let i = 0; i < 600; i++) randomBytes16();
    expect(target.equals(copy)).toBe(true);
  });
});
