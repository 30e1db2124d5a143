// What a web page needs to use the JS-SDK: the `wx.config` object (Official Accounts; WeCom with the
// corp's ticket) and WeCom's `wx.agentConfig` (with the app's ticket), signed on the server. The
// tickets are Credentials, cached and refreshed like tokens; each page gets a fresh nonce and time.
import { randomAlphanumeric } from '../crypto/internal.js';
import { jssdkSignature } from '../crypto/signatures.js';

/** The fields every JS-SDK config carries: when, a random string, and the signature over the page URL. */
export interface PageSignature {
  /** Unix seconds. */
  timestamp: number;
  nonceStr: string;
  signature: string;
}

export interface JssdkConfigOptions {
  /** `debug: true` makes the JS-SDK alert every call's result. */
  debug?: boolean;
  /** Open tags the page uses (`wx-open-launch-weapp`, …); Official Accounts only. */
  openTagList?: readonly string[];
}

/** The object to pass to `wx.config` (serialize it into the page, or return it from an API). */
export interface JssdkConfig extends PageSignature {
  debug?: boolean;
  /** WeCom only: always true there, as its docs require for `wx.invoke` APIs. */
  beta?: boolean;
  /** The AppID (Official Account) or CorpID (WeCom). */
  appId: string;
  jsApiList: string[];
  openTagList?: string[];
}

/** The object to pass to WeCom's `wx.agentConfig`. */
export interface AgentConfig extends PageSignature {
  corpid: string;
  agentid: string | number;
  jsApiList: string[];
}

/** Signs a page URL with a jsapi ticket. The URL's `#fragment` is dropped, as the page sees it signed. */
export function signPage(ticket: string, url: string): PageSignature {
  if (typeof url !== 'string' || !/^https?:\/\/[^/?#\s]+/i.test(url)) {
    throw new TypeError(
      'the page URL must be absolute (http:// or https://, as location.href.split("#")[0] gives it in the page)',
    );
  }
  const nonceStr = randomAlphanumeric(16);
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    timestamp,
    nonceStr,
    signature: jssdkSignature({ jsapi_ticket: ticket, noncestr: nonceStr, timestamp, url }),
  };
}

/** The `wx.config` object for a page. */
export function jssdkConfig(
  appId: string,
  ticket: string,
  url: string,
  jsApiList: readonly string[],
  options: JssdkConfigOptions & { beta?: boolean } = {},
): JssdkConfig {
  return {
    ...(options.debug !== undefined ? { debug: options.debug } : {}),
    ...(options.beta ? { beta: true } : {}),
    appId,
    ...signPage(ticket, url),
    jsApiList: [...jsApiList],
    ...(options.openTagList ? { openTagList: [...options.openTagList] } : {}),
  };
}
