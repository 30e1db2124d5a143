// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `oauth.getAccessToken`: Exchange a web-authorization code for a user access token on behalf of an Official Account (通过 code 换取 access_token) */
export interface OpenOauthGetAccessTokenParams {
  /** The Official Account's appid */
  appid: string;
  /** The code returned to redirect_uri in step one */
  code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
}

/** Result of `oauth.getAccessToken`: Exchange a web-authorization code for a user access token on behalf of an Official Account (通过 code 换取 access_token) */
export interface OpenOauthGetAccessTokenResult {
  /** Web-authorization token for this user (not the account's access_token) */
  access_token: string;
  /** Validity in seconds */
  expires_in: number;
  /** Token used to refresh access_token (valid 30 days) */
  refresh_token: string;
  /** The user's openid under the Official Account */
  openid: string;
  /** Scopes the user granted, comma-separated */
  scope?: string;
}

/** Params of `oauth.refreshAccessToken`: Refresh a user's web-authorization access token on behalf of an Official Account (刷新 access_token) */
export interface OpenOauthRefreshAccessTokenParams {
  /** The Official Account's appid */
  appid: string;
  /** Always refresh_token */
  grant_type: "refresh_token";
  /**
   * The third-party platform's appid
   * Filled in from the client's `componentAppId` when left out.
   */
  component_appid?: string;
  /** The refresh_token returned by oauth.getAccessToken */
  refresh_token: string;
}

/** Result of `oauth.refreshAccessToken`: Refresh a user's web-authorization access token on behalf of an Official Account (刷新 access_token) */
export interface OpenOauthRefreshAccessTokenResult {
  /** New web-authorization token */
  access_token: string;
  /** Validity in seconds */
  expires_in: number;
  /** Refresh token */
  refresh_token: string;
  /** The user's openid under the Official Account */
  openid: string;
  /** Scopes the user granted, comma-separated */
  scope?: string;
}
