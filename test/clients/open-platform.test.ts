// The Open Platform chain: verify ticket -> component token -> pre_auth_code and authorization URLs
// -> api_query_auth (refresh token stored) -> authorizer token -> OA/MP clients for the authorizer.
import { expect, it } from 'vitest';
import { createOpenPlatform, type OpenPlatformOptions } from '../../src/clients/open-platform.js';
import { CredentialError, WechatApiError } from '../../src/errors.js';
import type { Store } from '../../src/tokens/store.js';
import { type FakeWechat, fakeWechat } from './fake-wechat.js';
import { eachStore } from './stores.js';

const COMPONENT_TOKEN = '/cgi-bin/component/api_component_token';
const AUTHORIZER_TOKEN = '/cgi-bin/component/api_authorizer_token';

function open(wechat: FakeWechat, store: Store, extra: Partial<OpenPlatformOptions> = {}) {
  return createOpenPlatform({
    componentAppId: 'wxcomponent',
    componentAppSecret: 'component-secret',
    token: 'callback-token',
    encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    fetch: wechat.fetch,
    store,
    ...extra,
  });
}

eachStore('Open Platform chain', (makeStore) => {
  it('component token: needs a pushed ticket, is fetched once, and survives a restart', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const platform = open(wechat, store);
    const missing = await platform.getComponentAccessToken().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(CredentialError);
    expect(String(missing)).toMatch(/no component_verify_ticket stored yet.*saveVerifyTicket/);

    expect(await platform.saveVerifyTicket(wechat.verifyTicket)).toBe(true);
    expect(await platform.saveVerifyTicket('   ')).toBe(false); // an empty push keeps the last good ticket
    const tokens = await Promise.all(Array.from({ length: 10 }, () => platform.getComponentAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(wechat.count(COMPONENT_TOKEN)).toBe(1);
    expect(wechat.params[COMPONENT_TOKEN]![0]).toMatchObject({
      component_appid: 'wxcomponent',
      component_verify_ticket: 'verify-ticket-1',
    });

    const restarted = open(wechat, store);
    expect(await restarted.getComponentAccessToken()).toBe(tokens[0]);
    expect(
      await restarted.api.component.getAuthorizerList({
        component_appid: 'wxcomponent',
        offset: 0,
        count: 10,
      }),
    ).toMatchObject({ total_count: 0 });
    expect(wechat.count(COMPONENT_TOKEN)).toBe(1);
  });

  it('a new ticket push heals a component token that failed on a bad ticket', async () => {
    const wechat = fakeWechat();
    const platform = open(wechat, makeStore());
    await platform.saveVerifyTicket('stale-ticket');
    const err = await platform.getComponentAccessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WechatApiError);
    expect((err as WechatApiError).errcode).toBe(61006);
    // Until the next push, nothing is fetched again (the bad ticket cannot work).
    await expect(platform.getComponentAccessToken()).rejects.toThrow(/the last fetch failed .*61006/);
    expect(wechat.count(COMPONENT_TOKEN)).toBe(1);

    await platform.saveVerifyTicket(wechat.verifyTicket);
    expect(await platform.getComponentAccessToken()).toMatch(/^component_wxcomponent_/);
    expect(wechat.count(COMPONENT_TOKEN)).toBe(2);
  });

  it('builds the PC and mobile authorization URLs with a fresh pre_auth_code', async () => {
    const wechat = fakeWechat();
    const platform = open(wechat, makeStore());
    await platform.saveVerifyTicket(wechat.verifyTicket);
    const pc = new URL(await platform.authorizationUrl({ redirectUri: 'https://example.com/cb?x=1' }));
    expect(`${pc.origin}${pc.pathname}`).toBe('https://mp.weixin.qq.com/cgi-bin/componentloginpage');
    expect(Object.fromEntries(pc.searchParams)).toEqual({
      component_appid: 'wxcomponent',
      pre_auth_code: expect.stringMatching(/^preauthcode@@@/),
      redirect_uri: 'https://example.com/cb?x=1',
      auth_type: '3',
    });
    expect(pc.toString()).toContain('redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1');

    const mobile = await platform.authorizationUrl({
      redirectUri: 'https://example.com/cb',
      mobile: true,
      authType: 2,
      bizAppid: 'wxonly',
    });
    expect(mobile).toMatch(
      /^https:\/\/open\.weixin\.qq\.com\/wxaopen\/safe\/bindcomponent\?action=bindcomponent&no_scan=1&component_appid=wxcomponent&pre_auth_code=preauthcode%40%40%40\d+&redirect_uri=https%3A%2F%2Fexample\.com%2Fcb&auth_type=2&biz_appid=wxonly#wechat_redirect$/,
    );
    expect(wechat.count('/cgi-bin/component/api_create_preauthcode')).toBe(2);
    expect(await platform.authorizationUrl({ redirectUri: 'https://e.com', preAuthCode: 'given' })).toContain(
      'pre_auth_code=given',
    );
    expect(wechat.count('/cgi-bin/component/api_create_preauthcode')).toBe(2);
  });

  it('authorization: stores the refresh token and access token; the authorizer clients act for the account', async () => {
    const wechat = fakeWechat();
    const store = makeStore();
    const platform = open(wechat, store);
    await platform.saveVerifyTicket(wechat.verifyTicket);
    const info = await platform.handleAuthorization('auth-code-for-wxauthorizer');
    expect(info.authorizer_appid).toBe('wxauthorizer');

    const { oa, mp } = platform.authorizer('wxauthorizer');
    expect(platform.authorizer('wxauthorizer').oa).toBe(oa);
    expect(await oa.api.basic.getCallbackIp()).toEqual({ ip_list: ['authorizer:wxauthorizer'] });
    expect(await mp.api.quota.clear({ appid: 'wxauthorizer' })).toMatchObject({
      ip_list: ['authorizer:wxauthorizer'],
    });
    expect(await oa.getTicket()).toMatch(/^jsapi-ticket-for-authorizer:wxauthorizer-/);
    // api_query_auth already gave the access token: nothing else was fetched.
    expect(wechat.count(AUTHORIZER_TOKEN)).toBe(0);
    expect(wechat.count('/cgi-bin/stable_token')).toBe(0);

    // A restart with the same store: the token is still valid, nothing is re-fetched.
    const restarted = open(wechat, store);
    expect(await restarted.authorizer('wxauthorizer').oa.api.basic.getCallbackIp()).toEqual({
      ip_list: ['authorizer:wxauthorizer'],
    });
    expect(wechat.count(AUTHORIZER_TOKEN)).toBe(0);
    expect(wechat.count(COMPONENT_TOKEN)).toBe(1);
  });

  it('refreshes the authorizer token with the stored refresh token, keeping a rotated one across restarts', async () => {
    const wechat = fakeWechat();
    wechat.rotateRefreshTokens = true;
    const store = makeStore();
    const platform = open(wechat, store);
    await platform.saveVerifyTicket(wechat.verifyTicket);
    await platform.handleAuthorization('auth-code-for-wxrotating');
    const first = wechat.refreshTokens.get('wxrotating');

    wechat.revoke('authorizer:wxrotating'); // the authorizer token stops working (40001)
    const { oa } = platform.authorizer('wxrotating');
    expect(await oa.api.basic.getCallbackIp()).toEqual({ ip_list: ['authorizer:wxrotating'] });
    expect(wechat.count(AUTHORIZER_TOKEN)).toBe(1);
    expect(wechat.params[AUTHORIZER_TOKEN]![0]).toMatchObject({
      component_appid: 'wxcomponent',
      authorizer_appid: 'wxrotating',
      authorizer_refresh_token: first,
    });
    const second = wechat.refreshTokens.get('wxrotating');
    expect(second).not.toBe(first);

    // Another process starts after the token expired: it refreshes with the rotated refresh token.
    const key = 'open:wxcomponent:authorizer:wxrotating:access_token';
    await store.compareAndDelete(key, (await store.get(key))!);
    const restarted = open(wechat, store);
    expect(
      await restarted.authorizer('wxrotating').mp.api.quota.clear({ appid: 'wxrotating' }),
    ).toMatchObject({
      ip_list: ['authorizer:wxrotating'],
    });
    expect(wechat.params[AUTHORIZER_TOKEN]![1]).toMatchObject({ authorizer_refresh_token: second });
  });

  it('an unknown authorizer gets a clear error; an imported refresh token works', async () => {
    const wechat = fakeWechat();
    const platform = open(wechat, makeStore());
    await platform.saveVerifyTicket(wechat.verifyTicket);
    const err = await platform
      .authorizer('wxnobody')
      .oa.getAccessToken()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialError);
    expect(String(err)).toMatch(/no authorizer_refresh_token stored for wxnobody/);

    wechat.refreshTokens.set('wximported', 'imported-refresh');
    await platform.saveAuthorizerRefreshToken('wximported', 'imported-refresh');
    expect(await platform.authorizer('wximported').oa.api.basic.getCallbackIp()).toEqual({
      ip_list: ['authorizer:wximported'],
    });
  });
});
