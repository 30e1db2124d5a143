// The small pieces under MessageCrypto's hot path: the strict base64 check that decodes as it checks,
// the constant-time compare, and the pooled random bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomFromPool, randomUint40, safeEqual, strictBase64 } from '../../src/crypto/internal.js';

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

describe('randomFromPool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(randomFromPool(16).toString('hex'));
    expect(seen.size).toBe(2000);
  });

  it('draws 40-bit integers', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const n = randomUint40();
      expect(Number.isInteger(n) && n >= 0 && n < 2 ** 40).toBe(true);
      seen.add(n);
    }
    expect(seen.size).toBe(1000);
  });

  it('returns copies the caller may keep', () => {
    const a = randomFromPool(16);
    const copy = Buffer.from(a);
    for (let i = 0; i < 600; i++) randomFromPool(16);
    expect(a.equals(copy)).toBe(true);
  });
});
