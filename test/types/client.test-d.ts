// Type tests: the generated client's params and results are exact, and a wrong field name does not compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createMiniProgram,
  createOfficialAccount,
  type MessageTemplateSendResult,
  type UserInfoParams,
  type UserInfoResult,
  type WechatFile,
} from '../../src/index.js';

const oa = createOfficialAccount({ appId: 'wx1', appSecret: 's' });

describe('oa.api.user.info', () => {
  it('takes exactly the documented params', () => {
    expectTypeOf(oa.api.user.info).parameter(0).toEqualTypeOf<UserInfoParams>();
    expectTypeOf<UserInfoParams>().toEqualTypeOf<{ openid: string; lang?: 'zh_CN' | 'zh_TW' | 'en' }>();
  });

  it('returns exactly the documented result', () => {
    expectTypeOf(oa.api.user.info).returns.resolves.toEqualTypeOf<UserInfoResult>();
    expectTypeOf<UserInfoResult>().toEqualTypeOf<{
      subscribe: 0 | 1;
      openid: string;
      language?: string;
      subscribe_time?: number;
      unionid?: string;
      remark?: string;
      groupid?: number;
      tagid_list?: number[];
      subscribe_scene?: string;
      qr_scene?: number;
      qr_scene_str?: string;
    }>();
  });

  it('rejects a wrong field name, a missing required field and a wrong enum value', () => {
    // @ts-expect-error `open_id` is not a field of user.info
    void oa.api.user.info({ open_id: 'o1' });
    // @ts-expect-error `openid` is required
    void oa.api.user.info({ lang: 'en' });
    // @ts-expect-error `lang` is an enum
    void oa.api.user.info({ openid: 'o1', lang: 'fr' });
  });
});

describe('other shapes', () => {
  it('binary endpoints resolve to a WechatFile; int64 results are strings', () => {
    expectTypeOf(oa.api.qrcode.show).returns.resolves.toEqualTypeOf<WechatFile>();
    expectTypeOf(oa.api.message.template.send).returns.resolves.toEqualTypeOf<MessageTemplateSendResult>();
    expectTypeOf<MessageTemplateSendResult['msgid']>().toEqualTypeOf<string>();
  });

  it('endpoints without params reject stray fields', () => {
    void oa.api.basic.getCallbackIp();
    // @ts-expect-error no params are documented
    void oa.api.basic.getCallbackIp({ foo: 1 });
  });
});

describe('per-product unions keyed by msgtype: message.custom.send', () => {
  const mp = createMiniProgram({ appId: 'wx2', appSecret: 's' });

  it('takes each msgtype with its own payload', () => {
    void oa.api.message.custom.send({ touser: 'o', msgtype: 'text', text: { content: 'hi' } });
    void oa.api.message.custom.send({ touser: 'o', msgtype: 'voice', voice: { media_id: 'M' } });
    void mp.api.message.custom.send({
      touser: 'o',
      msgtype: 'link',
      link: {
        title: 't',
        description: 'd',
        url: 'https://example.com',
        thumb_url: 'https://example.com/a.png',
      },
    });
  });

  it('rejects a msgtype with another type’s payload, and a type the product does not have', () => {
    // @ts-expect-error msgtype text goes with `text`, not `image`
    void oa.api.message.custom.send({ touser: 'o', msgtype: 'text', image: { media_id: 'M' } });
    // @ts-expect-error the Official Account has no `link` message
    void oa.api.message.custom.send({ touser: 'o', msgtype: 'link', link: { title: 't' } });
    // @ts-expect-error the Mini Program has no `voice` message
    void mp.api.message.custom.send({ touser: 'o', msgtype: 'voice', voice: { media_id: 'M' } });
    mp.api.message.custom.send({
      touser: 'o',
      msgtype: 'miniprogrampage',
      // @ts-expect-error a Mini Program card opens this Mini Program: it has no appid
      miniprogrampage: { title: 't', pagepath: 'p', thumb_media_id: 'M', appid: 'wx' },
    });
  });

  it('types template data as a map of keyword values', () => {
    void oa.api.message.template.send({ touser: 'o', template_id: 'T', data: { keyword1: { value: 'v' } } });
    // @ts-expect-error each keyword is `{ value }`
    void oa.api.message.template.send({ touser: 'o', template_id: 'T', data: { keyword1: 'v' } });
  });
});

describe('params the client holds itself', () => {
  it('makes the appid and secret of code2Session optional: the client fills them in', () => {
    const mp = createMiniProgram({ appId: 'wx2', appSecret: 's' });
    void mp.api.auth.code2Session({ js_code: 'c', grant_type: 'authorization_code' });
    // @ts-expect-error the login code is the caller's: still required
    void mp.api.auth.code2Session({ grant_type: 'authorization_code' });
  });
});
