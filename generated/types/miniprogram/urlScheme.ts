// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `urlScheme.generate`: Generate an encrypted URL Scheme that opens the Mini Program (获取加密scheme码 generateScheme) */
export interface MpUrlSchemeGenerateParams {
  /** The Mini Program page to open */
  jump_wxa?: {
    /** Page path of a released Mini Program, without query; empty opens the home page */
    path?: string;
    /** Query passed to the page; digits, letters and !#$&'()*+,/:;=?@-._~% only (length ≤ 1024) */
    query?: string;
    /** Version to open (release, trial or develop); only applies outside WeChat @default "release" */
    env_version?: "release" | "trial" | "develop";
  };
  /** Whether the scheme expires (referred to by expire_time/expire_interval and sent in the official example; not in the field table) */
  is_expire?: boolean;
  /** Unix time the scheme expires (at most 30 days ahead); required when expire_type is 0 */
  expire_time?: number;
  /**
   * Expiry kind: 0 = at expire_time, 1 = after expire_interval days
   * @default 0
   */
  expire_type?: 0 | 1;
  /** Days until the scheme expires (at most 30); required when expire_type is 1 */
  expire_interval?: number;
}

/** Result of `urlScheme.generate`: Generate an encrypted URL Scheme that opens the Mini Program (获取加密scheme码 generateScheme) */
export interface MpUrlSchemeGenerateResult {
  /** The generated Mini Program scheme */
  openlink: string;
}

/** Params of `urlScheme.generateNfc`: Generate a Mini Program scheme for an NFC tag (获取NFC的小程序scheme generateNFCScheme) */
export interface MpUrlSchemeGenerateNfcParams {
  /** The Mini Program page to open */
  jump_wxa?: {
    /** Page path of a released Mini Program, without query; empty opens the home page */
    path?: string;
    /** Query passed to the page; digits, letters and !#$&'()*+,/:;=?@-._~% only (length ≤ 1024) */
    query?: string;
    /** Version to open (release, trial or develop); only applies outside WeChat */
    env_version?: "release" | "trial" | "develop";
  };
  /** The device model_id the scheme belongs to */
  model_id: string;
  /** The device serial number; only for one-code-per-device */
  sn?: string;
}

/** Result of `urlScheme.generateNfc`: Generate a Mini Program scheme for an NFC tag (获取NFC的小程序scheme generateNFCScheme) */
export interface MpUrlSchemeGenerateNfcResult {
  /** The generated Mini Program scheme */
  openlink: string;
}

/** Params of `urlScheme.query`: Query an encrypted or plain URL Scheme, or the day's remaining visits (查询scheme码 queryScheme) */
export interface MpUrlSchemeQueryParams {
  /** The Mini Program scheme (encrypted or plain) */
  scheme?: string;
  /**
   * 0 = scheme information, 1 = remaining visits for the day
   * @default 0
   */
  query_type?: 0 | 1;
}

/** Result of `urlScheme.query`: Query an encrypted or plain URL Scheme, or the day's remaining visits (查询scheme码 queryScheme) */
export interface MpUrlSchemeQueryResult {
  /** The scheme's information (query_type 0) */
  scheme_info?: {
    /** The Mini Program appid */
    appid?: string;
    /** Mini Program page path */
    path?: string;
    /** Page query */
    query?: string;
    /** Creation time (Unix timestamp) */
    create_time?: number;
    /** Expiry time (Unix timestamp); 0 means permanent */
    expire_time?: number;
    /** Version opened: release, trial or develop */
    env_version?: "release" | "trial" | "develop";
  };
  /** Quota information (query_type 1) */
  quota_info?: {
    /** Visits left today for URL Scheme (encrypted and plain) and encrypted URL Link */
    remain_visit_quota?: number;
  };
}
