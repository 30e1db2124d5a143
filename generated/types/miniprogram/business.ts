// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `business.get`: Get one customer-service sub-merchant (客服子商户拉取单个商户信息) */
export interface MpBusinessGetParams {
  /** Merchant id from creation (give this or account_name) */
  business_id?: string;
  /** Account name used at creation (give this or business_id) */
  account_name?: string;
}

/** Result of `business.get`: Get one customer-service sub-merchant (客服子商户拉取单个商户信息) */
export interface MpBusinessGetResult {
  /** Merchant information */
  business_info?: {
    /** Merchant id */
    business_id?: string;
    /** Merchant account name */
    account_name?: string;
    /** Merchant nickname shown in the chat */
    nickname?: string;
    /** Merchant avatar */
    icon_media_id?: string;
    /** Merchant avatar URL (in the official example, not in the table) */
    icon_url?: string;
  };
}

/** Params of `business.list`: List customer-service sub-merchants (客服子商户拉取多个商户信息) */
export interface MpBusinessListParams {
  /**
   * Paging offset, from 0
   * (value ≥ 0)
   */
  offset: number;
  /**
   * Number of merchants to fetch (at most 200)
   * (value ≤ 200)
   */
  count: number;
}

/** Result of `business.list`: List customer-service sub-merchants (客服子商户拉取多个商户信息) */
export interface MpBusinessListResult {
  /** Merchants */
  list?: Array<{
    /** Merchant id */
    business_id?: string;
    /** Merchant account name */
    account_name?: string;
    /** Merchant nickname shown in the chat */
    nickname?: string;
    /** Merchant avatar */
    icon_media_id?: string;
    /** Merchant avatar URL (in the official example, not in the table) */
    icon_url?: string;
  }>;
}

/** Params of `business.register`: Create a customer-service sub-merchant (客服子商户创建商户) */
export interface MpBusinessRegisterParams {
  /**
   * Account name, usable once; 6-30 letters, digits or underscores, case-sensitive
   * (length ≤ 30)
   */
  account_name: string;
  /** Merchant nickname shown in the chat; 4-30 characters (Chinese counts as 2): Chinese, letters, digits */
  nickname: string;
  /** Avatar: media_id of an image uploaded as temporary media */
  icon_media_id: string;
  /** Forward messages to the general customer service (true) or not (false); when true the kf-account APIs take a business_id */
  transfer_to_commkf?: boolean;
}

/** Result of `business.register`: Create a customer-service sub-merchant (客服子商户创建商户) */
export interface MpBusinessRegisterResult {
  /** Merchant id */
  business_id?: string;
}

/** Params of `business.update`: Update a customer-service sub-merchant (客服子商户更新商户信息) */
export interface MpBusinessUpdateParams {
  /** Merchant id returned when it was created */
  business_id: string;
  /** Merchant nickname shown in the chat; 4-30 characters (Chinese counts as 2); empty: not updated */
  nickname?: string;
  /** Avatar: media_id of an image uploaded as temporary media; empty: not updated */
  icon_media_id?: string;
}

/** Result of `business.update`: Update a customer-service sub-merchant (客服子商户更新商户信息) */
export type MpBusinessUpdateResult = Record<string, unknown>;
