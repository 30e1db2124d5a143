// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `urlLink.generate`: Generate an encrypted URL Link that opens the Mini Program (获取加密URLLink generateUrlLink) */
export interface MpUrlLinkGenerateParams {
  /** Page path of a released Mini Program, without query; empty opens the home page */
  path?: string;
  /**
   * Query passed to the page; digits, letters and !#$&'()*+,/:;=?@-._~% only
   * (length ≤ 1024)
   */
  query?: string;
  /**
   * Expiry kind: 0 = at expire_time, 1 = after expire_interval days
   * @default 0
   */
  expire_type?: 0 | 1;
  /** Unix time the link expires (at most 30 days ahead); required when expire_type is 0 */
  expire_time?: number;
  /** Days until the link expires (at most 30); required when expire_type is 1 */
  expire_interval?: number;
  /** Custom Cloud Base static-site H5 page to go through; the official H5 page when absent */
  cloud_base?: {
    /** Cloud Base environment */
    env: string;
    /** Static-site custom domain; the default domain when absent */
    domain?: string;
    /** Static-site H5 page path, without query */
    path?: string;
    /** H5 page query; digits, letters and !#$&'()*+,/:;=?@-._~% only (length ≤ 1024) */
    query?: string;
    /** Appid (Mini Program or third-party platform) that created env; required for third-party batch Cloud Base */
    resource_appid?: string;
  };
  /**
   * Version to open (release, trial or develop); only applies outside WeChat
   * @default "release"
   */
  env_version?: "release" | "trial" | "develop";
}

/** Result of `urlLink.generate`: Generate an encrypted URL Link that opens the Mini Program (获取加密URLLink generateUrlLink) */
export interface MpUrlLinkGenerateResult {
  /** The generated Mini Program URL Link */
  url_link: string;
}

/** Params of `urlLink.query`: Query an encrypted URL Link, or the day's remaining visits (查询加密URLLink queryUrlLink) */
export interface MpUrlLinkQueryParams {
  /** The encrypted url_link */
  url_link?: string;
  /**
   * 0 = url_link information, 1 = remaining visits for the day
   * @default 0
   */
  query_type?: 0 | 1;
}

/** Result of `urlLink.query`: Query an encrypted URL Link, or the day's remaining visits (查询加密URLLink queryUrlLink) */
export interface MpUrlLinkQueryResult {
  /** The url_link's configuration (query_type 0) */
  url_link_info?: {
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
    /** Cloud Base H5 settings (only in the official example, not in the field table) */
    cloud_base?: unknown;
  };
  /** Quota information (query_type 1) */
  quota_info?: {
    /** Visits left today for URL Scheme (encrypted and plain) and encrypted URL Link */
    remain_visit_quota?: number;
  };
}
