import { describe, expect, it } from 'vitest';
import {
  cardSignature,
  decryptUserData,
  jssdkSignature,
  MessageCrypto,
  plainSignature,
  userDataSignature,
  verifyPlainSignature,
} from '../../src/crypto/index.js';
import vectors from '../fixtures/crypto/official-vectors.json' with { type: 'json' };
import { recoverRandom } from './helpers.js';

describe('Mini Program message push sample (message-push.html)', () => {
  const mp = vectors.miniProgramMessagePush;
  const crypto = new MessageCrypto({
    token: mp.token,
    encodingAESKey: mp.encodingAESKey,
    receiveId: mp.appId,
  });

  it('computes the plaintext-mode signatures', () => {
    for (const v of [mp.urlVerification, mp.plainPush, mp.securePush]) {
      expect(plainSignature(mp.token, v.timestamp, v.nonce)).toBe(v.signature);
      expect(verifyPlainSignature(v.signature, mp.token, v.timestamp, v.nonce)).toBe(true);
    }
  });

  it('verifies msg_signature and decrypts the secure-mode push', () => {
    const p = mp.securePush;
    expect(crypto.signature(p.timestamp, p.nonce, p.encrypt)).toBe(p.msg_signature);
    const result = crypto.decryptPush({
      msg_signature: p.msg_signature,
      timestamp: p.timestamp,
      nonce: p.nonce,
      encrypt: p.encrypt,
    });
    expect(result).toEqual({ message: p.message, receiveId: mp.appId });
    expect(Buffer.byteLength(result.message)).toBe(p.msgLength);
    expect(Buffer.from(p.encrypt, 'base64')).toHaveLength(p.cipherBytes);
  });

  it('re-encrypts the push byte-exactly with the documented random', () => {
    const p = mp.securePush;
    expect(recoverRandom(mp.encodingAESKey, p.encrypt).toString('latin1')).toBe(p.random);
    const out = crypto.encrypt(p.message, {
      random: Buffer.from(p.random, 'latin1'),
      timestamp: p.timestamp,
      nonce: p.nonce,
    });
    expect(out).toEqual({
      encrypt: p.encrypt,
      msgSignature: p.msg_signature,
      timestamp: p.timestamp,
      nonce: p.nonce,
    });
  });

  it('encrypts the documented reply byte-exactly (fixed random, timestamp, nonce)', () => {
    const r = mp.encryptedReply;
    const out = crypto.encrypt(r.message, {
      random: Buffer.from(r.random, 'latin1'),
      timestamp: r.timestamp,
      nonce: r.nonce,
    });
    expect(out).toEqual({
      encrypt: r.encrypt,
      msgSignature: r.msgSignature,
      timestamp: r.timestamp,
      nonce: r.nonce,
    });
    expect(Buffer.from(out.encrypt, 'base64')).toHaveLength(r.cipherBytes);
    expect(crypto.decrypt(r.encrypt)).toEqual({ message: r.message, receiveId: mp.appId });
  });

  it('builds the documented encrypted reply envelope', () => {
    const r = mp.encryptedReply;
    const xml = crypto.buildReplyXml(r.message, {
      random: Buffer.from(r.random, 'latin1'),
      timestamp: Number(r.timestamp),
      nonce: r.nonce,
    });
    expect(xml).toBe(
      `<xml><Encrypt><![CDATA[${r.encrypt}]]></Encrypt><MsgSignature><![CDATA[${r.msgSignature}]]></MsgSignature>` +
        `<TimeStamp>${r.timestamp}</TimeStamp><Nonce><![CDATA[${r.nonce}]]></Nonce></xml>`,
    );
  });
});

describe('WeCom XML callback sample (加解密方案说明 + official WXBizMsgCrypt samples)', () => {
  const w = vectors.wecomXmlCallback;
  const crypto = new MessageCrypto({ token: w.token, encodingAESKey: w.encodingAESKey, receiveId: w.corpId });

  it('verifies the callback URL and returns the decrypted echostr', () => {
    const u = w.urlVerification;
    expect(crypto.verifyUrl(u)).toBe(u.echoDerived);
  });

  it('re-encrypts the echostr byte-exactly with the recovered random', () => {
    const u = w.urlVerification;
    const out = crypto.encrypt(u.echoDerived, {
      random: recoverRandom(w.encodingAESKey, u.echostr),
      timestamp: u.timestamp,
      nonce: u.nonce,
    });
    expect(out.encrypt).toBe(u.echostr);
    expect(out.msgSignature).toBe(u.msg_signature);
  });

  it('decrypts the worked example push', () => {
    const p = w.push;
    const result = crypto.decryptPush(p);
    expect(result.receiveId).toBe(w.corpId);
    for (const fragment of p.expectedFragments) expect(result.message).toContain(fragment);
    expect(result.message).toBe(p.messageDerived);
  });

  it('re-encrypts the push byte-exactly with the recovered random', () => {
    const p = w.push;
    const out = crypto.encrypt(p.messageDerived, {
      random: recoverRandom(w.encodingAESKey, p.encrypt),
      timestamp: p.timestamp,
      nonce: p.nonce,
    });
    expect(out).toEqual({
      encrypt: p.encrypt,
      msgSignature: p.msg_signature,
      timestamp: p.timestamp,
      nonce: p.nonce,
    });
  });
});

describe('WeCom JSON callback sample (workweixin/weworkapi_golang)', () => {
  const w = vectors.wecomJsonCallback;
  const crypto = new MessageCrypto({ token: w.token, encodingAESKey: w.encodingAESKey, receiveId: w.corpId });

  it('decrypts and re-encrypts byte-exactly', () => {
    const p = w.push;
    expect(crypto.decryptPush(p)).toEqual({ message: p.message, receiveId: w.corpId });
    const out = crypto.encrypt(p.message, {
      random: recoverRandom(w.encodingAESKey, p.encrypt),
      timestamp: p.timestamp,
      nonce: p.nonce,
    });
    expect(out.encrypt).toBe(p.encrypt);
    expect(out.msgSignature).toBe(p.msg_signature);
  });
});

describe('JS-SDK and card signature samples', () => {
  it.each(vectors.jssdk)('jssdkSignature($url)', (v) => {
    expect(jssdkSignature(v)).toBe(v.signature);
  });

  it('cardSignature sorts the values like the appendix example', () => {
    const c = vectors.card;
    expect(Object.values(c.values).sort().join('')).toBe(c.sortedJoined);
    expect(cardSignature(Object.values(c.values))).toBe(c.signature);
    expect(
      cardSignature([
        c.values.nonce_str,
        Number(c.values.timestamp),
        c.values.card_id,
        c.values.api_ticket,
        Number(c.values.code),
      ]),
    ).toBe(c.signature);
  });
});

describe('Mini Program open data samples (signature.html)', () => {
  it('userDataSignature = sha1(rawData + session_key)', () => {
    const s = vectors.miniProgramUserData.signature;
    expect(userDataSignature(s.rawData, s.sessionKey)).toBe(s.signature);
  });

  it('decrypts encryptedData and checks the watermark appid', () => {
    const d = vectors.miniProgramUserData.decrypt;
    const data = decryptUserData({
      sessionKey: d.sessionKey,
      encryptedData: d.encryptedData,
      iv: d.iv,
      appId: d.appId,
    });
    expect(data).toMatchObject(d.expectedDerived);
  });
});
