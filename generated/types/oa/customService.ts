// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `customService.closeSession`: Close a customer service session (关闭会话) */
export interface CustomServiceCloseSessionParams {
  /** Full account, as prefix@account WeChat id */
  kf_account: string;
  /** The follower's openid */
  openid: string;
}

/** Result of `customService.closeSession`: Close a customer service session (关闭会话) */
export type CustomServiceCloseSessionResult = Record<string, unknown>;

/** Params of `customService.createSession`: Open a session between a customer service account and a user (创建会话) */
export interface CustomServiceCreateSessionParams {
  /** Full account, as prefix@account WeChat id (must be bound to a WeChat id and online) */
  kf_account: string;
  /** The follower's openid */
  openid: string;
}

/** Result of `customService.createSession`: Open a session between a customer service account and a user (创建会话) */
export type CustomServiceCreateSessionResult = Record<string, unknown>;

/** Params of `customService.getMsgList`: Get customer service chat records (获取聊天记录) */
export interface CustomServiceGetMsgListParams {
  /** Start of the period (Unix time) */
  starttime?: number;
  /** End of the period (Unix time); a query may span at most 24 hours */
  endtime?: number;
  /** Message id to start from; ids ascend from 1 */
  msgid?: number;
  /**
   * How many records to fetch, at most 10000
   * (value ≤ 10000)
   */
  number?: number;
}

/** Result of `customService.getMsgList`: Get customer service chat records (获取聊天记录) */
export interface CustomServiceGetMsgListResult {
  /** The chat records */
  recordlist?: Array<{
    /** The user's openid */
    openid?: string;
    /** Operation: 2002 the agent sent a message, 2003 the agent received a message */
    opercode?: 2002 | 2003;
    /** Message text; images, voice and video show as [image], [voice], [video] */
    text?: string;
    /** Unix time of the operation */
    time?: number;
    /** Full customer service account, as prefix@account WeChat id */
    worker?: string;
  }>;
  /** Number of messages */
  number?: number;
  /** Message id */
  msgid?: number;
}

/** Params of `customService.getSession`: Get a user's current customer service session (获取客户会话状态) */
export interface CustomServiceGetSessionParams {
  /** The follower's openid */
  openid: string;
}

/** Result of `customService.getSession`: Get a user's current customer service session (获取客户会话状态) */
export interface CustomServiceGetSessionResult {
  /** Unix time the session was taken up */
  createtime?: number;
  /** The account serving the user (empty when nobody is) */
  kf_account?: string;
}

/** Params of `customService.getSessionList`: List a customer service account's current sessions (获取客服会话列表) */
export interface CustomServiceGetSessionListParams {
  /** Full customer service account */
  kf_account: string;
}

/** Result of `customService.getSessionList`: List a customer service account's current sessions (获取客服会话列表) */
export interface CustomServiceGetSessionListResult {
  /** The sessions */
  sessionlist?: Array<{
    /** Unix time the session was taken up */
    createtime?: number;
    /** The user's openid */
    openid?: string;
  }>;
}

/** Params of `customService.getWaitCase`: List the sessions waiting for an agent (获取未接入会话列表) */
export type CustomServiceGetWaitCaseParams = Record<string, never>;

/** Result of `customService.getWaitCase`: List the sessions waiting for an agent (获取未接入会话列表) */
export interface CustomServiceGetWaitCaseResult {
  /** Number of waiting sessions */
  count?: number;
  /** The waiting sessions in order of arrival, at most 100 */
  waitcaselist?: Array<{
    /** Unix time of the user's last message */
    latest_time?: number;
    /** The user's openid */
    openid?: string;
  }>;
}

/** Params of `customService.inviteWorker`: Invite a WeChat user to bind a customer service account (邀请绑定客服账号) */
export interface CustomServiceInviteWorkerParams {
  /** Full account, as prefix@account WeChat id */
  kf_account: string;
  /** WeChat id of the agent invited to bind the account */
  invite_wx: string;
}

/** Result of `customService.inviteWorker`: Invite a WeChat user to bind a customer service account (邀请绑定客服账号) */
export type CustomServiceInviteWorkerResult = Record<string, unknown>;

/** Params of `customService.updateAccount`: Change a customer service account's nickname (修改客服账号) */
export interface CustomServiceUpdateAccountParams {
  /** Full account: prefix@account WeChat id; prefix up to 10 letters, digits or _, suffix up to 30 characters */
  kf_account: string;
  /**
   * Nickname, at most 16 characters
   * (length ≤ 16)
   */
  nickname: string;
}

/** Result of `customService.updateAccount`: Change a customer service account's nickname (修改客服账号) */
export type CustomServiceUpdateAccountResult = Record<string, unknown>;

/** Params of `customService.uploadAccountAvatar`: Set a customer service account's avatar (设置客服头像) */
export interface CustomServiceUploadAccountAvatarParams {
  /** Full account, as prefix@account WeChat id */
  kf_account: string;
  /** The image part (form-data with filename, filelength, content-type), at most 5 MB */
  media: WechatUpload;
}

/** Result of `customService.uploadAccountAvatar`: Set a customer service account's avatar (设置客服头像) */
export type CustomServiceUploadAccountAvatarResult = Record<string, unknown>;
