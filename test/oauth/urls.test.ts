// The web-authorization links, byte for byte against the examples of the official pages, and the
// inputs they refuse.
import { describe, expect, it } from 'vitest';
import {
  createOfficialAccount,
  createOpenPlatform,
  createWebsiteApp,
  createWork,
  createWorkSuite,
  OAuthUrlError,
} from '../../src/index.js';

const oa = (appId: string) => createOfficialAccount({ appId, appSecret: 'unused' });

describe('Official Account web pages (网页授权)', () => {
  it('builds the official snsapi_base example', () => {
    // https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html (参考链接)
    const official =
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx520c15f417810387&redirect_uri=https%3A%2F%2Fchong.qq.com%2Fphp%2Findex.php%3Fd%3D%26c%3DwxAdapter%26m%3DmobileDeal%26showwxpaytitle%3D1%26vb2ctag%3D4_2030_5_1194_60&response_type=code&scope=snsapi_base&state=123#wechat_redirect';
    const url = oa('wx520c15f417810387').oauth.authorizeUrl({
      redirectUri:
        'https://chong.qq.com/php/index.php?d=&c=wxAdapter&m=mobileDeal&showwxpaytitle=1&vb2ctag=4_2030_5_1194_60',
      scope: 'snsapi_base',
      state: '123',
    });
    expect(url).toBe(official);
  });

  it("refuses the page's own snsapi_userinfo example: its redirect_uri is plain http", () => {
    // The same page's second link redirects to http://developers.weixin.qq.com, while the page says the
    // redirect_uri should be https (应当使用https链接来确保授权code的安全性): wxkit refuses it.
    expect(() =>
      oa('wx807d86fb6b3d4fd2').oauth.authorizeUrl({
        redirectUri: 'http://developers.weixin.qq.com',
        scope: 'snsapi_userinfo',
        state: 'STATE',
      }),
    ).toThrow(OAuthUrlError);
    // With https it is the official link but for the scheme.
    expect(
      oa('wx807d86fb6b3d4fd2').oauth.authorizeUrl({
        redirectUri: 'https://developers.weixin.qq.com',
        scope: 'snsapi_userinfo',
        state: 'STATE',
      }),
    ).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx807d86fb6b3d4fd2&redirect_uri=https%3A%2F%2Fdevelopers.weixin.qq.com&response_type=code&scope=snsapi_userinfo&state=STATE#wechat_redirect',
    );
  });

  it('adds forcePopup=true before the fragment', () => {
    const url = oa('wx520c15f417810387').oauth.authorizeUrl({
      redirectUri: 'https://example.com/cb',
      scope: 'snsapi_userinfo',
      state: 's',
      forcePopup: true,
    });
    expect(url).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx520c15f417810387&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_userinfo&state=s&forcePopup=true#wechat_redirect',
    );
  });

  it('refuses relative and non-https redirect URIs, fragments, and a bad state', () => {
    const app = oa('wx520c15f417810387');
    const build = (redirectUri: string, state = 'ok') =>
      app.oauth.authorizeUrl({ redirectUri, scope: 'snsapi_base', state });
    expect(() => build('/callback')).toThrow(/absolute https URL/);
    expect(() => build('http://example.com/cb')).toThrow(/must be https/);
    expect(() => build('ftp://example.com/cb')).toThrow(OAuthUrlError);
    expect(() => build('https://example.com/cb#x')).toThrow(/fragment/);
    expect(() => build('https://example.com/cb', 'a b')).toThrow(/state/);
    expect(() => build('https://example.com/cb', 'x'.repeat(129))).toThrow(/state/);
    expect(() => build('https://example.com/cb', 'x'.repeat(128))).not.toThrow();
    // Plain http only for the local machine (a dev server, the emulator).
    expect(build('http://127.0.0.1:3000/cb')).toContain('redirect_uri=http%3A%2F%2F127.0.0.1%3A3000%2Fcb');
    expect(build('http://localhost/cb')).toContain('redirect_uri=http%3A%2F%2Flocalhost%2Fcb');
  });
});

describe('website apps (网站应用微信登录)', () => {
  it('builds the official qrconnect example', () => {
    // https://developers.weixin.qq.com/doc/oplatform/Website_App/WeChat_Login/Wechat_Login.html (请求示例)
    const site = createWebsiteApp({ appId: 'wxbdc5610cc59c1631', appSecret: 'unused' });
    expect(
      site.oauth.qrConnectUrl({
        redirectUri: 'https://passport.yhd.com/wechat/callback.do',
        state: '3d6be0a4035d839573b04816624a415e',
      }),
    ).toBe(
      'https://open.weixin.qq.com/connect/qrconnect?appid=wxbdc5610cc59c1631&redirect_uri=https%3A%2F%2Fpassport.yhd.com%2Fwechat%2Fcallback.do&response_type=code&scope=snsapi_login&state=3d6be0a4035d839573b04816624a415e#wechat_redirect',
    );
  });
});

