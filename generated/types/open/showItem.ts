// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `showItem.get`: Get the Official Account shown by the scan-to-follow component (获取已设置公众号信息 getShowItem) */
export type OpenShowItemGetParams = Record<string, never>;

/** Result of `showItem.get`: Get the Official Account shown by the scan-to-follow component (获取已设置公众号信息 getShowItem) */
export interface OpenShowItemGetResult {
  /** Whether it can be set: 1 yes, 0 no */
  can_open?: 0 | 1;
  /** Whether it is set: 1 set, 0 not set */
  is_open?: 0 | 1;
  /** Appid of the Official Account shown */
  appid?: string;
  /** Nickname of the Official Account shown */
  nickname?: string;
  /** Avatar of the Official Account shown */
  headimg?: string;
}

/** Params of `showItem.listLinkable`: List the Official Accounts the component may show (获取可设置公众号列表 getLinkForShow) */
export interface OpenShowItemListLinkableParams {
  /**
   * Page number, from 0
   * (value ≥ 0)
   */
  page: number;
  /**
   * Records per page, at most 20
   * (value ≤ 20)
   */
  num: number;
}

/** Result of `showItem.listLinkable`: List the Official Accounts the component may show (获取可设置公众号列表 getLinkForShow) */
export interface OpenShowItemListLinkableResult {
  /** Total number of records */
  total_num?: number;
  /** The Official Accounts */
  biz_info_list?: Array<{
    /** Nickname */
    nickname?: string;
    /** Appid (for showItem.set) */
    appid?: string;
    /** Avatar */
    headimg?: string;
  }>;
}

/** Params of `showItem.set`: Set the Official Account shown by the scan-to-follow component (设置扫码关注的公众号 setShowItem) */
export interface OpenShowItemSetParams {
  /** Turn the scan-to-follow component off (0) or on (1) */
  wxa_subscribe_biz_flag: 0 | 1;
  /** When turning it on: the Official Account's appid, one of showItem.listLinkable's */
  appid?: string;
}

/** Result of `showItem.set`: Set the Official Account shown by the scan-to-follow component (设置扫码关注的公众号 setShowItem) */
export type OpenShowItemSetResult = Record<string, unknown>;
