// From the code WeChat appends to the redirect to a typed user, against the emulator's authorize
// pages, codes and user tokens (no browser here: test/browser/ drives the same flow in Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CredentialError,
  createOfficialAccount,
  createWebsiteApp,
  createWork,
  WechatApiError,
} from '../../src/index.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator();
});
afterAll(() => emulator.close());

const oaClient = () => {
  const a = emulator.account('oa');
  return createOfficialAccount({ appId: a.appId, appSecret: a.appSecret, hosts: emulator.hosts });
};
const workClient = () => {
  const a = emulator.account('work');
  return createWork({ corpId: a.corpId, secret: a.secret, agentId: a.agentId, hosts: emulator.hosts });
};

/** Follows one page of the emulator as a browser would, without following the redirect. */
async function open(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

describe('Official Account: oauth.login(code)', () => {
  it('returns the openid, unionid and profile for snsapi_userinfo', async () => {
    const oa = oaClient();
    const user = await oa.oauth.login(emulator.webAuthCode(oa.appId, { user: 'lisi' }));
    expect(user.scopes).toEqual(['snsapi_userinfo']);
    expect(user.openid).toMatch(/^o[\w]{27}$/);
    expect(user.unionid).toMatch(/^u/);
    expect(user.profile).toMatchObject({ openid: user.openid, nickname: '李四', sex: 2 });
    expect(user.accessToken).toBeTypeOf('string');
  });

  it('returns only the openid for snsapi_base (no profile call)', async () => {
    const oa = oaClient();
    const before = emulator.calls('oa.oauth.getUserInfo');
    const user = await oa.oauth.login(emulator.webAuthCode(oa.appId, { scope: 'snsapi_base' }));
    expect(user).toMatchObject({ scopes: ['snsapi_base'] });
    expect(user.profile).toBeUndefined();
    expect(user.unionid).toBeUndefined();
    expect(emulator.calls('oa.oauth.getUserInfo')).toBe(before);
  });

  it('answers a reused code with a WechatApiError 40163, once (never retried)', async () => {
    const oa = oaClient();
    const code = emulator.webAuthCode(oa.appId);
    await oa.oauth.login(code);
    const before = emulator.calls('oa.oauth.getAccessToken');
    const err = await oa.oauth.login(code).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WechatApiError);
    expect((err as WechatApiError).errcode).toBe(40163);
    expect(emulator.calls('oa.oauth.getAccessToken')).toBe(before + 1);
  });

  it('answers an unknown or expired code with 40029', async () => {
    const oa = oaClient();
    await expect(oa.oauth.login('not-a-code')).rejects.toMatchObject({ errcode: 40029 });
    const code = emulator.webAuthCode(oa.appId);
    emulator.advanceTime(5 * 60_000 + 1);
    await expect(oa.oauth.login(code)).rejects.toMatchObject({ errcode: 40029 });
  });

  it('keeps the refresh token when asked, and refresh(openid) signs the user in again', async () => {
    const oa = oaClient();
    const first = await oa.oauth.login(emulator.webAuthCode(oa.appId), { keepRefreshToken: true });
    const again = await oa.oauth.refresh(first.openid);
    expect(again.openid).toBe(first.openid);
    expect(again.accessToken).not.toBe(first.accessToken);
    expect(again.profile?.nickname).toBe('张三');
    await expect(oaClient().oauth.refresh('o-unknown')).rejects.toBeInstanceOf(CredentialError);
  });
});