describe('WeCom', () => {
  it('builds the official corp OAuth example (but for its http scheme and lowercase escapes)', () => {
    // https://developer.work.weixin.qq.com/document/path/91022 (示例). The page's link redirects to
    // http://api.3dept.com and writes its escapes in lowercase (%3a); wxkit needs https and writes
    // uppercase escapes (RFC 3986; both decode the same). Everything else is the page's, byte for byte.
    const official =
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxCorpId&redirect_uri=http%3a%2f%2fapi.3dept.com%2fcgi-bin%2fquery%3faction%3dget&response_type=code&scope=snsapi_base&state=#wechat_redirect';
    const work = createWork({ corpId: 'wxCorpId', secret: 'unused' });
    const url = work.oauth.authorizeUrl({
      redirectUri: 'https://api.3dept.com/cgi-bin/query?action=get',
      scope: 'snsapi_base',
      state: '',
    });
    expect(url).toBe(
      official.replace('http%3a', 'https%3a').replace(/%[0-9a-f]{2}/g, (e) => e.toUpperCase()),
    );
  });

  it('puts the agentid in the link, and needs it for snsapi_privateinfo', () => {
    const url = createWork({
      corpId: 'ww5000000000000005',
      secret: 'unused',
      agentId: 1000002,
    }).oauth.authorizeUrl({
      redirectUri: 'https://example.com/cb',
      scope: 'snsapi_privateinfo',
      state: 'STATE',
    });
    // The page's template: ...&scope=snsapi_base&state=STATE&agentid=AGENTID#wechat_redirect
    expect(url).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww5000000000000005&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_privateinfo&state=STATE&agentid=1000002#wechat_redirect',
    );
    expect(() =>
      createWork({ corpId: 'ww5000000000000005', secret: 'unused' }).oauth.authorizeUrl({
        redirectUri: 'https://example.com/cb',
        scope: 'snsapi_privateinfo',
      }),
    ).toThrow(/agentId/);
  });

  it('builds the web login link in the order of the official page', () => {
    // https://developer.work.weixin.qq.com/document/path/98152: login_type, appid, agentid, redirect_uri,
    // state. The values are those a developer-community question quotes after filling in the page's
    // example (https://developers.weixin.qq.com/community/develop/doc/000a02b74a848821088f7f6255bc00).
    const work = createWork({ corpId: 'ww9f873af04f32479e', secret: 'unused', agentId: 1000134 });
    expect(
      work.oauth.loginUrl({ redirectUri: 'https://developer-sit.zeekrlife-test.com/', state: 'WWLogin' }),
    ).toBe(
      'https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid=ww9f873af04f32479e&agentid=1000134&redirect_uri=https%3A%2F%2Fdeveloper-sit.zeekrlife-test.com%2F&state=WWLogin',
    );
  });

  it("builds a suite's own OAuth link (appid = the suite id) and its service-provider login", () => {
    // https://developer.work.weixin.qq.com/document/path/91120 (构造第三方应用oauth2链接)
    const suite = createWorkSuite({
      suiteId: 'ww6000000000000006',
      suiteSecret: 'unused',
      token: 'unused',
      encodingAESKey: 'a'.repeat(43),
    });
    expect(
      suite.oauth.authorizeUrl({
        redirectUri: 'https://example.com/cb',
        scope: 'snsapi_privateinfo',
        state: 'STATE',
      }),
    ).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww6000000000000006&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_privateinfo&state=STATE#wechat_redirect',
    );
    expect(suite.oauth.loginUrl({ redirectUri: 'https://example.com/cb', state: 's' })).toBe(
      'https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=ServiceApp&appid=ww6000000000000006&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&state=s',
    );
  });
});

describe('Open Platform acting for an Official Account (代公众号发起网页授权)', () => {
  it('adds component_appid after state, before the fragment', () => {
    // https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
    const open = createOpenPlatform({
      componentAppId: 'wx3000000000000003',
      componentAppSecret: 'unused',
      token: 'unused',
      encodingAESKey: 'a'.repeat(43),
    });
    expect(
      open.oauth.authorizeUrl('wx4000000000000004', {
        redirectUri: 'https://example.com/cb',
        scope: 'snsapi_userinfo',
        state: 'STATE',
      }),
    ).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx4000000000000004&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_userinfo&state=STATE&component_appid=wx3000000000000003#wechat_redirect',
    );
  });
});
