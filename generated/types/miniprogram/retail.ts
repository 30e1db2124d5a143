// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `retail.batchCreate`: Pre-register store information for B2b store authentication (预录入门店信息 batchcreateretail) */
export interface MpRetailBatchCreateParams {
  /**
   * Stores to pre-register (at most 100 per call)
   * (items ≤ 100)
   */
  retail_info_list: Array<{
    /** Phone number */
    mobile_phone: string;
    /** Store name, 1-100 characters (a Chinese character counts 2); required per the table */
    retail_name?: string;
    /** First-level store type */
    retail_type?: "杂货店" | "便利店" | "超市" | "餐饮店" | "母婴店" | "烟酒店" | "其他";
    /** Second-level store type; required when retail_type is 其他 */
    sub_retail_type?: string;
    /** Province */
    address_province: string;
    /** City */
    address_city: string;
    /** District or county */
    address_region: string;
    /** Street address */
    address_street: string;
    /** Business licence registration number; required per the table */
    registration_number?: string;
    /** Company name */
    biz_name?: string;
    /** Legal representative name */
    corporation_name?: string;
    /** Latitude */
    latitude?: number;
    /** Longitude */
    longitude?: number;
    /** First-level main goods, from 食品饮料, 餐饮, 生鲜果蔬（含鲜花）, 烟酒, 鞋服内衣, 个护美妆, 3C数码, 家用电器, 汽修/汽配, 医药/医疗器械, 家装/五金/建材, 家居家纺, 文具玩具, 母婴, 宠物, 其他 */
    business_type?: Array<string>;
    /** Second-level main goods; required when business_type has 其他 */
    other_business_type?: string;
  }>;
}

/** Result of `retail.batchCreate`: Pre-register store information for B2b store authentication (预录入门店信息 batchcreateretail) */
export interface MpRetailBatchCreateResult {
  /** Number of stores imported */
  num_success?: number;
  /** Number of stores that failed */
  num_failure?: number;
  /** Failed records */
  failure_record_list?: Array<{
    /** Phone number */
    mobile_phone?: string;
    /** Business licence registration number */
    registration_number?: string;
    /** 2 invalid phone, 3 invalid store type, 4 address not resolved, 5 phone already used, 6 invalid store name, 7 invalid main goods */
    failure_code?: 2 | 3 | 4 | 5 | 6 | 7;
  }>;
}

/** Params of `retail.getInfo`: Get the store information of an authenticated and authorized store user (门店信息查询 getRetailInfo) */
export interface MpRetailGetInfoParams {
  /** Store admin or staff openid; one of openid or mobile_phone (openid wins when both) */
  openid?: string;
  /** Phone number */
  mobile_phone?: string;
}

/** Result of `retail.getInfo`: Get the store information of an authenticated and authorized store user (门店信息查询 getRetailInfo) */
export interface MpRetailGetInfoResult {
  /** Store information (the example's wrapper; the table lists these fields at the top level) */
  info?: Array<{
    /** Phone number */
    mobile_phone?: string;
    /** First-level store type */
    retail_type?: string;
    /** Second-level store type */
    sub_retail_type?: string;
    /** Store address */
    retail_address?: string;
    /** Store name */
    retail_name?: string;
    /** Business licence registration number */
    identification?: string;
    /** Company name */
    principal?: string;
    /** Legal representative name */
    legal_person_name?: string;
    /** Admin/staff openid (the admin's when queried by phone) */
    openid?: string;
    /** Role: 1 admin, 2 staff (admin when queried by phone) */
    role?: string;
    /** Authentication status: 1 authenticated */
    status?: number;
    /** Authentication timestamp */
    auth_time?: number;
    /** Authorization timestamp */
    grant_time?: number;
    /** Longitude (absent when the store gave no location) */
    longitude?: number;
    /** Latitude (absent when the store gave no location) */
    latitude?: number;
    /** First-level main goods */
    business_type?: Array<string>;
    /** Second-level main goods */
    other_business_type?: string;
    /** Staff including the admin */
    staff_list?: Array<{
      /** Admin/staff openid */
      openid?: string;
      /** 1 admin, 2 staff */
      role?: 1 | 2;
      /** Time the staff member joined (absent for the admin) */
      create_time?: number;
    }>;
  }>;
}

/** Params of `retail.notifyBusiness`: Send a B2b store-assistant template message to store owners (模板消息列表及下发 retailNotifyBusiness) */
export interface MpRetailNotifyBusinessParams {
  /** Template type (see the B2b store-assistant template list) */
  type: number;
  /**
   * Store owner openids (at most 200 per call)
   * (items ≤ 200)
   */
  to_user_list: Array<string>;
  /** Message content as a JSON string (per template) */
  content?: string;
}

/** Result of `retail.notifyBusiness`: Send a B2b store-assistant template message to store owners (模板消息列表及下发 retailNotifyBusiness) */
export type MpRetailNotifyBusinessResult = Record<string, unknown>;