describe("the emulator's authorize pages", () => {
  const authorize = (params: Record<string, string>) =>
    `${emulator.hosts['open.weixin.qq.com']}/connect/oauth2/authorize?${new URLSearchParams({
      appid: emulator.account('oa').appId,
      redirect_uri: 'http://127.0.0.1:9/cb?x=1',
      response_type: 'code',
      state: 'abc',
      ...params,
    })}#wechat_redirect`;

  it('skips the consent page for snsapi_base and redirects with a working code', async () => {
    const page = await open(authorize({ scope: 'snsapi_base' }));
    expect(page.status).toBe(302);
    const back = new URL(page.location!);
    expect(back.origin + back.pathname).toBe('http://127.0.0.1:9/cb');
    expect(back.searchParams.get('x')).toBe('1');
    expect(back.searchParams.get('state')).toBe('abc');
    const user = await oaClient().oauth.login(back.searchParams.get('code')!);
    expect(user.scopes).toEqual(['snsapi_base']);
  });

  it('shows a consent page for snsapi_userinfo, and picking a user redirects with its code', async () => {
    const page = await open(authorize({ scope: 'snsapi_userinfo' }));
    expect(page.status).toBe(200);
    expect(page.html).toContain(`data-account="${emulator.account('oa').appId}"`);
    expect(page.html).toContain('data-scope="snsapi_userinfo"');
    for (const u of ['zhangsan', 'lisi', 'wangwu']) expect(page.html).toContain(`data-user="${u}"`);
    const picked = await open(authorize({ scope: 'snsapi_userinfo', user: 'wangwu', confirm: '1' }));
    expect(picked.status).toBe(302);
    const code = new URL(picked.location!).searchParams.get('code')!;
    expect((await oaClient().oauth.login(code)).profile?.nickname).toBe('王五');
  });

  it('redirects with the state only when the user denies', async () => {
    const denied = await open(authorize({ scope: 'snsapi_userinfo', deny: '1', confirm: '1' }));
    const back = new URL(denied.location!);
    expect(back.searchParams.get('state')).toBe('abc');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('refuses a redirect_uri outside the configured domains (10003) and a bad scope (10005)', async () => {
    const far = await open(authorize({ scope: 'snsapi_base', redirect_uri: 'https://evil.example/cb' }));
    expect(far.status).toBe(400);
    expect(far.html).toContain('data-errcode="10003"');
    expect(far.html).toContain('redirect_uri 参数错误');
    const scope = await open(authorize({ scope: 'snsapi_login' }));
    expect(scope.html).toContain('data-errcode="10005"');
  });

  it('serves qrconnect for a website app', async () => {
    const oa = emulator.account('oa');
    const site = createWebsiteApp({ appId: oa.appId, appSecret: oa.appSecret, hosts: emulator.hosts });
    const url = site.oauth.qrConnectUrl({ redirectUri: 'http://localhost:9/login', state: 'q' });
    expect(url.startsWith(`${emulator.hosts['open.weixin.qq.com']}/connect/qrconnect?`)).toBe(true);
    const picked = await open(`${url.replace('#wechat_redirect', '')}&user=zhangsan&confirm=1`);
    const user = await site.oauth.login(new URL(picked.location!).searchParams.get('code')!);
    expect(user).toMatchObject({ scopes: ['snsapi_login'], profile: { nickname: '张三' } });
  });
});

describe('WeCom: work.oauth.login(code)', () => {
  it('returns the member, and with detail the sensitive fields of snsapi_privateinfo', async () => {
    const work = workClient();
    const plain = await work.oauth.login(emulator.webAuthCode(work.corpId));
    expect(plain).toEqual({ userid: 'zhangsan' });
    const full = await work.oauth.login(
      emulator.webAuthCode(work.corpId, { user: 'lisi', scope: 'snsapi_privateinfo' }),
      { detail: true },
    );
    expect(full.userid).toBe('lisi');
    expect(full.user_ticket).toBeTypeOf('string');
    expect(full.detail).toMatchObject({ userid: 'lisi', gender: '2' });
  });

  it('serves the web login page and its code works once', async () => {
    const work = workClient();
    const url = work.oauth.loginUrl({ redirectUri: 'http://127.0.0.1:9/wecom', state: 'w' });
    const page = await open(url);
    expect(page.status).toBe(200);
    const picked = await open(`${url}&user=wangwu&confirm=1`);
    const code = new URL(picked.location!).searchParams.get('code')!;
    expect(await work.oauth.login(code)).toEqual({ userid: 'wangwu' });
    await expect(work.oauth.login(code)).rejects.toMatchObject({ errcode: 40029 });
  });
});
