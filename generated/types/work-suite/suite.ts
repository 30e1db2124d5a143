// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `suite.externalContact.unionIdToExternalUserId`: Convert a WeChat user's unionid and openid to the external_userid in authorizing corps (unionid转换为第三方external_userid) */
export interface WorkSuiteSuiteExternalContactUnionIdToExternalUserIdParams {
  /** The WeChat user's unionid */
  unionid: string;
  /** The WeChat user's openid (same mini program or official account as the unionid) */
  openid: string;
  /** The corp to convert for; left out, all corps are searched. Recommended for performance; required for group chats */
  corpid?: string;
}

/** Result of `suite.externalContact.unionIdToExternalUserId`: Convert a WeChat user's unionid and openid to the external_userid in authorizing corps (unionid转换为第三方external_userid) */
export interface WorkSuiteSuiteExternalContactUnionIdToExternalUserIdResult {
  /** The external contacts matching the unionid */
  external_userid_info?: Array<{
    /** The corp id */
    corpid?: string;
    /** The external contact id in that corp */
    external_userid?: string;
  }>;
}

/** Params of `suite.getAdminList`: List the admins of an authorized third-party app in a corp (获取应用的管理员列表) */
export interface WorkSuiteSuiteGetAdminListParams {
  /** Corp id of the authorizing corp */
  auth_corpid: string;
  /** The agentid of the app installed in the authorizing corp; must belong to this suite */
  agentid: number;
}

/** Result of `suite.getAdminList`: List the admins of an authorized third-party app in a corp (获取应用的管理员列表) */
export interface WorkSuiteSuiteGetAdminListResult {
  /** The app's admins (external admins excluded); in member-authorization mode system admins are not returned */
  admin?: Array<{
    /** Admin's userid */
    userid?: string;
    /** Admin's open_userid */
    open_userid?: string;
    /** The admin's rights on the app: 0 send messages, 1 manage */
    auth_type?: 0 | 1;
  }>;
}

/** Params of `suite.getAppQrcode`: Get the install QR code of a published third-party app (获取应用二维码) */
export interface WorkSuiteSuiteGetAppQrcodeParams {
  /** Third-party app id (the suiteid starting with ww or wx) */
  suite_id: string;
  /**
   * App id inside a legacy multi-app suite; single-app suites leave it out
   * @default 1
   */
  appid?: number;
  /**
   * a-zA-Z0-9, at most 32 bytes, to tell install channels apart; returned by suite.getPermanentCode after an install through this QR code
   * (length ≤ 32)
   */
  state?: string;
  /**
   * QR style: 0 framed with text for print, 1 framed with text for screens, 2 unframed small, 3 unframed medium, 4 unframed large
   * @default 2
   */
  style?: 0 | 1 | 2 | 3 | 4;
  /**
   * How the QR code comes back: 1 the PNG image itself, 2 a JSON answer with its URL
   * @default 1
   */
  result_type?: 1 | 2;
}

/** Result of `suite.getAppQrcode`: Get the install QR code of a published third-party app (获取应用二维码) */
export interface WorkSuiteSuiteGetAppQrcodeResult {
  /** URL of the QR code image (result_type 2) */
  qrcode?: string;
}

/** Params of `suite.getAuthInfo`: Get a corp's authorization info from its permanent code (获取企业授权信息) */
export interface WorkSuiteSuiteGetAuthInfoParams {
  /** Corp id of the authorizing corp */
  auth_corpid: string;
  /** The permanent code from suite.getPermanentCode */
  permanent_code: string;
}

/** Result of `suite.getAuthInfo`: Get a corp's authorization info from its permanent code (获取企业授权信息) */
export interface WorkSuiteSuiteGetAuthInfoResult {
  /** Reseller corp info (only for authorizations through a reseller) */
  dealer_corp_info?: S.WorkSuiteDealerCorpInfo;
  /** The authorizing corp */
  auth_corp_info?: S.WorkSuiteAuthCorpInfo;
  /** The authorized apps and their permissions */
  auth_info?: S.WorkSuiteAuthInfo;
  /** The current paid edition, for apps with paid editions (https://developer.work.weixin.qq.com/document/path/91912) */
  edition_info?: S.WorkSuiteEditionInfo;
}

