// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `customService.addAccount`: Add a customer service account (添加客服账号) */
export interface CustomServiceAddAccountParams {
  /** Full account: prefix@account WeChat id; prefix up to 10 letters, digits or _, suffix up to 30 characters */
  kf_account: string;
  /**
   * Nickname, at most 16 characters
   * (length ≤ 16)
   */
  nickname: string;
  /** business_id of a customer service sub-merchant; not needed for ordinary accounts */
  business_id?: string;
}

/** Result of `customService.addAccount`: Add a customer service account (添加客服账号) */
export type CustomServiceAddAccountResult = Record<string, unknown>;

/** Params of `customService.deleteAccount`: Delete a customer service account (删除客服账号) */
export interface CustomServiceDeleteAccountParams {
  /** Full account, as prefix@account WeChat id */
  kf_account: string;
  /** business_id of a customer service sub-merchant; not needed for ordinary accounts */
  business_id?: string;
}

/** Result of `customService.deleteAccount`: Delete a customer service account (删除客服账号) */
export type CustomServiceDeleteAccountResult = Record<string, unknown>;

/** Params of `customService.getAccountList`: List all customer service accounts (获取所有客服账号) */
export interface CustomServiceGetAccountListParams {
  /** business_id of a customer service sub-merchant; not needed for Mini Programs, Official or Service Accounts */
  business_id?: string;
}

/** Result of `customService.getAccountList`: List all customer service accounts (获取所有客服账号) */
export interface CustomServiceGetAccountListResult {
  /** The customer service accounts */
  kf_list?: Array<{
    /** Full account, as prefix@account WeChat id */
    kf_account?: string;
    /** Nickname */
    kf_nick?: string;
    /** Customer service number */
    kf_id?: string;
    /** Avatar URL */
    kf_headimgurl?: string;
    /** WeChat id of the bound agent, once bound */
    kf_wx?: string;
    /** WeChat id invited to bind, while the invitation is pending */
    invite_wx?: string;
    /** Unix time the pending invitation expires (the table says string; the official samples print a number) */
    invite_expire_time?: number;
    /** Invitation status: waiting, rejected or expired */
    invite_status?: "waiting" | "rejected" | "expired";
    /** The agent's openid */
    kf_openid?: string;
  }>;
}

/** Params of `customService.getOnlineAccountList`: List the customer service accounts now online (获取在线客服列表) */
export interface CustomServiceGetOnlineAccountListParams {
  /** business_id of a customer service sub-merchant; not needed for ordinary Mini Program customer service */
  business_id?: string;
}

/** Result of `customService.getOnlineAccountList`: List the customer service accounts now online (获取在线客服列表) */
export interface CustomServiceGetOnlineAccountListResult {
  /** The online customer service accounts */
  kf_online_list?: Array<{
    /** Full account, as prefix@account WeChat id */
    kf_account?: string;
    /** Online status: 0 offline, 1 online on the web */
    status?: 0 | 1;
    /** Customer service number (the table says number; the official sample prints a string) */
    kf_id?: string;
    /** Number of sessions the agent is handling now */
    accepted_case?: number;
    /** The agent's openid */
    kf_openid?: string;
  }>;
}
