// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `idConvert.applyToUpgradeChatId`: Schedule the upgrade of group chat ids (申请群ID的升级) */
export interface WorkIdConvertApplyToUpgradeChatIdParams {
  /** Unix time at which the upgrade takes effect; not in the past nor more than 7 days ahead */
  upgrade_time: number;
}

/** Result of `idConvert.applyToUpgradeChatId`: Schedule the upgrade of group chat ids (申请群ID的升级) */
export type WorkIdConvertApplyToUpgradeChatIdResult = Record<string, unknown>;

/** Params of `idConvert.chatId`: Convert group chat ids to upgraded ones (群ID转换接口) */
export interface WorkIdConvertChatIdParams {
  /**
   * Group chat ids to convert, at most 100 (only before the scheduled upgrade time)
   * (items ≤ 100)
   */
  chat_id_list: Array<string>;
}

/** Result of `idConvert.chatId`: Convert group chat ids to upgraded ones (群ID转换接口) */
export interface WorkIdConvertChatIdResult {
  /** The conversions */
  items?: Array<{
    /** Group chat id before the upgrade */
    chat_id?: string;
    /** Group chat id after the upgrade (the input itself when already upgraded) */
    new_chat_id?: string;
  }>;
  /** Ids that could not be converted */
  invalid_chat_id_list?: Array<string>;
}

/** Params of `idConvert.convertTmpExternalUserId`: Convert temporary external user ids (tmp_external_userid的转换) */
export interface WorkIdConvertConvertTmpExternalUserIdParams {
  /** Where the ids came from: 1 meetings, 2 collection forms (收集表), 3 documents / smart sheets */
  business_type: 1 | 2 | 3;
  /** Target user type: 1 customer, 2 interconnected corp (企业互联), 3 upstream/downstream (上下游), 4 interconnected circle (圈子) */
  user_type: 1 | 2 | 3 | 4;
  /**
   * Temporary ids (from the same app), at most 100
   * (items ≤ 100)
   */
  tmp_external_userid_list: Array<string>;
}

/** Result of `idConvert.convertTmpExternalUserId`: Convert temporary external user ids (tmp_external_userid的转换) */
export interface WorkIdConvertConvertTmpExternalUserIdResult {
  /** The converted ids */
  results?: Array<{
    /** The temporary id passed in */
    tmp_external_userid?: string;
    /** The customer's external_userid (user_type 1) */
    external_userid?: string;
    /** The member's corp (other user types, per the sample) */
    corpid?: string;
    /** The member's userid (other user types, per the sample) */
    userid?: string;
  }>;
  /** Ids that could not be converted */
  invalid_tmp_external_userid_list?: Array<string>;
}

/** Params of `idConvert.externalTagId`: Convert customer tag ids to the service provider's (客户标签ID的转换) */
export interface WorkIdConvertExternalTagIdParams {
  /**
   * Customer tag or tag-group ids under the corp, at most 1000
   * (items ≤ 1000)
   */
  external_tagid_list: Array<string>;
}

/** Result of `idConvert.externalTagId`: Convert customer tag ids to the service provider's (客户标签ID的转换) */
export interface WorkIdConvertExternalTagIdResult {
  /** The conversions */
  items?: Array<{
    /** Tag id under the corp */
    external_tagid?: string;
    /** Tag id under the service provider (the input itself when it already is one) */
    open_external_tagid?: string;
  }>;
  /** Tag ids that could not be converted */
  invalid_external_tagid_list?: Array<string>;
}

/** Params of `idConvert.externalUserIdToPendingId`: Get the pending_ids of external_userids (external_userid查询pending_id) */
export interface WorkIdConvertExternalUserIdToPendingIdParams {
  /**
   * The corp's external_userids, at most 100
   * (items ≤ 100)
   */
  external_userid: Array<string>;
  /** Group chat id: only the owner's visibility is checked and external_userids outside the group are ignored */
  chat_id?: string;
}

/** Result of `idConvert.externalUserIdToPendingId`: Get the pending_ids of external_userids (external_userid查询pending_id) */
export interface WorkIdConvertExternalUserIdToPendingIdResult {
  /** The conversions */
  result?: Array<{
    /** The customer's external_userid */
    external_userid?: string;
    /** The pending_id returned earlier by idConvert.unionIdToExternalUserId */
    pending_id?: string;
  }>;
}

/** Params of `idConvert.openKfId`: Convert WeChat Customer Service account ids to the service provider's (微信客服ID的转换) */
export interface WorkIdConvertOpenKfIdParams {
  /**
   * Customer Service account ids (open_kfid), at most 1000
   * (items ≤ 1000)
   */
  open_kfid_list: Array<string>;
}

/** Result of `idConvert.openKfId`: Convert WeChat Customer Service account ids to the service provider's (微信客服ID的转换) */
export interface WorkIdConvertOpenKfIdResult {
  /** The conversions */
  items?: Array<{
    /** Account id under the corp */
    open_kfid?: string;
    /** Account id under the service provider (the input itself when it already is one) */
    new_open_kfid?: string;
  }>;
  /** Account ids that could not be converted */
  invalid_open_kfid_list?: Array<string>;
}

/** Params of `idConvert.unionIdToExternalUserId`: Convert a WeChat unionid to an external_userid (unionid转换为第三方external_userid) */
export interface WorkIdConvertUnionIdToExternalUserIdParams {
  /** The WeChat customer's unionid */
  unionid: string;
  /** The WeChat customer's openid (from the same mini program as the unionid) */
  openid: string;
  /**
   * Owner of the mini program or official account: 0 the corp (default), 1 the service provider
   * @default 0
   */
  subject_type?: 0 | 1;
}

/** Result of `idConvert.unionIdToExternalUserId`: Convert a WeChat unionid to an external_userid (unionid转换为第三方external_userid) */
export interface WorkIdConvertUnionIdToExternalUserIdResult {
  /** The customer's external_userid in the authorizing corp */
  external_userid?: string;
  /** Temporary id (valid 90 days) when the user is not yet a customer; link it later via idConvert.externalUserIdToPendingId */
  pending_id?: string;
}
