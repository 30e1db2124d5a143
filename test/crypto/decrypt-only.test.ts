// Decrypt-only use, as the official encryption guide shows it: a MessageCrypto without a token opens
// a stored push but signs and verifies nothing; decryptUserData takes base64 wrapped the way the
// official sample prints it. Signature checks stay strict wherever a signature is given.
import { describe, expect, it } from 'vitest';
import { decryptUserData, InvalidKeyError, MessageCrypto } from '../../src/crypto/index.js';
import vectors from '../fixtures/crypto/official-vectors.json' with { type: 'json' };

const mp = vectors.miniProgramMessagePush;

describe('a MessageCrypto without a token', () => {
  const decryptOnly = new MessageCrypto({ encodingAESKey: mp.encodingAESKey, receiveId: mp.appId });

  it('decrypts the official secure-mode push', () => {
    expect(decryptOnly.decrypt(mp.securePush.encrypt)).toEqual({
      message: mp.securePush.message,
      receiveId: mp.appId,
    });
  });

  it('refuses to sign or to check a signature (it cannot)', () => {
    const p = mp.securePush;
    expect(() => decryptOnly.signature(p.timestamp, p.nonce, p.encrypt)).toThrow(InvalidKeyError);
    expect(() =>
      decryptOnly.decryptPush({
        msg_signature: p.msg_signature,
        timestamp: p.timestamp,
        nonce: p.nonce,
        encrypt: p.encrypt,
      }),
    ).toThrow(/no token/);
    expect(() => decryptOnly.encrypt('<xml/>')).toThrow(InvalidKeyError);
  });

  it('still refuses an empty token (anyone could sign with it)', () => {
    expect(() => new MessageCrypto({ token: '', encodingAESKey: mp.encodingAESKey })).toThrow(
      InvalidKeyError,
    );
  });
});

describe('decryptUserData with base64 as the official sample prints it', () => {
  const d = vectors.miniProgramUserData.decrypt;
  const wrap = (s: string) => s.replace(/(.{20})/g, '$1\n  ');

  it('ignores line breaks and spaces in encryptedData, iv and session_key', () => {
    const data = decryptUserData({
      sessionKey: ` ${d.sessionKey} `,
      encryptedData: wrap(d.encryptedData),
      iv: `${d.iv}\n`,
      appId: d.appId,
    });
    expect(data).toMatchObject(d.expectedDerived);
  });

  it('still refuses characters that are not base64', () => {
    expect(() =>
      decryptUserData({
        sessionKey: d.sessionKey,
        encryptedData: `${d.encryptedData}!`,
        iv: d.iv,
        appId: d.appId,
      }),
    ).toThrow(/not valid base64/);
  });
});
