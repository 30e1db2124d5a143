// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

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
