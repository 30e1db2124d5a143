// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `tag.addTagUsers`: Add members or departments to a tag (增加标签成员) */
export interface WorkTagAddTagUsersParams {
  /** The tag id (the calling app must have created it) */
  tagid: number;
  /**
   * Member UserIDs, at most 1000 per call; userlist and partylist may not both be empty
   * (items ≤ 1000)
   */
  userlist?: Array<string>;
  /**
   * Department ids, at most 100 per call; userlist and partylist may not both be empty
   * (items ≤ 100)
   */
  partylist?: Array<number>;
}

/** Result of `tag.addTagUsers`: Add members or departments to a tag (增加标签成员) */
export interface WorkTagAddTagUsersResult {
  /** Invalid member UserIDs, joined with | */
  invalidlist?: string;
  /** Invalid department ids */
  invalidparty?: Array<number>;
}

/** Params of `tag.create`: Create a tag (创建标签) */
export interface WorkTagCreateParams {
  /**
   * Tag name, at most 32 characters (Chinese or letters), unique among tags
   * (length ≤ 32)
   */
  tagname: string;
  /** Tag id (non-negative); the current largest id plus one when left out */
  tagid?: number;
}

/** Result of `tag.create`: Create a tag (创建标签) */
export interface WorkTagCreateResult {
  /** The tag id */
  tagid: number;
}

/** Params of `tag.delTagUsers`: Remove members or departments from a tag (删除标签成员) */
export interface WorkTagDelTagUsersParams {
  /** The tag id (the calling app must have created it) */
  tagid: number;
  /**
   * Member UserIDs, at most 1000 per call; userlist and partylist may not both be empty
   * (items ≤ 1000)
   */
  userlist?: Array<string>;
  /**
   * Department ids, at most 100 per call; userlist and partylist may not both be empty
   * (items ≤ 100)
   */
  partylist?: Array<number>;
}

/** Result of `tag.delTagUsers`: Remove members or departments from a tag (删除标签成员) */
export interface WorkTagDelTagUsersResult {
  /** Invalid member UserIDs, joined with | */
  invalidlist?: string;
  /** Invalid department ids */
  invalidparty?: Array<number>;
}

/** Params of `tag.delete`: Delete a tag (删除标签) */
export interface WorkTagDeleteParams {
  /** The tag id (the calling app must have created it) */
  tagid: number;
}

/** Result of `tag.delete`: Delete a tag (删除标签) */
export type WorkTagDeleteResult = Record<string, unknown>;

/** Params of `tag.get`: Get a tag's members (获取标签成员) */
export interface WorkTagGetParams {
  /** The tag id */
  tagid: number;
}

/** Result of `tag.get`: Get a tag's members (获取标签成员) */
export interface WorkTagGetResult {
  /** Tag name */
  tagname?: string;
  /** Members with the tag (only those in the app's visible range) */
  userlist?: Array<{
    /** The member's UserID */
    userid?: string;
    /** Member name; custom apps need admin authorization, third-party apps (except contacts apps) do not get it */
    name?: string;
  }>;
  /** Department ids with the tag */
  partylist?: Array<number>;
}

/** Params of `tag.list`: List tags (获取标签列表) */
export type WorkTagListParams = Record<string, never>;

/** Result of `tag.list`: List tags (获取标签列表) */
export interface WorkTagListResult {
  /** The tags (third-party apps see only the tags they created) */
  taglist?: Array<{
    /** Tag id */
    tagid: number;
    /** Tag name */
    tagname: string;
  }>;
}

/** Params of `tag.update`: Rename a tag (更新标签名字) */
export interface WorkTagUpdateParams {
  /** The tag id (the calling app must have created it) */
  tagid: number;
  /**
   * New tag name, at most 32 characters (Chinese or letters), unique among tags
   * (length ≤ 32)
   */
  tagname: string;
}

/** Result of `tag.update`: Rename a tag (更新标签名字) */
export type WorkTagUpdateResult = Record<string, unknown>;
