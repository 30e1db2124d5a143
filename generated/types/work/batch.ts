// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `batch.getResult`: Get an async job's result (获取异步任务结果) */
export interface WorkBatchGetResultParams {
  /** Async job id, at most 64 bytes (only jobs already submitted) */
  jobid: string;
}

/** Result of `batch.getResult`: Get an async job's result (获取异步任务结果) */
export interface WorkBatchGetResultResult {
  /** 1 started, 2 running, 3 finished */
  status?: 1 | 2 | 3;
  /** Job type; currently sync_user (增量更新成员), replace_user (全量覆盖成员), replace_party (全量覆盖部门) */
  type?: string;
  /** Number of records in the job */
  total?: number;
  /** Progress in percent; 100 when finished */
  percentage?: number;
  /** Per-record results, valid once the job has finished */
  result?: Array<{
    /** sync_user / replace_user: the member's UserID */
    userid?: string;
    /** replace_party: what was done (bitwise or): 1 created, 2 renamed, 4 moved, 8 re-ordered */
    action?: number;
    /** replace_party: the department id */
    partyid?: number;
    /** Result code of this record */
    errcode?: number;
    /** Error text, e.g. no permission, key conflict, bad format */
    errmsg?: string;
  }>;
}

/** Params of `batch.invite`: Invite members to use WeCom (邀请成员) */
export interface WorkBatchInviteParams {
  /**
   * Member UserIDs, at most 1000; user, party and tag may not all be empty
   * (items ≤ 1000)
   */
  user?: Array<string>;
  /**
   * Department ids, at most 100
   * (items ≤ 100)
   */
  party?: Array<number>;
  /**
   * Tag ids, at most 100
   * (items ≤ 100)
   */
  tag?: Array<number>;
}

/** Result of `batch.invite`: Invite members to use WeCom (邀请成员) */
export interface WorkBatchInviteResult {
  /** Invalid members */
  invaliduser?: Array<string>;
  /** Invalid departments */
  invalidparty?: Array<number>;
  /** Invalid tags */
  invalidtag?: Array<number>;
}

/** Params of `batch.openUserIdToUserId`: Convert open_userids to plain UserIDs (自建应用与第三方应用的对接 - userid转换) */
export interface WorkBatchOpenUserIdToUserIdParams {
  /**
   * open_userids to convert, at most 1000; they must come from the app given in source_agentid
   * (items ≤ 1000)
   */
  open_userid_list: Array<string>;
  /** agentid of the custom (代开发) or third-party app the open_userids come from (not taken for smart-robot ids) */
  source_agentid?: number;
}

/** Result of `batch.openUserIdToUserId`: Convert open_userids to plain UserIDs (自建应用与第三方应用的对接 - userid转换) */
export interface WorkBatchOpenUserIdToUserIdResult {
  /** The converted ids */
  userid_list?: Array<{
    /** The converted open_userid */
    open_userid?: string;
    /** Its plain UserID */
    userid?: string;
  }>;
  /** open_userids that are invalid (plain UserIDs passed in land here too) */
  invalid_open_userid_list?: Array<string>;
}

/** Params of `batch.replaceParty`: Replace all departments from a CSV file (全量覆盖部门) */
export interface WorkBatchReplacePartyParams {
  /** media_id of the uploaded CSV file (from the template) */
  media_id: string;
  /** Where to push the job-finished event; leave out for no push */
  callback?: {
    /** The app's callback URL (http or https) */
    url?: string;
    /** Token used for the signature */
    token?: string;
    /** Base64 of the AES key used to encrypt the message */
    encodingaeskey?: string;
  };
}

/** Result of `batch.replaceParty`: Replace all departments from a CSV file (全量覆盖部门) */
export interface WorkBatchReplacePartyResult {
  /** Async job id, at most 64 bytes */
  jobid: string;
}

/** Params of `batch.replaceUser`: Replace all members from a CSV file (全量覆盖成员) */
export interface WorkBatchReplaceUserParams {
  /** media_id of the uploaded CSV file (from the template) */
  media_id: string;
  /**
   * Invite new members to WeCom (WeChat notice, SMS or email once a day for up to 3 working days); default true
   * @default true
   */
  to_invite?: boolean;
  /** Where to push the job-finished event; leave out for no push */
  callback?: {
    /** The app's callback URL (http or https) */
    url?: string;
    /** Token used for the signature */
    token?: string;
    /** Base64 of the AES key used to encrypt the message */
    encodingaeskey?: string;
  };
}

/** Result of `batch.replaceUser`: Replace all members from a CSV file (全量覆盖成员) */
export interface WorkBatchReplaceUserResult {
  /** Async job id, at most 64 bytes */
  jobid: string;
}

/** Params of `batch.syncUser`: Incrementally update members from a CSV file (增量更新成员) */
export interface WorkBatchSyncUserParams {
  /** media_id of the uploaded CSV file (from the template) */
  media_id: string;
  /**
   * Invite new members to WeCom (WeChat notice, SMS or email once a day for up to 3 working days); default true
   * @default true
   */
  to_invite?: boolean;
  /** Where to push the job-finished event; leave out for no push */
  callback?: {
    /** The app's callback URL (http or https) */
    url?: string;
    /** Token used for the signature */
    token?: string;
    /** Base64 of the AES key used to encrypt the message */
    encodingaeskey?: string;
  };
}

/** Result of `batch.syncUser`: Incrementally update members from a CSV file (增量更新成员) */
export interface WorkBatchSyncUserResult {
  /** Async job id, at most 64 bytes */
  jobid: string;
}

/** Params of `batch.userIdToOpenUserId`: Convert UserIDs to the service provider's open_userids (userid的转换) */
export interface WorkBatchUserIdToOpenUserIdParams {
  /**
   * Member UserIDs (in the app's visible range), at most 1000; many wrong ids block the call for a day
   * (items ≤ 1000)
   */
  userid_list: Array<string>;
}

/** Result of `batch.userIdToOpenUserId`: Convert UserIDs to the service provider's open_userids (userid的转换) */
export interface WorkBatchUserIdToOpenUserIdResult {
  /** The converted ids (encrypted open_userid under the service provider) */
  open_userid_list?: Array<{
    /** The converted UserID */
    userid?: string;
    /** Its open_userid under the service provider */
    open_userid?: string;
  }>;
  /** UserIDs that could not be converted (in the sample, not in the table) */
  invalid_userid_list?: Array<string>;
}
