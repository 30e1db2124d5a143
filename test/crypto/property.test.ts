import { createDecipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MessageCrypto, SignatureError } from '../../src/crypto/index.js';
import { keyFromBytes } from './helpers.js';

const TOKEN = 'pbt-token';
const KEY = keyFromBytes(randomBytes(32));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const receiveId = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });

/** Replaces the character at `index` with a different one (wrapping the index). */
function changeChar(value: string, index: number, replacement: string): string {
  const i = index % value.length;
  const current = value[i];
  const next = replacement === current ? (replacement === 'A' ? 'B' : 'A') : replacement;
  return value.slice(0, i) + next + value.slice(i + 1);
}

describe('round trip', () => {
  it('decrypt(encrypt(x)) = x for any UTF-8 text and any receiveId', () => {
    fc.assert(
      fc.property(text, receiveId, (message, id) => {
        const crypto = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: id });
        const out = crypto.encrypt(message);
        expect(crypto.decrypt(out.encrypt)).toEqual({ message, receiveId: id });
        expect(crypto.decryptPush({ ...out, msg_signature: out.msgSignature })).toEqual({
          message,
          receiveId: id,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips with an unchecked receiveId and with a receiveId list', () => {
    fc.assert(
      fc.property(text, fc.array(receiveId, { minLength: 1, maxLength: 4 }), (message, ids) => {
        const open = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY });
        expect(open.decrypt(open.encrypt(message).encrypt)).toEqual({ message, receiveId: '' });
        const listed = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: ids });
        expect(listed.decrypt(listed.encrypt(message).encrypt)).toEqual({ message, receiveId: ids[0] });
      }),
      { numRuns: 100 },
    );
  });
});

describe('tampering is rejected by decryptPush before anything is decrypted', () => {
  function setup(message: string) {
    const crypto = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: 'wx-pbt' });
    const out = crypto.encrypt(message);
    const decrypt = vi.spyOn(crypto, 'decrypt');
    const push = {
      msg_signature: out.msgSignature,
      timestamp: out.timestamp,
      nonce: out.nonce,
      encrypt: out.encrypt,
    };
    return { crypto, decrypt, push };
  }

  function expectRejected(run: () => unknown, decrypt: { mock: { calls: unknown[] } }): void {
    expect(run).toThrow(SignatureError);
    expect(decrypt.mock.calls).toHaveLength(0);
  }

  it('any changed character of Encrypt', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(...B64, '=', ' ', '%'), (message, index, char) => {
        const { crypto, decrypt, push } = setup(message);
        expectRejected(
          () => crypto.decryptPush({ ...push, encrypt: changeChar(push.encrypt, index, char) }),
          decrypt,
        );
      }),
    );
  });

  it('any flipped bit of the Encrypt ciphertext bytes', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 0, max: 7 }), (message, index, bit) => {
        const { crypto, decrypt, push } = setup(message);
        const bytes = Buffer.from(push.encrypt, 'base64');
        const i = index % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
        expectRejected(() => crypto.decryptPush({ ...push, encrypt: bytes.toString('base64') }), decrypt);
      }),
    );
  });

  it('any flipped bit of a timestamp or nonce character', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('timestamp', 'nonce'),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (message, field, index, bit) => {
          const { crypto, decrypt, push } = setup(message);
          const value = push[field];
          const i = index % value.length;
          const flipped =
            value.slice(0, i) + String.fromCharCode(value.charCodeAt(i) ^ (1 << bit)) + value.slice(i + 1);
          expectRejected(() => crypto.decryptPush({ ...push, [field]: flipped }), decrypt);
        },
      ),
    );
  });

  it('a changed msg_signature', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(...'0123456789abcdef'), (message, index, char) => {
        const { crypto, decrypt, push } = setup(message);
        const tampered = changeChar(push.msg_signature, index, char);
        expectRejected(() => crypto.decryptPush({ ...push, msg_signature: tampered }), decrypt);
      }),
    );
  });
});

describe('one long-lived instance decrypts any sequence like a fresh AES-256-CBC context each time', () => {
  // MessageCrypto keeps one ECB context per key and chains the blocks itself; nothing may carry over
  // from one call to the next, whatever came before (a wrong key, garbage, a partial block).
  const PREVIOUS = keyFromBytes(randomBytes(32));
  const crypto = new MessageCrypto({
    token: TOKEN,
    encodingAESKey: KEY,
    previousEncodingAESKey: PREVIOUS,
    receiveId: 'wx-pbt',
  });
  const sealedWith = (key: string) =>
    new MessageCrypto({ token: TOKEN, encodingAESKey: key, receiveId: 'wx-pbt' });

  /** What the push opens to with node's own CBC decipher: the message, or undefined. */
  function reference(encrypt: string): string | undefined {
    const data = Buffer.from(encrypt, 'base64');
    if (data.length < 32 || data.length % 16 !== 0 || data.toString('base64') !== encrypt) return undefined;
    for (const key of [KEY, PREVIOUS]) {
      const k = Buffer.from(`${key}=`, 'base64');
      const d = createDecipheriv('aes-256-cbc', k, k.subarray(0, 16)).setAutoPadding(false);
      const plain = Buffer.concat([d.update(data), d.final()]);
      const pad = plain[plain.length - 1] ?? 0;
      if (pad < 1 || pad > 32 || plain.subarray(plain.length - pad).some((b) => b !== pad)) continue;
      const length = plain.readUInt32BE(16);
      if (length > plain.length - pad - 20) continue;
      if (plain.toString('utf8', 20 + length, plain.length - pad) !== 'wx-pbt') continue;
      return plain.toString('utf8', 20, 20 + length);
    }
    return undefined;
  }

  const input = fc.oneof(
    text.map((m) => sealedWith(KEY).encrypt(m).encrypt),
    text.map((m) => sealedWith(PREVIOUS).encrypt(m).encrypt),
    text.map((m) => sealedWith(keyFromBytes(randomBytes(32))).encrypt(m).encrypt),
    fc.uint8Array({ minLength: 0, maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
  );

  it('matches the reference on every call of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 12 }), (sequence) => {
        for (const encrypt of sequence) {
          let got: string | undefined;
          try {
            got = crypto.decrypt(encrypt).message;
          } catch {
            got = undefined;
          }
          expect(got).toBe(reference(encrypt));
        }
      }),
      { numRuns: 200 },
    );
  });
});
