import { createCipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CryptoError,
  DecryptError,
  decryptUserData,
  InvalidKeyError,
  MessageCrypto,
  ReceiveIdError,
  SignatureError,
} from '../../src/crypto/index.js';
import vectors from '../fixtures/crypto/official-vectors.json' with { type: 'json' };
import { keyFromBytes } from './helpers.js';

const TOKEN = 'bad-input-token';
const KEY = keyFromBytes(randomBytes(32));
const OLD_KEY = keyFromBytes(randomBytes(32));
const OTHER_KEY = keyFromBytes(randomBytes(32));
const APP = 'wx0123456789abcdef';

const current = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: APP });

/** Encrypts raw plaintext bytes with a WXBizMsgCrypt key and no padding of our own. */
function rawEncrypt(encodingAESKey: string, plain: Buffer): string {
  const key = Buffer.from(`${encodingAESKey}=`, 'base64');
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

function plaintext(message: string, id: string, pad: number, padByte = pad): Buffer {
  const msg = Buffer.from(message);
  const head = Buffer.alloc(20);
  head.writeUInt32BE(msg.length, 16);
  return Buffer.concat([head, msg, Buffer.from(id), Buffer.alloc(pad, padByte)]);
}

describe('constructor validation', () => {
  it.each([
    ['too short', 'A'.repeat(42)],
    ['too long', 'A'.repeat(44)],
    ['empty', ''],
    ['padded', `${'A'.repeat(42)}=`],
    ['url-safe alphabet', `${'A'.repeat(42)}-`],
    ['whitespace', `${'A'.repeat(42)} `],
  ])('rejects an encodingAESKey that is %s', (_, encodingAESKey) => {
    expect(() => new MessageCrypto({ token: TOKEN, encodingAESKey })).toThrow(InvalidKeyError);
  });

  it('rejects a bad previousEncodingAESKey and an empty token', () => {
    expect(
      () => new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, previousEncodingAESKey: 'short' }),
    ).toThrow(InvalidKeyError);
    expect(() => new MessageCrypto({ token: '', encodingAESKey: KEY })).toThrow(InvalidKeyError);
  });

  it('accepts any 43 characters of the base64 alphabet (WeCom keys have non-canonical last characters)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
          minLength: 43,
          maxLength: 43,
        }),
        (key) => {
          const crypto = new MessageCrypto({ token: TOKEN, encodingAESKey: key });
          expect(crypto.decrypt(crypto.encrypt('x').encrypt).message).toBe('x');
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('malformed ciphertext', () => {
  const valid = current.encrypt('hello').encrypt;

  it.each([
    ['empty string', ''],
    ['non-base64 characters', `${valid.slice(0, -4)}!!!!`],
    ['url-safe base64 characters', `-_${valid.slice(2)}`],
    ['missing padding', valid.replace(/=+$/, '')],
    ['truncated base64', valid.slice(0, -1)],
    ['embedded whitespace', `${valid.slice(0, 8)} ${valid.slice(9)}`],
    ['a length that is not a multiple of 16 bytes', Buffer.alloc(40).toString('base64')],
    ['a single block', Buffer.alloc(16).toString('base64')],
    [
      'a truncated ciphertext',
      Buffer.from(valid, 'base64')
        .subarray(0, 16 * 3)
        .toString('base64'),
    ],
  ])('%s → DecryptError', (_, encrypt) => {
    expect(() => current.decrypt(encrypt)).toThrow(DecryptError);
    // Not even ciphertext, except a truncated one: whole blocks that do not open are key trouble.
    const thrown = (() => {
      try {
        current.decrypt(encrypt);
      } catch (err) {
        return err as DecryptError;
      }
    })();
    expect(thrown?.malformed).toBe(_ !== 'a truncated ciphertext');
  });

  it('rejects non-string input with DecryptError rather than a TypeError', () => {
    expect(() => current.decrypt(undefined as unknown as string)).toThrow(DecryptError);
    expect(() => current.decrypt(42 as unknown as string)).toThrow(DecryptError);
  });

  it('accepts pad values 1..32 and rejects 0, 33+ and inconsistent pad bytes', () => {
    for (let pad = 1; pad <= 32; pad++) {
      // 20 + 3 + 18 = 41 bytes of content; pad to a multiple of 16 (not necessarily 32) to test acceptance.
      const content = 41 + pad;
      if (content % 16 !== 0) continue;
      expect(current.decrypt(rawEncrypt(KEY, plaintext('hey', APP, pad))).message).toBe('hey');
    }
    expect(current.decrypt(rawEncrypt(KEY, plaintext('hey', APP, 23))).message).toBe('hey'); // 41 + 23 = 64
    expect(() => current.decrypt(rawEncrypt(KEY, plaintext('hey', APP, 7, 0)))).toThrow(DecryptError); // last byte 0
    expect(() => current.decrypt(rawEncrypt(KEY, plaintext('hey', APP, 39, 39)))).toThrow(DecryptError); // > 32
    const mixed = plaintext('hey', APP, 23);
    mixed[mixed.length - 5] = 1;
    expect(() => current.decrypt(rawEncrypt(KEY, mixed))).toThrow(DecryptError);
  });

  it('rejects a length field that exceeds the plaintext', () => {
    const plain = plaintext('hey', APP, 23);
    plain.writeUInt32BE(1000, 16);
    expect(() => current.decrypt(rawEncrypt(KEY, plain))).toThrow(
      expect.objectContaining({ name: 'DecryptError', malformed: false }),
    );
    plain.writeUInt32BE(0xffffffff, 16);
    expect(() => current.decrypt(rawEncrypt(KEY, plain))).toThrow(DecryptError);
  });

  it('never throws anything but DecryptError / ReceiveIdError for random base64 blocks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (bytes) => {
        try {
          current.decrypt(Buffer.from(bytes).toString('base64'));
        } catch (error) {
          expect(error instanceof DecryptError || error instanceof ReceiveIdError).toBe(true);
        }
      }),
    );
  });
});

