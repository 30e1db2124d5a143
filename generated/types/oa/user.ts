// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `user.batchGetInfo`: Get basic information of up to 100 followers at once (批量获取用户基本信息) */
export interface UserBatchGetInfoParams {
  /** The users to look up (at most 100 per call) */
  user_list: Array<{
    /** OpenID of a user who follows this account */
    openid: string;
    /** Language of country/province/city; zh_CN when omitted */
    lang?: "zh_CN" | "zh_TW" | "en";
  }>;
}

/** Result of `user.batchGetInfo`: Get basic information of up to 100 followers at once (批量获取用户基本信息) */
export interface UserBatchGetInfoResult {
  /** One entry per requested user */
  user_info_list: Array<{
    /** 0 when the user does not follow the account (nothing else is returned) */
    subscribe: 0 | 1;
    /** The user's OpenID under this account */
    openid: string;
    /** Nickname @deprecated No longer returned (WeChat stopped sending profile data) */
    nickname?: string;
    /** 1 male, 2 female, 0 unknown @deprecated No longer returned (WeChat stopped sending profile data) */
    sex?: number;
    /** User language, e.g. zh_CN */
    language?: string;
    /** City from the profile @deprecated No longer returned (WeChat stopped sending profile data) */
    city?: string;
    /** Province from the profile @deprecated No longer returned (WeChat stopped sending profile data) */
    province?: string;
    /** Country, e.g. CN @deprecated No longer returned (WeChat stopped sending profile data) */
    country?: string;
    /** Avatar URL @deprecated No longer returned (WeChat stopped sending profile data) */
    headimgurl?: string;
    /** Unix time the user (last) followed */
    subscribe_time?: number;
    /** Present only when the account is bound to an Open Platform account */
    unionid?: string;
    /** The operator's remark on this follower */
    remark?: string;
    /** Group id (the legacy groups API) */
    groupid?: number;
    /** Ids of the tags on this user */
    tagid_list?: Array<number>;
    /** Where the user followed from: ADD_SCENE_SEARCH, ADD_SCENE_QR_CODE, ADD_SCENE_OTHERS, ... */
    subscribe_scene?: string;
    /** QR code scene (developer-defined) */
    qr_scene?: number;
    /** QR code scene string (developer-defined) */
    qr_scene_str?: string;
  }>;
}

/** Params of `user.changeOpenId`: Convert the old account's OpenIDs after an account migration (转换openid) */
export interface UserChangeOpenIdParams {
  /** Original id (gh_...) of the old account, not its appid */
  from_appid: string;
  /**
   * OpenIDs of users who still follow the old account (at most 100 per call)
   * (items ≤ 100)
   */
  openid_list: Array<string>;
}

/** Result of `user.changeOpenId`: Convert the old account's OpenIDs after an account migration (转换openid) */
export interface UserChangeOpenIdResult {
  /** One result per OpenID */
  result_list: Array<{
    /** OpenID under the old account */
    ori_openid?: string;
    /** OpenID under the new account (absent when the conversion failed) */
    new_openid?: string;
    /** ok, or why this OpenID failed (e.g. ori_openid error) */
    err_msg?: string;
  }>;
}

/** Params of `user.info`: Get a user's basic information (获取用户基本信息) */
export interface UserInfoParams {
  /** The user's OpenID, unique under this account */
  openid: string;
  /** Language of the returned country/province/city */
  lang?: "zh_CN" | "zh_TW" | "en";
}

/** Result of `user.info`: Get a user's basic information (获取用户基本信息) */
export interface UserInfoResult {
  /** 0 when the user does not follow the account (nothing else is returned) */
  subscribe: 0 | 1;
  /** The user's OpenID */
  openid: string;
  /** No longer provided by WeChat */
  language?: string;
  /** Unix time the user (last) followed */
  subscribe_time?: number;
  /** Present only when the account is bound to an Open Platform account */
  unionid?: string;
  /** The operator's remark on this follower */
  remark?: string;
  /** Group id (the legacy groups API) */
  groupid?: number;
  /** Ids of the tags on this user */
  tagid_list?: Array<number>;
  /** Where the user followed from: ADD_SCENE_SEARCH, ADD_SCENE_QR_CODE, ADD_SCENE_OTHERS, ... */
  subscribe_scene?: string;
  /** QR code scene (developer-defined) */
  qr_scene?: number;
  /** QR code scene string (developer-defined) */
  qr_scene_str?: string;
}

/** Params of `user.list`: List the account's followers, 10000 OpenIDs per call (获取关注用户列表) */
export interface UserListParams {
  /** Last OpenID of the previous page; omit to start from the beginning */
  next_openid?: string;
}

/** Result of `user.list`: List the account's followers, 10000 OpenIDs per call (获取关注用户列表) */
export interface UserListResult {
  /** Total number of followers */
  total: number;
  /** Number of OpenIDs in this page (at most 10000) */
  count: number;
  /** The page of OpenIDs */
  data?: {
    /** Follower OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as next_openid for the next page (empty at the end) */
  next_openid?: string;
}

/** Params of `user.updateRemark`: Set the remark name of a follower (设置用户备注名) */
export interface UserUpdateRemarkParams {
  /** The user's OpenID */
  openid: string;
  /** New remark name, under 30 bytes */
  remark: string;
}

/** Result of `user.updateRemark`: Set the remark name of a follower (设置用户备注名) */
export type UserUpdateRemarkResult = Record<string, unknown>;