/** Params of `suite.getCorpToken`: Get an authorizing corp's access_token from its permanent code (获取企业凭证) */
export interface WorkSuiteSuiteGetCorpTokenParams {
  /** Corp id of the authorizing corp */
  auth_corpid: string;
  /** The permanent code from suite.getPermanentCode */
  permanent_code: string;
}

/** Result of `suite.getCorpToken`: Get an authorizing corp's access_token from its permanent code (获取企业凭证) */
export interface WorkSuiteSuiteGetCorpTokenResult {
  /** The corp's access_token, at most 512 bytes; used like a corp's own token */
  access_token: string;
  /** Lifetime of access_token in seconds */
  expires_in: number;
}

/** Params of `suite.getCustomizedAuthUrl`: Get an authorization link with a state for custom-app (代开发) templates (获取带参授权链接) */
export interface WorkSuiteSuiteGetCustomizedAuthUrlParams {
  /**
   * a-zA-Z0-9, at most 32 bytes; returned by suite.getPermanentCode when a template is authorized through this link
   * (length ≤ 32)
   */
  state?: string;
  /**
   * Custom-app template ids, at most 9
   * (items ≤ 9)
   */
  templateid_list: Array<string>;
}

/** Result of `suite.getCustomizedAuthUrl`: Get an authorization link with a state for custom-app (代开发) templates (获取带参授权链接) */
export interface WorkSuiteSuiteGetCustomizedAuthUrlResult {
  /** The authorization URL; the developer turns it into a QR code */
  qrcode_url?: string;
  /** Lifetime in seconds (10 days) */
  expires_in?: number;
}

/** Params of `suite.getPermanentCode`: Exchange a temporary auth code for the corp's permanent code, auth info and access_token; a faster v2 at /cgi-bin/service/v2/get_permanent_code returns less (获取企业永久授权码) */
export interface WorkSuiteSuiteGetPermanentCodeParams {
  /** Temporary auth code from the redirect_uri or the authorization callback, 64 to 512 bytes; usable once */
  auth_code: string;
}

/** Result of `suite.getPermanentCode`: Exchange a temporary auth code for the corp's permanent code, auth info and access_token; a faster v2 at /cgi-bin/service/v2/get_permanent_code returns less (获取企业永久授权码) */
export interface WorkSuiteSuiteGetPermanentCodeResult {
  /** The authorizing corp's access_token, at most 512 bytes */
  access_token?: string;
  /** Lifetime of access_token in seconds */
  expires_in?: number;
  /** The corp's permanent auth code, at most 512 bytes; store it */
  permanent_code: string;
  /** Reseller corp info (only for authorizations through a reseller) */
  dealer_corp_info?: S.WorkSuiteDealerCorpInfo;
  /** The authorizing corp */
  auth_corp_info?: S.WorkSuiteAuthCorpInfo;
  /** The authorized apps and their permissions */
  auth_info?: S.WorkSuiteAuthInfo;
  /** The current paid edition, for apps with paid editions (https://developer.work.weixin.qq.com/document/path/91911) */
  edition_info?: S.WorkSuiteEditionInfo;
  /** The admin who authorized (may be absent; each field may be empty) */
  auth_user_info?: {
    /** Admin's userid */
    userid?: string;
    /** Admin's open_userid */
    open_userid?: string;
    /** Admin's name */
    name?: string;
    /** Admin's avatar URL */
    avatar?: string;
  };
  /** Returned when the app was installed by scanning a promotion QR code */
  register_code_info?: {
    /** Registration code */
    register_code?: string;
    /** Promotion package id */
    template_id?: string;
    /** The state given when the registration code was created */
    state?: string;
  };
  /** The state carried by the install QR code or authorization link */
  state?: string;
}

/** Params of `suite.getPreAuthCode`: Get a pre-auth code for a corp authorization (获取预授权码) */
export type WorkSuiteSuiteGetPreAuthCodeParams = Record<string, never>;

/** Result of `suite.getPreAuthCode`: Get a pre-auth code for a corp authorization (获取预授权码) */
export interface WorkSuiteSuiteGetPreAuthCodeResult {
  /** Pre-auth code, at most 512 bytes; used to verify the provider during authorization */
  pre_auth_code: string;
  /** Lifetime in seconds */
  expires_in: number;
}