describe('keys and receiveIds', () => {
  it('wrong key (neither current nor previous) → DecryptError or ReceiveIdError, never another error', () => {
    const rotated = new MessageCrypto({
      token: TOKEN,
      encodingAESKey: KEY,
      previousEncodingAESKey: OLD_KEY,
      receiveId: APP,
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (message) => {
        const foreign = new MessageCrypto({ token: TOKEN, encodingAESKey: OTHER_KEY, receiveId: APP });
        const encrypt = foreign.encrypt(message).encrypt;
        for (const crypto of [current, rotated]) {
          try {
            crypto.decrypt(encrypt);
            expect.unreachable('a foreign key must not decrypt');
          } catch (error) {
            expect(error instanceof DecryptError || error instanceof ReceiveIdError).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the previous key still decrypts after rotation; replies use the current key', () => {
    const before = new MessageCrypto({ token: TOKEN, encodingAESKey: OLD_KEY, receiveId: APP });
    const after = new MessageCrypto({
      token: TOKEN,
      encodingAESKey: KEY,
      previousEncodingAESKey: OLD_KEY,
      receiveId: APP,
    });
    const old = before.encrypt('sent before rotation');
    expect(after.decryptPush({ ...old, msg_signature: old.msgSignature })).toEqual({
      message: 'sent before rotation',
      receiveId: APP,
    });
    expect(after.decrypt(current.encrypt('sent after rotation').encrypt).message).toBe('sent after rotation');
    expect(current.decrypt(after.encrypt('reply').encrypt).message).toBe('reply');
    expect(() => before.decrypt(after.encrypt('reply').encrypt)).toThrow(CryptoError);
  });

  it('wrong receiveId → ReceiveIdError (also when a previous key is configured)', () => {
    const other = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: 'wx-someone-else' });
    const encrypt = other.encrypt('hi').encrypt;
    expect(() => current.decrypt(encrypt)).toThrow(ReceiveIdError);
    const rotated = new MessageCrypto({
      token: TOKEN,
      encodingAESKey: KEY,
      previousEncodingAESKey: OLD_KEY,
      receiveId: APP,
    });
    expect(() => rotated.decrypt(encrypt)).toThrow(ReceiveIdError);
  });

  it('a receiveId list accepts any member and encrypts with the first', () => {
    const suite = new MessageCrypto({
      token: TOKEN,
      encodingAESKey: KEY,
      receiveId: ['ww-corp', 'suite-id', APP],
    });
    for (const id of ['ww-corp', 'suite-id', APP]) {
      const sender = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: id });
      expect(suite.decrypt(sender.encrypt('m').encrypt)).toEqual({ message: 'm', receiveId: id });
    }
    expect(suite.decrypt(suite.encrypt('m').encrypt).receiveId).toBe('ww-corp');
    const stranger = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: 'nobody' });
    expect(() => suite.decrypt(stranger.encrypt('m').encrypt)).toThrow(ReceiveIdError);
  });

  it('an empty or omitted receiveId is not checked', () => {
    const stranger = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: 'nobody' });
    const encrypt = stranger.encrypt('m').encrypt;
    for (const receiveId of [undefined, '', [], ['']]) {
      const open = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId });
      expect(open.decrypt(encrypt)).toEqual({ message: 'm', receiveId: 'nobody' });
    }
  });
});

