import { randomBytes } from 'node:crypto';
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
