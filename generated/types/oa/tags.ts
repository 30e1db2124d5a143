// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `tags.create`: Create a user tag, at most 100 per account (创建标签) */
export interface TagsCreateParams {
  /** The tag to create */
  tag: {
    /** Tag name, at most 30 characters (length ≤ 30) */
    name: string;
  };
}

/** Result of `tags.create`: Create a user tag, at most 100 per account (创建标签) */
export interface TagsCreateResult {
  /** The created tag */
  tag: {
    /** Tag id assigned by WeChat */
    id: number;
    /** Tag name */
    name: string;
  };
}

/** Params of `tags.delete`: Delete a tag (删除标签) */
export interface TagsDeleteParams {
  /** The tag to delete (the table marks it optional, but the call needs it); a tag with over 100000 followers cannot be deleted */
  tag?: {
    /** Tag id */
    id?: number;
  };
}

/** Result of `tags.delete`: Delete a tag (删除标签) */
export type TagsDeleteResult = Record<string, unknown>;
/** Params of `tags.get`: List the tags created on the account (获取标签) */
export type TagsGetParams = Record<string, never>;

/** Result of `tags.get`: List the tags created on the account (获取标签) */
export interface TagsGetResult {
  /** The account's tags */
  tags: Array<{
    /** Tag id assigned by WeChat */
    id: number;
    /** Tag name (UTF-8) */
    name: string;
    /** Number of followers carrying the tag */
    count?: number;
  }>;
}

/** Params of `tags.getIdList`: List the tag ids on one follower (获取用户的标签列表) */
export interface TagsGetIdListParams {
  /** The follower's OpenID */
  openid: string;
}

/** Result of `tags.getIdList`: List the tag ids on one follower (获取用户的标签列表) */
export interface TagsGetIdListResult {
  /** Ids of the tags on the follower */
  tagid_list: Array<number>;
}

/** Params of `tags.members.batchBlacklist`: Blacklist several users, at most 20 per call (拉黑用户) */
export interface TagsMembersBatchBlacklistParams {
  /** OpenIDs to blacklist, at most 20 */
  openid_list: Array<string>;
}

/** Result of `tags.members.batchBlacklist`: Blacklist several users, at most 20 per call (拉黑用户) */
export type TagsMembersBatchBlacklistResult = Record<string, unknown>;

/** Params of `tags.members.batchTag`: Put a tag on several followers (批量为用户打标签) */
export interface TagsMembersBatchTagParams {
  /** Follower OpenIDs, at most 50 */
  openid_list: Array<string>;
  /** Tag id */
  tagid: number;
}

/** Result of `tags.members.batchTag`: Put a tag on several followers (批量为用户打标签) */
export type TagsMembersBatchTagResult = Record<string, unknown>;

/** Params of `tags.members.batchUnblacklist`: Remove several users from the blacklist, at most 20 per call (取消拉黑用户) */
export interface TagsMembersBatchUnblacklistParams {
  /**
   * OpenIDs to un-blacklist, at most 20
   * (items ≤ 20)
   */
  openid_list: Array<string>;
}

/** Result of `tags.members.batchUnblacklist`: Remove several users from the blacklist, at most 20 per call (取消拉黑用户) */
export type TagsMembersBatchUnblacklistResult = Record<string, unknown>;

/** Params of `tags.members.batchUntag`: Remove a tag from several followers (批量为用户取消标签) */
export interface TagsMembersBatchUntagParams {
  /** Follower OpenIDs */
  openid_list: Array<string>;
  /** Tag id */
  tagid: number;
}

/** Result of `tags.members.batchUntag`: Remove a tag from several followers (批量为用户取消标签) */
export type TagsMembersBatchUntagResult = Record<string, unknown>;

/** Params of `tags.members.getBlacklist`: List the account's blacklisted users (获取公众号的黑名单列表) */
export interface TagsMembersGetBlacklistParams {
  /** OpenID to start from; empty starts from the beginning */
  begin_openid?: string;
}

/** Result of `tags.members.getBlacklist`: List the account's blacklisted users (获取公众号的黑名单列表) */
export interface TagsMembersGetBlacklistResult {
  /** Total number of blacklisted users */
  total: number;
  /** Number of OpenIDs in this page */
  count: number;
  /** The page of OpenIDs */
  data?: {
    /** Blacklisted OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as begin_openid for the next page */
  next_openid?: string;
}

/** Params of `tags.update`: Rename a tag (编辑标签) */
export interface TagsUpdateParams {
  /** The tag and its new name */
  tag: {
    /** Tag id assigned by WeChat */
    id: number;
    /** New tag name (UTF-8) */
    name: string;
  };
}

/** Result of `tags.update`: Rename a tag (编辑标签) */
export type TagsUpdateResult = Record<string, unknown>;

/** Params of `tags.users`: List the followers carrying a tag (获取标签下粉丝列表) */
export interface TagsUsersParams {
  /** Tag id */
  tagid?: number;
  /** OpenID to start after; empty or omitted starts from the beginning */
  next_openid?: string;
}

/** Result of `tags.users`: List the followers carrying a tag (获取标签下粉丝列表) */
export interface TagsUsersResult {
  /** Number of followers in this page */
  count: number;
  /** The page of followers */
  data?: {
    /** Follower OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as next_openid for the next page */
  next_openid?: string;
}