describe('signature checks', () => {
  const out = current.encrypt('payload', { timestamp: 1700000000, nonce: '12345' });
  const push = {
    msg_signature: out.msgSignature,
    timestamp: out.timestamp,
    nonce: out.nonce,
    encrypt: out.encrypt,
  };

  it('accepts a numeric timestamp', () => {
    expect(current.decryptPush({ ...push, timestamp: 1700000000 }).message).toBe('payload');
  });

  it.each([
    ['uppercase hex', { msg_signature: push.msg_signature.toUpperCase() }],
    ['truncated', { msg_signature: push.msg_signature.slice(0, 39) }],
    ['extended', { msg_signature: `${push.msg_signature}0` }],
    ['empty', { msg_signature: '' }],
    ['missing', { msg_signature: undefined }],
    ['missing timestamp', { timestamp: undefined }],
    ['missing nonce', { nonce: undefined }],
    ['missing encrypt', { encrypt: undefined }],
  ])('%s → SignatureError', (_, patch) => {
    expect(() => current.decryptPush({ ...push, ...patch } as typeof push)).toThrow(SignatureError);
  });

  it('verifyUrl checks the signature over echostr', () => {
    const w = vectors.wecomXmlCallback;
    const wecom = new MessageCrypto({
      token: w.token,
      encodingAESKey: w.encodingAESKey,
      receiveId: w.corpId,
    });
    const u = w.urlVerification;
    expect(() => wecom.verifyUrl({ ...u, nonce: `${u.nonce}1` })).toThrow(SignatureError);
    const wrongToken = new MessageCrypto({
      token: 'other',
      encodingAESKey: w.encodingAESKey,
      receiveId: w.corpId,
    });
    expect(() => wrongToken.verifyUrl(u)).toThrow(SignatureError);
    const wrongCorp = new MessageCrypto({
      token: w.token,
      encodingAESKey: w.encodingAESKey,
      receiveId: 'ww-other',
    });
    expect(() => wrongCorp.verifyUrl(u)).toThrow(ReceiveIdError);
  });
});

describe('encrypt / buildReplyXml options', () => {
  it('requires a 16-byte random', () => {
    expect(() => current.encrypt('m', { random: Buffer.alloc(15) })).toThrow(RangeError);
    expect(() => current.encrypt('m', { random: Buffer.alloc(17) })).toThrow(RangeError);
  });

  it('defaults timestamp to now and nonce to a random digit string', () => {
    const before = Math.floor(Date.now() / 1000);
    const out = current.encrypt('m');
    expect(Number(out.timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(out.timestamp)).toBeLessThanOrEqual(before + 5);
    expect(out.nonce).toMatch(/^\d{10}$/);
    expect(current.encrypt('m').encrypt).not.toBe(current.encrypt('m').encrypt);
  });

  it('refuses timestamps and nonces that would break out of the reply XML', () => {
    expect(() => current.buildReplyXml('<xml/>', { timestamp: '1</TimeStamp>' })).toThrow(RangeError);
    expect(() => current.buildReplyXml('<xml/>', { nonce: ']]><x/>' })).toThrow(RangeError);
    expect(current.buildReplyXml('<xml/>', { timestamp: 1, nonce: 'abc' })).toContain(
      '<Nonce><![CDATA[abc]]></Nonce>',
    );
  });
});

describe('decryptUserData bad input', () => {
  const d = vectors.miniProgramUserData.decrypt;

  it.each([
    ['wrong session_key', { sessionKey: randomBytes(16).toString('base64') }],
    ['wrong iv', { iv: randomBytes(16).toString('base64') }],
    ['session_key of the wrong size', { sessionKey: randomBytes(24).toString('base64') }],
    ['non-base64 session_key', { sessionKey: 'not base64!!' }],
    ['non-base64 iv', { iv: '***' }],
    ['truncated encryptedData', { encryptedData: d.encryptedData.slice(0, -4) }],
    ['non-base64 encryptedData', { encryptedData: `${d.encryptedData.slice(0, -4)}%%%%` }],
    ['empty encryptedData', { encryptedData: '' }],
    ['missing encryptedData', { encryptedData: undefined }],
  ])('%s → DecryptError', (_, patch) => {
    expect(() => decryptUserData({ ...d, ...patch } as typeof d)).toThrow(DecryptError);
  });

  it('a wrong watermark appid → ReceiveIdError; no appId → not checked', () => {
    expect(() => decryptUserData({ ...d, appId: 'wx-other' })).toThrow(ReceiveIdError);
    expect(decryptUserData({ ...d, appId: undefined }).openId).toBe(d.expectedDerived.openId);
  });

  it('valid AES but non-JSON or non-object plaintext → DecryptError', () => {
    const key = randomBytes(16);
    const iv = randomBytes(16);
    const seal = (text: string) => {
      const cipher = createCipheriv('aes-128-cbc', key, iv);
      return Buffer.concat([cipher.update(text), cipher.final()]).toString('base64');
    };
    const base = { sessionKey: key.toString('base64'), iv: iv.toString('base64') };
    expect(() => decryptUserData({ ...base, encryptedData: seal('not json') })).toThrow(DecryptError);
    expect(() => decryptUserData({ ...base, encryptedData: seal('[1,2]') })).toThrow(DecryptError);
    expect(() => decryptUserData({ ...base, encryptedData: seal('null') })).toThrow(DecryptError);
    expect(() => decryptUserData({ ...base, appId: 'wx', encryptedData: seal('{"watermark":"x"}') })).toThrow(
      ReceiveIdError,
    );
    expect(decryptUserData({ ...base, encryptedData: seal('{"a":1}') })).toEqual({ a: 1 });
  });
});
