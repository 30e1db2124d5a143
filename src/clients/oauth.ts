// Web authorization on the clients: the authorize link, and one call from the code WeChat sends back
// to the user (code → user token → profile). The links are in src/oauth/urls.ts; the calls are the
// described /sns and /cgi-bin/auth endpoints, so errors are the usual typed ones (an expired or
// reused code is a WechatApiError 40029 / 40163, never retried: a code is single use).
import type { OfficialAccountApi, WorkApi } from '../../generated/api.js';
import { CredentialError } from '../errors.js';
import type { HttpConfig } from '../http/caller.js';
import { type AuthorizeUrlOptions, authorizeUrl, qrConnectUrl, workLoginUrl } from '../oauth/urls.js';
import type { PageHost } from '../products.js';
import { keys, ownerKey } from '../tokens/keys.js';
import type { Store } from '../tokens/store.js';

type OaApi = Pick<OfficialAccountApi, 'oauth'>;
type TokenAnswer = Awaited<ReturnType<OaApi['oauth']['getAccessToken']>>;
type Profile = Awaited<ReturnType<OaApi['oauth']['getUserInfo']>>;

/** The page host's base URL: the clients' `hosts` option (the emulator's) or WeChat's own. */
export const pageBase = (hosts: HttpConfig['hosts'], host: PageHost): string =>
  hosts?.[host] ?? `https://${host}`;

/** Who signed in through an Official Account page or a website's QR login. */
export interface WebUser {
  openid: string;
  /** Present when the account is bound to an Open Platform account (snsapi_userinfo / snsapi_login). */
  unionid?: string;
  /** The scopes the user granted (`snsapi_base`, `snsapi_userinfo`, `snsapi_login`). */
  scopes: string[];
  /** The profile, fetched when a granted scope allows it (snsapi_userinfo, snsapi_login). */
  profile?: Profile;
  /** The user's web access token (not the account's), for further /sns calls. */
  accessToken: string;
  expiresIn: number;
}

export interface WebLoginOptions {
  /** Keep the user's refresh_token in the client's store (30 days) so `refresh(openid)` works later. */
  keepRefreshToken?: boolean;
  /** Language of the profile's country/province/city (default zh_CN). */
  lang?: 'zh_CN' | 'zh_TW' | 'en';
}

const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;
const PROFILE_SCOPES = new Set(['snsapi_userinfo', 'snsapi_login']);

/** code → token → profile, for the /sns/oauth2 family (Official Account pages and website apps). */
function snsLogin(api: OaApi, store: Store, owner: string) {
  const refreshKey = (openid: string) => keys.oauthRefreshToken(owner, openid);
  const finish = async (t: TokenAnswer, o: WebLoginOptions): Promise<WebUser> => {
    const scopes = (t.scope ?? '').split(',').filter(Boolean);
    if (o.keepRefreshToken) await store.set(refreshKey(t.openid), t.refresh_token, REFRESH_TOKEN_TTL_MS);
    const profile = scopes.some((s) => PROFILE_SCOPES.has(s))
      ? await api.oauth.getUserInfo({
          access_token: t.access_token,
          openid: t.openid,
          lang: o.lang ?? 'zh_CN',
        })
      : undefined;
    const unionid = profile?.unionid ?? t.unionid;
    return {
      openid: t.openid,
      ...(unionid ? { unionid } : {}),
      scopes,
      ...(profile ? { profile } : {}),
      accessToken: t.access_token,
      expiresIn: t.expires_in,
    };
  };
  return {
    /**
     * Exchanges the `code` WeChat appended to the redirect for the user: openid (and unionid) and,
     * when the scope allows, the profile. A code works once, for 5 minutes.
     */
    login: async (code: string, o: WebLoginOptions = {}): Promise<WebUser> =>
      finish(await api.oauth.getAccessToken({ code, grant_type: 'authorization_code' }), o),
    /** A fresh user token from the refresh_token `login` kept (`keepRefreshToken`), with the profile again. */
    refresh: async (openid: string, o: Omit<WebLoginOptions, 'keepRefreshToken'> = {}): Promise<WebUser> => {
      const refreshToken = await store.get(refreshKey(openid));
      if (!refreshToken) {
        throw new CredentialError(
          `no refresh_token kept for ${openid}: log in with { keepRefreshToken: true } first`,
          refreshKey(openid),
        );
      }
      const t = await api.oauth.refreshAccessToken({
        refresh_token: refreshToken,
        grant_type: 'refresh_token',
      });
      return finish(t as TokenAnswer, { ...o, keepRefreshToken: true });
    },
  };
}

/** `oa.oauth`: an Official Account's web pages (网页授权). */
export function officialAccountOAuth(appId: string, api: OaApi, store: Store, hosts: HttpConfig['hosts']) {
  return {
    /**
     * The link to send the browser to. `snsapi_base` is silent and gives the openid;
     * `snsapi_userinfo` asks the user and gives the profile. `forcePopup` asks even when WeChat
     * would not.
     */
    authorizeUrl: (
      o: Omit<AuthorizeUrlOptions, 'scope'> & {
        scope: 'snsapi_base' | 'snsapi_userinfo';
        forcePopup?: boolean;
      },
    ): string => authorizeUrl(pageBase(hosts, 'open.weixin.qq.com'), appId, o),
    ...snsLogin(api, store, ownerKey('oa', appId)),
  };
}

