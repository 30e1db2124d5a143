// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export interface QuotaClearParams {
  /**
   * AppID of the account whose quota is cleared
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
}

/** Result of `quota.clear`: Reset the daily API call quota of an account (重置API调用次数) */
export type QuotaClearResult = Record<string, unknown>;

/** Params of `quota.clearApi`: Reset the daily call count of one API (重置指定API调用次数) */
export interface QuotaClearApiParams {
  /** API path, e.g. "/channels/ec/basics/info/get": starts with "/", no "https://api.weixin.qq.com" prefix (the table says it must start with "/channels/ec/") */
  cgi_path: string;
}

/** Result of `quota.clearApi`: Reset the daily call count of one API (重置指定API调用次数) */
export type QuotaClearApiResult = Record<string, unknown>;

/** Params of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export interface QuotaClearByAppSecretParams {
  /**
   * AppID of the account whose quota is cleared (a URL parameter)
   * Filled in from the client's `appId` when left out.
   */
  appid?: string;
  /**
   * The account's AppSecret (a URL parameter)
   * Filled in from the client's `appSecret` when left out.
   */
  appsecret?: string;
}

/** Result of `quota.clearByAppSecret`: Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数) */
export type QuotaClearByAppSecretResult = Record<string, unknown>;

/** Params of `quota.get`: Get an API's daily quota, usage and rate limits for this account (查询API调用额度) */
export interface QuotaGetParams {
  /** API path such as "/cgi-bin/message/custom/send": no "https://api.weixin.qq.com" prefix, keep the leading "/" (else errcode 76003) */
  cgi_path: string;
}

/** Result of `quota.get`: Get an API's daily quota, usage and rate limits for this account (查询API调用额度) */
export interface QuotaGetResult {
  /** Quota details */
  quota?: {
    /** Calls of this API the account may make today */
    daily_limit?: number;
    /** Calls already made today */
    used?: number;
    /** Calls left today */
    remain?: number;
  };
  /** Rate limit for the account's own calls */
  rate_limit?: {
    /** Calls allowed per period */
    call_count?: number;
    /** Period length, in seconds */
    refresh_second?: number;
  };
  /** Rate limit for calls made on the account's behalf (third-party platforms) */
  component_rate_limit?: {
    /** Calls allowed per period */
    call_count?: number;
    /** Period length, in seconds */
    refresh_second?: number;
  };
}

/** Params of `quota.getRid`: Look up the details of a failed call by the rid in its error message (查询rid信息) */
export interface QuotaGetRidParams {
  /** The rid returned with the failed call (only the same account's rids, at most 7 days old) */
  rid: string;
}

/** Result of `quota.getRid`: Look up the details of a failed call by the rid in its error message (查询rid信息) */
export interface QuotaGetRidResult {
  /** The request behind this rid */
  request?: {
    /** Unix time the request was made */
    invoke_time?: number;
    /** Time taken, in milliseconds */
    cost_in_ms?: number;
    /** Query string of the request */
    request_url?: string;
    /** Body of the POST request */
    request_body?: string;
    /** Body of the API's answer */
    response_body?: string;
    /** Client IP of the request */
    client_ip?: string;
  };
}
