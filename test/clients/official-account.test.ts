// The OA / Mini Program chains: access_token (stable and classic), jsapi_ticket, wx_card ticket;
// restarts on the same store fetch nothing still valid; accounts never share a token.
import { expect, it } from 'vitest';
import { TokenInvalidError } from '../../generated/errors.js';
import { createMiniProgram, createOfficialAccount } from '../../src/clients/official-account.js';
import { fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

eachStore('OA / MP access_token and tickets', (makeStore) => {
  it('stable_token by default: fetched once, reused after a restart, force_refresh after a 40001', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const options = { appId: 'wx1', appSecret: 'secret-1', fetch: wechat.fetch, store };
    const oa = createOfficialAccount(options);
    const results = await Promise.all(Array.from({ length: 20 }, () => oa.api.basic.getCallbackIp()));
    expect(results[0]).toEqual({ ip_list: ['app:wx1'] });
    expect(wechat.count('/cgi-bin/stable_token')).toBe(1);
    expect(wechat.params['/cgi-bin/stable_token']![0]).toMatchObject({ appid: 'wx1', force_refresh: false });

    const restarted = createOfficialAccount(options);
    expect(await restarted.getAccessToken()).toBe(await oa.getAccessToken());
    expect(wechat.count('/cgi-bin/stable_token')).toBe(1);

    // Someone reset the token: one forced refresh, the call succeeds on its retry.
    wechat.revoke('app:wx1');
    await Promise.all([oa.api.basic.getCallbackIp(), restarted.api.basic.getCallbackIp()]);
    expect(wechat.count('/cgi-bin/stable_token')).toBe(2);
    expect(wechat.params['/cgi-bin/stable_token']![1]).toMatchObject({ force_refresh: true });

    // Revoked again at once: forced refreshes are rate-limited, the call fails with the typed error.
    wechat.revoke('app:wx1');
    await expect(oa.api.basic.getCallbackIp()).rejects.toBeInstanceOf(TokenInvalidError);
    expect(wechat.count('/cgi-bin/stable_token')).toBe(2);
  });

  it('classic /cgi-bin/token on request', async () => {
    const wechat = fakeWechat();
    const oa = createOfficialAccount({
      appId: 'wx2',
      appSecret: 'secret-2',
      tokenMode: 'classic',
      fetch: wechat.fetch,
      store: makeStore(),
    });
    await oa.api.basic.getCallbackIp();
    expect(wechat.count('/cgi-bin/token')).toBe(1);
    expect(wechat.params['/cgi-bin/token']![0]).toMatchObject({
      grant_type: 'client_credential',
      appid: 'wx2',
    });
    expect(wechat.count('/cgi-bin/stable_token')).toBe(0);
  });

  it('jsapi and wx_card tickets: one fetch each, kept across a restart', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const options = { appId: 'wx3', appSecret: 'secret-3', fetch: wechat.fetch, store };
    const oa = createOfficialAccount(options);
    const [jsapi, card, again] = await Promise.all([
      oa.getTicket(),
      oa.getTicket('wx_card'),
      oa.getTicket('jsapi'),
    ]);
    expect(jsapi).toMatch(/^jsapi-ticket-for-app:wx3-/);
    expect(card).toMatch(/^wx_card-ticket-for-app:wx3-/);
    expect(again).toBe(jsapi);
    expect(wechat.count('/cgi-bin/ticket/getticket')).toBe(2);

    const restarted = createOfficialAccount(options);
    expect(await restarted.getTicket('jsapi')).toBe(jsapi);
    expect(await restarted.getTicket('wx_card')).toBe(card);
    expect(wechat.count('/cgi-bin/ticket/getticket')).toBe(2);
    expect(wechat.count('/cgi-bin/stable_token')).toBe(1);
  });

  it('two accounts on one store never share a token; OA and MP are separate', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const a = createOfficialAccount({ appId: 'wxA', appSecret: 'a', fetch: wechat.fetch, store });
    const b = createOfficialAccount({ appId: 'wxB', appSecret: 'b', fetch: wechat.fetch, store });
    const mp = createMiniProgram({ appId: 'wxM', appSecret: 'm', fetch: wechat.fetch, store });
    expect(await a.api.basic.getCallbackIp()).toEqual({ ip_list: ['app:wxA'] });
    expect(await b.api.basic.getCallbackIp()).toEqual({ ip_list: ['app:wxB'] });
    expect(await mp.api.quota.clear({ appid: 'wxM' })).toMatchObject({ ip_list: ['app:wxM'] });
    expect(wechat.count('/cgi-bin/stable_token')).toBe(3);
  });
});

it('a Mini Program client carries no tickets, JS-SDK or web authorization (none are built for it)', () => {
  const mp = createMiniProgram({ appId: 'wxM', appSecret: 'm' });
  expect(Object.keys(mp).sort()).toEqual([
    'api',
    'appId',
    'getAccessToken',
    'internals',
    'request',
    'webhook',
  ]);
  const oa = createOfficialAccount({ appId: 'wxA', appSecret: 'a' });
  expect(Object.keys(oa)).toEqual(expect.arrayContaining(['getTicket', 'jssdk', 'oauth']));
});