/** `website.oauth`: a website app's QR-code login (网站应用微信登录, scope snsapi_login). */
export function websiteOAuth(appId: string, api: OaApi, store: Store, hosts: HttpConfig['hosts']) {
  return {
    /** The QR-code login page to send the browser to (desktop browsers). */
    qrConnectUrl: (o: Omit<AuthorizeUrlOptions, 'scope'>): string =>
      qrConnectUrl(pageBase(hosts, 'open.weixin.qq.com'), appId, o),
    ...snsLogin(api, store, keys.website(appId)),
  };
}

type WorkIdentity = Awaited<ReturnType<WorkApi['oauth']['getUserInfo']>>;
type WorkDetail = Awaited<ReturnType<WorkApi['oauth']['getUserDetail']>>;

/** Who signed in through a WeCom app's page or the WeCom web login. */
export type WorkUser = WorkIdentity & {
  /** The sensitive fields (snsapi_privateinfo and a user_ticket), when `detail: true` was asked. */
  detail?: WorkDetail;
};

/** `work.oauth`: a WeCom internal app's web pages and web login. */
export function workOAuth(
  corpId: string,
  agentId: number | string | undefined,
  api: Pick<WorkApi, 'oauth'>,
  hosts: HttpConfig['hosts'],
) {
  const needAgent = (what: string) => {
    if (agentId === undefined)
      throw new CredentialError(`${what} needs the client's agentId`, `work:${corpId}`);
    return agentId;
  };
  return {
    /**
     * The link for pages opened inside WeCom: `snsapi_base` is silent (userid), `snsapi_privateinfo`
     * asks the member and yields a user_ticket for the sensitive fields (needs the app's agentid).
     */
    authorizeUrl: (
      o: Omit<AuthorizeUrlOptions, 'scope'> & { scope: 'snsapi_base' | 'snsapi_privateinfo' },
    ): string =>
      authorizeUrl(pageBase(hosts, 'open.weixin.qq.com'), corpId, {
        ...o,
        agentId: o.scope === 'snsapi_privateinfo' ? needAgent('snsapi_privateinfo') : agentId,
      }),
    /** The WeCom web login for a desktop browser (QR code or the WeCom desktop client). */
    loginUrl: (o: Omit<AuthorizeUrlOptions, 'scope'> & { lang?: 'zh' | 'en' }): string =>
      workLoginUrl(pageBase(hosts, 'login.work.weixin.qq.com'), {
        ...o,
        loginType: 'CorpApp',
        appId: corpId,
        agentId: needAgent('the web login'),
      }),
    /**
     * Exchanges the code for the member (userid) or the non-member (openid, external_userid); with
     * `detail: true` and a user_ticket (snsapi_privateinfo), also fetches the sensitive fields.
     */
    login: async (code: string, o: { detail?: boolean } = {}): Promise<WorkUser> => {
      const who = await api.oauth.getUserInfo({ code });
      if (!o.detail || !who.user_ticket) return who;
      return { ...who, detail: await api.oauth.getUserDetail({ user_ticket: who.user_ticket }) };
    },
  };
}

/** `suite.oauth`: a WeCom third-party app's own links (appid = the suite id, not a corp's). */
export function suiteOAuth(suiteId: string, hosts: HttpConfig['hosts']) {
  return {
    /**
     * The OAuth link for the suite's pages inside WeCom (构造第三方应用oauth2链接): `snsapi_base`
     * (silent: corpid and userid) or `snsapi_privateinfo` (asks; needs 成员敏感信息授权).
     */
    authorizeUrl: (
      o: Omit<AuthorizeUrlOptions, 'scope'> & { scope: 'snsapi_base' | 'snsapi_privateinfo' },
    ): string => authorizeUrl(pageBase(hosts, 'open.weixin.qq.com'), suiteId, o),
    /**
     * The WeCom web login as a service provider (login_type ServiceApp); `appId` is the login
     * authorization SuiteID of the provider (登录授权), which may differ from this suite's.
     */
    loginUrl: (o: Omit<AuthorizeUrlOptions, 'scope'> & { appId?: string; lang?: 'zh' | 'en' }): string =>
      workLoginUrl(pageBase(hosts, 'login.work.weixin.qq.com'), {
        ...o,
        loginType: 'ServiceApp',
        appId: o.appId ?? suiteId,
      }),
  };
}

/** `open.oauth`: a third-party platform signing users in on behalf of an authorized Official Account. */
export function componentOAuth(componentAppId: string, hosts: HttpConfig['hosts']) {
  return {
    /**
     * The link for the authorizer's pages (代公众号发起网页授权): the authorizer's appid, with
     * `component_appid` naming this platform.
     */
    authorizeUrl: (
      authorizerAppId: string,
      o: Omit<AuthorizeUrlOptions, 'scope'> & { scope: 'snsapi_base' | 'snsapi_userinfo' },
    ): string =>
      authorizeUrl(pageBase(hosts, 'open.weixin.qq.com'), authorizerAppId, { ...o, componentAppId }),
  };
}
