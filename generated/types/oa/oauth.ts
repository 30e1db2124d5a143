// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `oauth.checkAccessToken`: Check whether a user's OAuth access_token is still valid (检验用户授权凭证) */
export interface OauthCheckAccessTokenParams {
  /** The user's web-authorization access_token */
  access_token: string;
  /** The user's OpenID */
  openid: string;
}

/** Result of `oauth.checkAccessToken`: Check whether a user's OAuth access_token is still valid (检验用户授权凭证) */
export type OauthCheckAccessTokenResult = Record<string, unknown>;

/** Params of `oauth.getAccessToken`: Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token) */
export interface OauthGetAccessTokenParams {
  /**
   * The Official Account's AppID
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
  /**
   * The Official Account's AppSecret
   * Filled in from the client's `appSecret` when left out.
   */
  secret?: string;
  /** Code from the authorization redirect (single use, expires in 5 minutes) */
  code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `oauth.getAccessToken`: Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token) */
export interface OauthGetAccessTokenResult {
  /** The user's web-authorization access_token (not the account's access_token) */
  access_token: string;
  /** Seconds the access_token stays valid */
  expires_in: number;
  /** Token used to refresh access_token */
  refresh_token: string;
  /** The user's OpenID under this account (also issued to non-followers) */
  openid: string;
  /** Authorized scopes, comma-separated */
  scope?: string;
  /** 1 when the user is a snapshot-page virtual account; absent otherwise */
  is_snapshotuser?: 1;
  /** The user's UnionID; only returned when scope is snsapi_userinfo */
  unionid?: string;
}

/** Params of `oauth.getUserInfo`: Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息) */
export interface OauthGetUserInfoParams {
  /** The user's web-authorization access_token */
  access_token: string;
  /** The user's OpenID */
  openid: string;
  /** Language of country/province/city: zh_CN, zh_TW or en */
  lang?: "zh_CN" | "zh_TW" | "en";
}

/** Result of `oauth.getUserInfo`: Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息) */
export interface OauthGetUserInfoResult {
  /** The user's OpenID */
  openid: string;
  /** Nickname */
  nickname?: string;
  /** 1 male, 2 female, 0 unknown */
  sex?: 0 | 1 | 2;
  /** Province from the user's profile */
  province?: string;
  /** City from the user's profile */
  city?: string;
  /** Country, e.g. CN */
  country?: string;
  /** Avatar URL; the last path segment is the size (0 = 640*640, 46, 64, 96, 132); empty when none */
  headimgurl?: string;
  /** User privileges, e.g. chinaunicom */
  privilege?: Array<string>;
  /** Present only when the account is bound to an Open Platform account */
  unionid?: string;
}

/** Params of `oauth.refreshAccessToken`: Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证) */
export interface OauthRefreshAccessTokenParams {
  /**
   * The Official Account's AppID
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
  /** Always refresh_token */
  grant_type: "refresh_token";
  /** refresh_token from oauth.getAccessToken */
  refresh_token: string;
}

/** Result of `oauth.refreshAccessToken`: Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证) */
export interface OauthRefreshAccessTokenResult {
  /** The user's web-authorization access_token */
  access_token: string;
  /** Seconds the access_token stays valid */
  expires_in: number;
  /** Token used to refresh access_token */
  refresh_token: string;
  /** The user's OpenID */
  openid: string;
  /** Authorized scopes, comma-separated */
  scope?: string;
}
