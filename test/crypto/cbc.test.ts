import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AesCbc } from '../../src/crypto/cbc.js';

// AesCbc keeps its cipher contexts for the life of the key. Held here against a fresh node:crypto
// AES-256-CBC context per call, over random sequences of calls on one instance: nothing may carry
// over from one message to the next.
const key = randomBytes(32);
const iv = key.subarray(0, 16);
const fresh = {
  encrypt: (plain: Buffer) =>
    Buffer.concat([createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false).update(plain)]),
  decrypt: (data: Buffer) =>
    Buffer.concat([createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false).update(data)]),
};
const blocks = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.uint8Array({ minLength: n * 16, maxLength: n * 16 }));
const call = fc.record({ op: fc.constantFrom('encrypt', 'decrypt'), data: blocks });

describe('AesCbc', () => {
  it('gives the bytes of a fresh AES-256-CBC context on every call of any sequence', () => {
    const aes = new AesCbc(key, iv);
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 16 }), (calls) => {
        for (const { op, data } of calls) {
          const input = Buffer.from(data);
          const want = fresh[op](Buffer.from(data));
          expect(aes[op](input).equals(want)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips, and refuses partial blocks without touching its contexts', () => {
    const aes = new AesCbc(key, iv);
    const plain = randomBytes(64);
    expect(() => aes.encrypt(Buffer.alloc(15))).toThrow(RangeError);
    expect(() => aes.decrypt(Buffer.alloc(17))).toThrow(RangeError);
    expect(() => aes.encrypt(Buffer.alloc(0))).toThrow(RangeError);
    const sealed = aes.encrypt(Buffer.from(plain));
    expect(sealed.equals(fresh.encrypt(plain))).toBe(true);
    expect(aes.decrypt(sealed).equals(plain)).toBe(true);
  });
});
