// The Mini Program platform end to end: the public client (createMiniProgram) against the emulator
// over HTTP, for the most used endpoints of the mp-platform slice: login, the wxacode image, URL
// schemes and links, content security, subscribe messages, and a multipart upload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMiniProgram, type MiniProgram } from '../../src/clients/official-account.js';
import { ValidationError } from '../../src/errors.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { accountOf } from './helpers.js';

let emulator: Emulator;
let mp: MiniProgram;
let appId: string;
let appSecret: string;
beforeAll(async () => {
  emulator = await createEmulator();
  ({ appId, appSecret } = accountOf(emulator, 'miniprogram'));
  mp = createMiniProgram({ appId, appSecret, hosts: emulator.hosts, validateResponse: 'strict' });
});
afterAll(() => emulator.close());

describe('Mini Program platform, through the public client', () => {
  it('exchanges a login code and checks the session', async () => {
    const session = await mp.api.auth.code2Session({
      appid: appId,
      secret: appSecret,
      js_code: 'CODE',
      grant_type: 'authorization_code',
    });
    expect(session.openid).toBeTypeOf('string');
    await mp.api.auth.checkSession({ openid: 'OPENID', signature: 'SIG', sig_method: 'hmac_sha256' });
    expect(emulator.received('miniprogram.auth.checkSession').at(-1)).toMatchObject({
      sig_method: 'hmac_sha256',
    });
  });

  it('fills in the appid and secret it holds (code2Session needs only the code)', async () => {
    const session = await mp.api.auth.code2Session({ js_code: 'CODE2', grant_type: 'authorization_code' });
    expect(session.openid).toBeTypeOf('string');
    // What went on the wire carried the client's own appid (the emulator checks the secret).
    expect(emulator.received('miniprogram.auth.code2Session').at(-1)).toMatchObject({
      appid: appId,
      js_code: 'CODE2',
    });
    // A caller's own value still wins.
    const other = await mp.api.auth
      .code2Session({ appid: 'wx_other', secret: 'nope', js_code: 'C', grant_type: 'authorization_code' })
      .catch((e: unknown) => e);
    expect(other).toBeInstanceOf(Error);
  });

  it('downloads an unlimited wxacode image', async () => {
    const file = await mp.api.wxacode.getUnlimited({
      scene: 'a=1',
      page: 'pages/index/index',
      check_path: false,
    });
    expect(file.contentType).toMatch(/^image\//);
    expect(file.bytes.length).toBeGreaterThan(8);
    expect(emulator.received('miniprogram.wxacode.getUnlimited').at(-1)).toMatchObject({ scene: 'a=1' });
  });

  it('generates a URL scheme and a URL link', async () => {
    const scheme = await mp.api.urlScheme.generate({
      jump_wxa: { path: '/pages/index/index', query: 'a=1', env_version: 'release' },
      is_expire: true,
      expire_type: 1,
      expire_interval: 1,
    });
    expect(scheme.openlink).toBeTypeOf('string');
    const link = await mp.api.urlLink.generate({ path: '/pages/index/index', query: 'a=1' });
    expect(link.url_link).toBeTypeOf('string');
  });

  it('checks a text for risky content', async () => {
    const check = await mp.api.security.msgSecCheck({
      openid: 'OPENID',
      scene: 1,
      version: 2,
      content: 'hello',
    });
    expect(check.result?.suggest).toBeTypeOf('string');
    expect(emulator.received('miniprogram.security.msgSecCheck').at(-1)).toMatchObject({ content: 'hello' });
  });

  it('sends a subscribe message with its data map; a bad data shape never leaves the process', async () => {
    await mp.api.message.subscribe.send({
      touser: 'OPENID',
      template_id: 'TEMPLATE_ID',
      data: { thing1: { value: '订阅' }, date2: { value: '2019-12-25 09:42' } },
    });
    expect(emulator.received('miniprogram.message.subscribe.send').at(-1)).toMatchObject({
      data: { thing1: { value: '订阅' } },
    });
    const err = await mp.api.message.subscribe
      .send({ touser: 'OPENID', template_id: 'T', data: { thing1: '订阅' } } as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
  });

  it('uploads a temporary image (multipart) for a customer-service message', async () => {
    const media = await mp.api.media.upload({
      type: 'image',
      media: {
        data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
        filename: 'a.png',
        contentType: 'image/png',
      },
    });
    expect(media.media_id).toBeTypeOf('string');
    await mp.api.message.custom.send({
      touser: 'OPENID',
      msgtype: 'image',
      image: { media_id: media.media_id },
    });
    expect(emulator.received('miniprogram.message.custom.send').at(-1)).toMatchObject({
      msgtype: 'image',
      image: { media_id: media.media_id },
    });
  });
});
