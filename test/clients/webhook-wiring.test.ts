// oa.webhook(): the client's callback settings reach the bot, and an encrypted push gets an encrypted reply.
import { describe, expect, it } from 'vitest';
import { MessageCrypto } from '../../src/crypto/index.js';
import { createOfficialAccount } from '../../src/index.js';
import { reply } from '../../src/messages/index.js';

const settings = {
  appId: 'wxwired000000001',
  appSecret: 's',
  token: 'TOKEN',
  encodingAESKey: 'a'.repeat(43),
};

describe('oa.webhook()', () => {
  it('answers a safe-mode text push with an encrypted, typed reply', async () => {
    const oa = createOfficialAccount(settings);
    const bot = oa.webhook().on('text', (msg) => reply.text(`echo ${msg.Content}`));
    const crypto = new MessageCrypto({
      token: settings.token,
      encodingAESKey: settings.encodingAESKey,
      receiveId: settings.appId,
    });
    const inner = `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[user]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1234567890123456</MsgId></xml>`;
    const sealed = crypto.encrypt(inner);
    const qs = new URLSearchParams({
      timestamp: sealed.timestamp,
      nonce: sealed.nonce,
      msg_signature: sealed.msgSignature,
      encrypt_type: 'aes',
    });
    const res = await bot.fetch(
      new Request(`http://localhost/wechat?${qs}`, {
        method: 'POST',
        body: `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt></xml>`,
      }),
    );
    expect(res.status).toBe(200);
    const body = await res.text();
    const encrypted = /<Encrypt><!\[CDATA\[(.*?)\]\]><\/Encrypt>/.exec(body)![1]!;
    expect(crypto.decrypt(encrypted).message).toContain('<Content><![CDATA[echo hi]]></Content>');
  });

  it('refuses to build a bot without the callback token', () => {
    const oa = createOfficialAccount({ appId: 'wx1', appSecret: 's' });
    expect(() => oa.webhook()).toThrow(/token/);
  });
});
