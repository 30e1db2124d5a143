import { createCipheriv, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
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
import { keyFromBytes } from './helpers.js';

// Random secrets, so that a leak cannot hide behind a coincidental substring like "AAAA".
const TOKEN = `tok${randomBytes(12).toString('hex')}`;
const KEY = keyFromBytes(randomBytes(32));
const OLD_KEY = keyFromBytes(randomBytes(32));
const SESSION_KEY_BYTES = randomBytes(16);
const SESSION_KEY = SESSION_KEY_BYTES.toString('base64');
const IV = randomBytes(16);
const PLAINTEXT = `top-secret-plaintext-${randomBytes(8).toString('hex')}`;

function secretForms(): string[] {
  const forms = [TOKEN, SESSION_KEY, SESSION_KEY_BYTES.toString('hex'), PLAINTEXT];
  for (const encodingAESKey of [KEY, OLD_KEY]) {
    const raw = Buffer.from(`${encodingAESKey}=`, 'base64');
    forms.push(
      encodingAESKey,
      raw.toString('base64'),
      raw.toString('hex'),
      raw.subarray(0, 16).toString('hex'),
    );
  }
  return forms;
}

function capture(run: () => unknown): CryptoError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CryptoError);
    return error as CryptoError;
  }
  throw new Error('expected the call to throw');
}

function seal(text: string, key: Buffer, iv: Buffer): string {
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]).toString('base64');
}

describe('error messages never contain secrets or plaintext', () => {
  const crypto = new MessageCrypto({
    token: TOKEN,
    encodingAESKey: KEY,
    previousEncodingAESKey: OLD_KEY,
    receiveId: 'wx-app',
  });
  const stranger = new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, receiveId: 'wx-other' });
  const foreign = new MessageCrypto({
    token: TOKEN,
    encodingAESKey: keyFromBytes(randomBytes(32)),
    receiveId: 'wx-app',
  });
  const good = crypto.encrypt(PLAINTEXT);
  const push = {
    msg_signature: good.msgSignature,
    timestamp: good.timestamp,
    nonce: good.nonce,
    encrypt: good.encrypt,
  };
  const lengthLie = (() => {
    const raw = Buffer.from(`${KEY}=`, 'base64');
    const plain = Buffer.concat([
      Buffer.alloc(16),
      Buffer.from([0, 0, 1, 0]),
      Buffer.from(PLAINTEXT),
      Buffer.alloc(4, 4),
    ]);
    const padded = Buffer.concat([plain, Buffer.alloc(32 - (plain.length % 32), 32 - (plain.length % 32))]);
    const cipher = createCipheriv('aes-256-cbc', raw, raw.subarray(0, 16)).setAutoPadding(false);
    return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
  })();
  const userData = { sessionKey: SESSION_KEY, iv: IV.toString('base64') };

  const cases: Array<[string, () => unknown, new (...args: never[]) => CryptoError]> = [
    [
      'bad encodingAESKey',
      () => new MessageCrypto({ token: TOKEN, encodingAESKey: `${KEY}x` }),
      InvalidKeyError,
    ],
    [
      'bad encodingAESKey (42 chars)',
      () => new MessageCrypto({ token: TOKEN, encodingAESKey: KEY.slice(1) }),
      InvalidKeyError,
    ],
    [
      'bad previousEncodingAESKey',
      () => new MessageCrypto({ token: TOKEN, encodingAESKey: KEY, previousEncodingAESKey: `${OLD_KEY}!` }),
      InvalidKeyError,
    ],
    ['empty token', () => new MessageCrypto({ token: '', encodingAESKey: KEY }), InvalidKeyError],
    ['signature mismatch', () => crypto.decryptPush({ ...push, nonce: `${push.nonce}0` }), SignatureError],
    [
      'signature missing',
      () => crypto.decryptPush({ ...push, msg_signature: undefined as unknown as string }),
      SignatureError,
    ],
    [
      'verifyUrl signature mismatch',
      () => crypto.verifyUrl({ ...push, echostr: good.encrypt, msg_signature: '0' }),
      SignatureError,
    ],
    ['non-base64', () => crypto.decrypt(`${good.encrypt.slice(1)}!`), DecryptError],
    ['bad block length', () => crypto.decrypt(Buffer.alloc(40).toString('base64')), DecryptError],
    [
      'bad padding (foreign key, both keys tried)',
      () => crypto.decrypt(foreign.encrypt(PLAINTEXT).encrypt),
      DecryptError,
    ],
    ['length field exceeds plaintext', () => crypto.decrypt(lengthLie), DecryptError],
    ['receiveId mismatch', () => crypto.decrypt(stranger.encrypt(PLAINTEXT).encrypt), ReceiveIdError],
    [
      'user data: bad session_key',
      () => decryptUserData({ ...userData, sessionKey: 'x', encryptedData: good.encrypt }),
      DecryptError,
    ],
    ['user data: bad base64', () => decryptUserData({ ...userData, encryptedData: '@@@@' }), DecryptError],
    [
      'user data: bad block length',
      () => decryptUserData({ ...userData, encryptedData: 'AAAA' }),
      DecryptError,
    ],
    [
      'user data: wrong key (bad padding)',
      () => decryptUserData({ ...userData, encryptedData: seal(PLAINTEXT, randomBytes(16), IV) }),
      DecryptError,
    ],
    [
      'user data: plaintext is not JSON',
      () => decryptUserData({ ...userData, encryptedData: seal(PLAINTEXT, SESSION_KEY_BYTES, IV) }),
      DecryptError,
    ],
    [
      'user data: plaintext is not an object',
      () =>
        decryptUserData({
          ...userData,
          encryptedData: seal(JSON.stringify([PLAINTEXT]), SESSION_KEY_BYTES, IV),
        }),
      DecryptError,
    ],
    [
      'user data: watermark mismatch',
      () =>
        decryptUserData({
          ...userData,
          appId: 'wx-app',
          encryptedData: seal(
            JSON.stringify({ secret: PLAINTEXT, watermark: { appid: 'wx-other' } }),
            SESSION_KEY_BYTES,
            IV,
          ),
        }),
      ReceiveIdError,
    ],
  ];

  it.each(cases)('%s', (_, run, type) => {
    const error = capture(run);
    expect(error).toBeInstanceOf(type);
    expect(error.name).toBe(type.name);
    expect(error.cause).toBeUndefined();
    // Message, stack, own properties and the full inspect() rendering.
    const rendered = [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 5, showHidden: true }),
    ].join('\n');
    for (const secret of secretForms()) expect(rendered).not.toContain(secret);
  });

  it('a MessageCrypto instance does not reveal its token or key when logged', () => {
    const rendered = [
      inspect(crypto, { showHidden: true, depth: 5 }),
      JSON.stringify(crypto),
      Object.keys(crypto).join(),
    ].join('\n');
    for (const secret of secretForms()) expect(rendered).not.toContain(secret);
  });
});
