// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `token.get`: Get the API access_token; stable_token (token.getStable) is preferred (获取接口调用凭据) */
export interface TokenGetParams {
  /** Always client_credential */
  grant_type: "client_credential";
  /**
   * The account's AppID
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
  /**
   * The account's AppSecret
   * Filled in from the client's `appSecret` when left out.
   */
  secret?: string;
}

/** Result of `token.get`: Get the API access_token; stable_token (token.getStable) is preferred (获取接口调用凭据) */
export interface TokenGetResult {
  /** The access_token */
  access_token: string;
  /** Seconds the token stays valid (currently under 7200) */
  expires_in: number;
}

/** Params of `token.getStable`: Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据) */
export interface TokenGetStableParams {
  /** Always client_credential */
  grant_type: "client_credential";
  /**
   * The account's AppID
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
  /**
   * The account's AppSecret
   * Filled in from the client's `appSecret` when left out.
   */
  secret?: string;
  /** false (default) returns the current token while it is valid; true invalidates it and issues a new one (20 times a day, 30 s apart) */
  force_refresh?: boolean;
}

/** Result of `token.getStable`: Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据) */
export interface TokenGetStableResult {
  /** The access_token */
  access_token: string;
  /** Seconds the token stays valid (at most 7200) */
  expires_in: number;
}
