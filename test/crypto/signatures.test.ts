import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardSignature,
  jssdkSignature,
  MessageCrypto,
  plainSignature,
  userDataSignature,
  verifyPlainSignature,
} from '../../src/crypto/index.js';
import vectors from '../fixtures/crypto/official-vectors.json' with { type: 'json' };

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });

describe('jssdkSignature', () => {
  const sample = vectors.jssdk[0]!;

  it('drops the #fragment of the URL', () => {
    expect(jssdkSignature({ ...sample, url: `${sample.url}#/route?x=1` })).toBe(sample.signature);
    expect(jssdkSignature({ ...sample, url: `${sample.url}#` })).toBe(sample.signature);
    expect(jssdkSignature({ ...sample, url: `${sample.url}#a#b` })).toBe(sample.signature);
  });

  it('keeps the query string and does not URL-escape anything', () => {
    expect(jssdkSignature({ ...sample, url: 'http://mp.weixin.qq.com' })).not.toBe(sample.signature);
    const url = 'https://example.com/a b?q=中文&x=%20#frag';
    expect(jssdkSignature({ ...sample, url, timestamp: 1414587457 })).toBe(
      sha1(
        `jsapi_ticket=${sample.jsapi_ticket}&noncestr=${sample.noncestr}&timestamp=1414587457&url=${url.split('#')[0]}`,
      ),
    );
  });
});

describe('cardSignature', () => {
  it('sorts the values, so their order does not matter', () => {
    const valuesAndShuffle = fc
      .array(fc.oneof(ascii, fc.nat()), { maxLength: 8 })
      .chain((values) =>
        fc.tuple(
          fc.constant(values),
          fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
        ),
      );
    fc.assert(
      fc.property(valuesAndShuffle, ([values, shuffled]) => {
        expect(cardSignature(shuffled)).toBe(cardSignature(values));
        expect(cardSignature(values)).toBe(sha1(values.map(String).sort().join('')));
      }),
    );
  });

  it('compares as strings, not numbers', () => {
    expect(cardSignature([10, 9, 'a'])).toBe(sha1('109a'));
  });
});

describe('plainSignature / verifyPlainSignature', () => {
  it('is order-independent and verifies its own output', () => {
    fc.assert(
      fc.property(
        ascii.filter((t) => t !== ''),
        ascii,
        ascii,
        (token, timestamp, nonce) => {
          const signature = plainSignature(token, timestamp, nonce);
          expect(signature).toBe(sha1([token, timestamp, nonce].sort().join('')));
          expect(verifyPlainSignature(signature, token, timestamp, nonce)).toBe(true);
        },
      ),
    );
  });

  it('rejects mismatches, wrong lengths, missing values and an empty token', () => {
    const { token, plainPush } = vectors.miniProgramMessagePush;
    const { signature, timestamp, nonce } = plainPush;
    expect(verifyPlainSignature(signature, token, Number(timestamp), nonce)).toBe(true);
    expect(verifyPlainSignature(signature.toUpperCase(), token, timestamp, nonce)).toBe(false);
    expect(verifyPlainSignature(signature.slice(1), token, timestamp, nonce)).toBe(false);
    expect(verifyPlainSignature(`${signature}a`, token, timestamp, nonce)).toBe(false);
    expect(verifyPlainSignature(signature, `${token}A`, timestamp, nonce)).toBe(false);
    expect(verifyPlainSignature(undefined as unknown as string, token, timestamp, nonce)).toBe(false);
    expect(verifyPlainSignature(signature, token, undefined as unknown as string, nonce)).toBe(false);
    expect(verifyPlainSignature(plainSignature('', timestamp, nonce), '', timestamp, nonce)).toBe(false);
  });
});

describe('MessageCrypto.signature', () => {
  it('is sha1 of the sorted [token, timestamp, nonce, encrypt]', () => {
    const crypto = new MessageCrypto({ token: 'T', encodingAESKey: 'A'.repeat(43) });
    fc.assert(
      fc.property(ascii, ascii, ascii, (timestamp, nonce, encrypt) => {
        expect(crypto.signature(timestamp, nonce, encrypt)).toBe(
          sha1(['T', timestamp, nonce, encrypt].sort().join('')),
        );
      }),
    );
    expect(crypto.signature(123, 'n', 'e')).toBe(crypto.signature('123', 'n', 'e'));
  });
});

describe('userDataSignature', () => {
  it('is sha1(rawData + session_key) over UTF-8', () => {
    expect(userDataSignature('{"nickName":"张三"}', 'k==')).toBe(sha1('{"nickName":"张三"}k=='));
  });
});
