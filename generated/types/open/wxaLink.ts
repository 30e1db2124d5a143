// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `wxaLink.link`: Link a Mini Program to the Official Account (公众号关联小程序 linkMiniprogram) */
export interface OpenWxaLinkLinkParams {
  /** The Mini Program's appid */
  appid: string;
  /** Whether to notify the account's followers by template message: 1 yes, 0 no */
  notify_users: 0 | 1;
  /** Whether to show the Mini Program on the account's profile page: 1 yes, 0 no */
  show_profile: 0 | 1;
}

/** Result of `wxaLink.link`: Link a Mini Program to the Official Account (公众号关联小程序 linkMiniprogram) */
export type OpenWxaLinkLinkResult = Record<string, unknown>;
/** Params of `wxaLink.list`: Get the Mini Programs linked to the Official Account (获取公众号关联的小程序 getLinkMiniprogram) */
export type OpenWxaLinkListParams = Record<string, never>;

/** Result of `wxaLink.list`: Get the Mini Programs linked to the Official Account (获取公众号关联的小程序 getLinkMiniprogram) */
export interface OpenWxaLinkListResult {
  /** The linked Mini Programs */
  wxopens?: {
    /** Linked Mini Program information */
    items?: Array<{
      /** Mini Program name */
      nickname?: string;
      /** Avatar URL */
      headimg_url?: string;
      /** Link status: 1 linked, 2 waiting for the Mini Program admin, 3 refused by the Mini Program admin, 12 waiting for the Official Account admin */
      status?: number;
      /** Mini Program appid */
      appid?: string;
      /** WeChat verification and WeChat Pay status (微信认证及支付信息) */
      func_infos?: Array<{
        /** Id of 微信认证 (verification) or 微信支付 (pay) */
        id?: number;
        /** Opened: 0 no, 1 yes */
        status?: 0 | 1;
        /** 微信认证 or 微信支付 */
        name?: string;
      }>;
      /** Shown on the account's management page: 1 yes, 0 no */
      selected?: 0 | 1;
      /** Mini Program original id (gh_…) */
      username?: string;
      /** Mini Program email */
      email?: string;
      /** Shown among nearby Mini Programs: 1 yes, 0 no */
      nearby_display_status?: 0 | 1;
      /** Released: 1 yes, 0 no */
      released?: 0 | 1;
      /** In the official sample (SOURCE_NORMAL), not in the current table */
      source?: string;
      /** In the official sample (1), not in the current table */
      copy_verify_status?: number;
    }>;
  };
}

/** Params of `wxaLink.unlink`: Unlink a Mini Program from the Official Account (公众号解除关联小程序 unlinkMiniprogram) */
export interface OpenWxaLinkUnlinkParams {
  /** The Mini Program's appid (the account admin confirms by template message) */
  appid: string;
}

/** Result of `wxaLink.unlink`: Unlink a Mini Program from the Official Account (公众号解除关联小程序 unlinkMiniprogram) */
export type OpenWxaLinkUnlinkResult = Record<string, unknown>;
