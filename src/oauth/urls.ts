// Web authorization (网页授权) links: the URL a browser is sent to so that WeChat or WeCom asks the
// user, then redirects to `redirect_uri?code=CODE&state=STATE`. Parameter order and spelling follow
// the official pages; values are URL-encoded exactly once (encodeURIComponent, as their examples).
import { WxkitError } from '../errors.js';

/** A redirect_uri or state the official pages would not accept: thrown before any redirect happens. */
export class OAuthUrlError extends WxkitError {
  override readonly name: string = 'OAuthUrlError';
}

// Plain http only for the local machine (a dev server, the emulator); WeChat sends the code in the
// URL, so anything else must be https (the OA page: 应当使用https链接来确保授权code的安全性).
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The redirect_uri, checked: absolute, https (http only on loopback), no fragment. */
export function checkRedirectUri(redirectUri: string): string {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new OAuthUrlError(`redirectUri must be an absolute https URL, got a relative one: ${redirectUri}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new OAuthUrlError(
      `redirectUri must be https (plain http only for localhost/127.0.0.1): ${url.protocol}//${url.host}`,
    );
  }
  if (url.hash)
    throw new OAuthUrlError('redirectUri must not have a #fragment: WeChat appends the code to it');
  return redirectUri;
}

/** state: at most 128 characters of a-zA-Z0-9 (the pages' rule); empty is allowed. */
export function checkState(state: string): string {
  if (!/^[A-Za-z0-9]{0,128}$/.test(state)) {
    throw new OAuthUrlError('state must be at most 128 characters of a-z, A-Z and 0-9');
  }
  return state;
}

type Param = readonly [string, string | number | boolean | undefined];

function build(base: string, path: string, params: readonly Param[], fragment: string): string {
  const query = params
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${base}${path}?${query}${fragment}`;
}

export interface AuthorizeUrlOptions {
  /** Where WeChat sends the user back, with `code` and `state` (its domain must be configured). */
  redirectUri: string;
  scope: string;
  /** Returned unchanged with the code; use it against CSRF (default empty). */
  state?: string;
}

/**
 * `open.weixin.qq.com/connect/oauth2/authorize`: Official Account pages, WeCom apps and suites, and
 * a component acting for an authorizer all use it, with their own appid and extra parameters.
 */
export function authorizeUrl(
  base: string,
  appId: string,
  o: AuthorizeUrlOptions & { forcePopup?: boolean; agentId?: number | string; componentAppId?: string },
): string {
  return build(
    base,
    '/connect/oauth2/authorize',
    [
      ['appid', appId],
      ['redirect_uri', checkRedirectUri(o.redirectUri)],
      ['response_type', 'code'],
      ['scope', o.scope],
      ['state', checkState(o.state ?? '')],
      ['forcePopup', o.forcePopup ? true : undefined],
      ['agentid', o.agentId],
      ['component_appid', o.componentAppId],
    ],
    '#wechat_redirect',
  );
}

/** `open.weixin.qq.com/connect/qrconnect`: a website app's QR-code login (scope snsapi_login). */
export function qrConnectUrl(base: string, appId: string, o: Omit<AuthorizeUrlOptions, 'scope'>): string {
  return build(
    base,
    '/connect/qrconnect',
    [
      ['appid', appId],
      ['redirect_uri', checkRedirectUri(o.redirectUri)],
      ['response_type', 'code'],
      ['scope', 'snsapi_login'],
      ['state', checkState(o.state ?? '')],
    ],
    '#wechat_redirect',
  );
}

/** `login.work.weixin.qq.com/wwlogin/sso/login`: WeCom web login in a browser (QR code or desktop client). */
export function workLoginUrl(
  base: string,
  o: Omit<AuthorizeUrlOptions, 'scope'> & {
    loginType: 'CorpApp' | 'ServiceApp';
    appId: string;
    agentId?: number | string;
    lang?: 'zh' | 'en';
  },
): string {
  return build(
    base,
    '/wwlogin/sso/login',
    [
      ['login_type', o.loginType],
      ['appid', o.appId],
      ['agentid', o.agentId],
      ['redirect_uri', checkRedirectUri(o.redirectUri)],
      ['state', checkState(o.state ?? '')],
      ['lang', o.lang],
    ],
    '',
  );
}