/** Params of `suite.getToken`: Get a third-party app's suite_access_token (获取第三方应用凭证) */
export interface WorkSuiteSuiteGetTokenParams {
  /**
   * Third-party app id (starts with ww or wx; formerly tj) or custom-app template id (starts with dk)
   * Filled in from the client's `suiteId` when left out.
   */
  suite_id?: string;
  /**
   * Secret of the third-party app or custom-app template
   * Filled in from the client's `suiteSecret` when left out.
   */
  suite_secret?: string;
  /** The ticket WeCom pushes to the command callback URL every 10 minutes (valid 30 minutes; always use the latest) */
  suite_ticket: string;
}

/** Result of `suite.getToken`: Get a third-party app's suite_access_token (获取第三方应用凭证) */
export interface WorkSuiteSuiteGetTokenResult {
  /** The suite access token, at most 512 bytes; cache it */
  suite_access_token: string;
  /** Lifetime in seconds */
  expires_in: number;
}

/** Params of `suite.miniprogram.code2Session`: Exchange a WeCom third-party mini program login code for the session (code2Session) */
export interface WorkSuiteSuiteMiniprogramCode2SessionParams {
  /** The code from wx.qy.login */
  js_code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `suite.miniprogram.code2Session`: Exchange a WeCom third-party mini program login code for the session (code2Session) */
export interface WorkSuiteSuiteMiniprogramCode2SessionResult {
  /** The user's corpid */
  corpid?: string;
  /** The user's UserID in the corp (unique in the corp); encrypted when the user's corp has not installed this mini program app */
  userid?: string;
  /** Session key; never send it to the mini program or expose it */
  session_key?: string;
  /** Globally unique: the same for a member across all apps of one service provider, different between providers; at most 64 bytes */
  open_userid?: string;
}

/** Params of `suite.oauth.getUserDetail`: Get the sensitive details of a signed-in member from a user_ticket (获取访问用户敏感信息) */
export interface WorkSuiteSuiteOauthGetUserDetailParams {
  /** Member ticket (成员票据) from suite.oauth.getUserInfo */
  user_ticket: string;
}

/** Result of `suite.oauth.getUserDetail`: Get the sensitive details of a signed-in member from a user_ticket (获取访问用户敏感信息) */
export interface WorkSuiteSuiteOauthGetUserDetailResult {
  /** The user's corpid */
  corpid?: string;
  /** The member's UserID */
  userid?: string;
  /**
   * Member's name (no longer the real name: see deprecated)
   * @deprecated no real name for new apps since 2019-12-30 and for all third-party apps since 2020-06-30 (userid returned instead); show names with the contact display component
   */
  name?: string;
  /** Gender: 0 undefined, 1 male, 2 female. The real value only when the user agreed to snsapi_privateinfo, otherwise 0 */
  gender?: string;
  /** Avatar URL: the real avatar only when the user agreed to snsapi_privateinfo, otherwise the default one */
  avatar?: string;
  /** The member's personal QR code (scan to add as an external contact); only when the user agreed to snsapi_privateinfo */
  qr_code?: string;
}

/** Params of `suite.oauth.getUserInfo`: Get the identity of a user signing in to a third-party app through web OAuth (获取访问用户身份) */
export interface WorkSuiteSuiteOauthGetUserInfoParams {
  /** The code from the member's authorization, at most 512 bytes; different on each authorization, usable once, expires after 5 minutes unused */
  code: string;
}

/** Result of `suite.oauth.getUserInfo`: Get the identity of a user signing in to a third-party app through web OAuth (获取访问用户身份) */
export interface WorkSuiteSuiteOauthGetUserInfoResult {
  /** The user's corpid (when the user belongs to a corp) */
  corpid?: string;
  /** The user's UserID in the corp: ciphertext when the corp has no authorization with the app, otherwise plain or ciphertext by the upgraded ID policy */
  userid?: string;
  /** Member ticket, at most 512 bytes; returned when scope is snsapi_userinfo or snsapi_privateinfo and the user is in the app's visible range; use it with suite.oauth.getUserDetail */
  user_ticket?: string;
  /** Lifetime of user_ticket in seconds, returned with it */
  expires_in?: number;
  /** Globally unique: the same for a member across all apps of one service provider; at most 64 bytes; third-party apps only */
  open_userid?: string;
  /** Identifies a user who belongs to no corp; unique for the current service provider */
  openid?: string;
}

/** Params of `suite.oauth.getUserInfoLegacy`: Get the identity of a user from a web OAuth code, older route with CorpId/UserId/DeviceId and school parents (获取访问用户身份) */
export interface WorkSuiteSuiteOauthGetUserInfoLegacyParams {
  /** The code from the member's authorization, at most 512 bytes; different on each authorization, usable once, expires after 5 minutes unused */
  code: string;
}

/** Result of `suite.oauth.getUserInfoLegacy`: Get the identity of a user from a web OAuth code, older route with CorpId/UserId/DeviceId and school parents (获取访问用户身份) */
export interface WorkSuiteSuiteOauthGetUserInfoLegacyResult {
  /** The user's corpid; for a parent, the school's corpid (kept for older 家校 callers: same as parents[0].corpid) */
  CorpId?: string;
  /** The user's UserID in the corp */
  UserId?: string;
  /** Device id (generated by WeCom at install; changes on reinstall, not on upgrade) */
  DeviceId?: string;
  /** A parent's external contact id (kept for older 家校 callers: same as parents[0].external_userid) */
  external_userid?: string;
  /** When the user is a school parent: the parent's entries, one per school */
  parents?: Array<{
    /** The school's corpid */
    corpid?: string;
    /** The parent's parent_userid in the school contacts */
    parent_userid?: string;
    /** The parent's external contact id */
    external_userid?: string;
  }>;
  /** Identifies a user who belongs to no corp, unique for the current service provider (from the earlier revision's sample (c)) */
  OpenId?: string;
}

/** Params of `suite.order.get`: Get a paid-edition order of a third-party app (获取订单详情) */
export interface WorkSuiteSuiteOrderGetParams {
  /** Order id */
  orderid: string;
}

/** Result of `suite.order.get`: Get a paid-edition order of a third-party app (获取订单详情) */
export interface WorkSuiteSuiteOrderGetResult {
  /** Order id */
  orderid?: string;
  /** 0 awaiting payment, 1 paid, 2 cancelled, 3 payment expired, 4 refund requested, 5 refunded, 6 refund refused */
  order_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** 0 new purchase, 1 more users, 2 longer period, 3 edition change */
  order_type?: 0 | 1 | 2 | 3;
  /** The customer corp's corpid */
  paid_corpid?: string;
  /** userid of the member who placed the order; absent in some cases (orders placed by the provider, free orders of the provider) */
  operator_id?: string;
  /** App id (suiteid) */
  suiteid?: string;
  /** App id inside a legacy multi-app suite (legacy suites only) */
  appid?: number;
  /** Purchased edition id */
  edition_id?: string;
  /** Purchased edition name */
  edition_name?: string;
  /** Price to pay, in fen (分) */
  price?: number;
  /** Number of users purchased */
  user_count?: number;
  /** Purchased period, in days */
  order_period?: number;
  /** Order time (Unix timestamp) */
  order_time?: number;
  /** Payment time (Unix timestamp) */
  paid_time?: number;
  /** Start of the purchased period (Unix timestamp) */
  begin_time?: number;
  /** End of the purchased period (Unix timestamp) */
  end_time?: number;
  /** Who placed the order: 0 the corp, 1 the service provider, 2 a reseller (from the generated copy; table row cut) */
  order_from?: number;
  /** corpid of the party that placed the order (from the generated copy; table row cut) */
  operator_corpid?: string;
  /** Service provider's share, in fen (from the generated copy; table row cut) */
  service_share_amount?: number;
  /** Platform's share, in fen (from the generated copy; table row cut) */
  platform_share_amount?: number;
  /** Reseller's share, in fen (from the generated copy; table row cut) */
  dealer_share_amount?: number;
  /** The reseller, only when a reseller registered the deal (from the generated copy; table row cut) */
  dealer_corp_info?: S.WorkSuiteDealerCorpInfo;
}

/** Params of `suite.order.list`: List the paid-edition orders of a third-party app in a time range (获取订单列表) */
export interface WorkSuiteSuiteOrderListParams {
  /** Start time (Unix timestamp) */
  start_time: number;
  /** End time (Unix timestamp) */
  end_time: number;
  /**
   * Which orders: 0 formal authorizations (default), 1 test authorizations
   * @default 0
   */
  test_mode?: 0 | 1;
}

/** Result of `suite.order.list`: List the paid-edition orders of a third-party app in a time range (获取订单列表) */
export interface WorkSuiteSuiteOrderListResult {
  /** The orders */
  order_list?: Array<{
    /** Order id */
    orderid?: string;
    /** 0 awaiting payment, 1 paid, 2 cancelled, 3 payment expired, 4 refund requested, 5 refunded, 6 refund refused */
    order_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    /** 0 new purchase, 1 more users, 2 longer period, 3 edition change */
    order_type?: 0 | 1 | 2 | 3;
    /** The customer corp's corpid */
    paid_corpid?: string;
    /** userid of the member who placed the order; absent when the provider placed it */
    operator_id?: string;
    /** App id (suiteid) */
    suiteid?: string;
    /** App id inside a legacy multi-app suite (legacy suites only) */
    appid?: number;
    /** Purchased edition id */
    edition_id?: string;
    /** Purchased edition name (from the generated copy; table row cut) */
    edition_name?: string;
    /** Price to pay, in fen (from the generated copy; table row cut) */
    price?: number;
    /** Number of users purchased (from the generated copy; table row cut) */
    user_count?: number;
    /** Purchased period, in days (from the generated copy; table row cut) */
    order_period?: number;
    /** Order time, Unix timestamp (from the generated copy; table row cut) */
    order_time?: number;
    /** Payment time, Unix timestamp (from the generated copy; table row cut) */
    paid_time?: number;
    /** Start of the purchased period, Unix timestamp (from the generated copy; table row cut) */
    begin_time?: number;
    /** End of the purchased period, Unix timestamp (from the generated copy; table row cut) */
    end_time?: number;
    /** Who placed the order: 0 the corp, 1 the service provider, 2 a reseller (from the generated copy; table row cut) */
    order_from?: number;
    /** corpid of the party that placed the order (from the generated copy; table row cut) */
    operator_corpid?: string;
    /** Service provider's share, in fen (from the generated copy; table row cut) */
    service_share_amount?: number;
    /** Platform's share, in fen (from the generated copy; table row cut) */
    platform_share_amount?: number;
    /** Reseller's share, in fen (from the generated copy; table row cut) */
    dealer_share_amount?: number;
    /** The reseller, only when a reseller registered the deal (from the generated copy; table row cut) */
    dealer_corp_info?: S.WorkSuiteDealerCorpInfo;
  }>;
}

/** Params of `suite.order.prolongTry`: Extend a corp's trial of a paid third-party app; total trial at most 60 days (延长试用期) */
export interface WorkSuiteSuiteOrderProlongTryParams {
  /** The buyer corp's corpid */
  buyer_corpid: string;
  /** Days to add; an app may be extended several times but the total trial may not exceed 60 days, and only while on a time-limited trial or after it expired */
  prolong_days: number;
  /** App id inside a legacy multi-app suite (legacy suites only) */
  appid?: number;
}

/** Result of `suite.order.prolongTry`: Extend a corp's trial of a paid third-party app; total trial at most 60 days (延长试用期) */
export interface WorkSuiteSuiteOrderProlongTryResult {
  /** The new trial end time (Unix timestamp) */
  try_end_time?: number;
}

/** Params of `suite.setSessionInfo`: Configure one authorization session, e.g. test mode for an unpublished app (设置授权配置) */
export interface WorkSuiteSuiteSetSessionInfoParams {
  /** The pre-auth code to configure */
  pre_auth_code: string;
  /** Session settings for this authorization */
  session_info: {
    /** Apps allowed to be authorized; empty means all. Only for legacy multi-app suites */
    appid?: Array<number>;
    /** 0 formal authorization (default), 1 test authorization; use 0 once the app is published */
    auth_type?: 0 | 1;
  };
}

/** Result of `suite.setSessionInfo`: Configure one authorization session, e.g. test mode for an unpublished app (设置授权配置) */
export type WorkSuiteSuiteSetSessionInfoResult = Record<string, unknown>;
