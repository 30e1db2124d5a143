// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `corpGroup.getChainCorpInfo`: Get a corp's custom id and group in a chain's contacts (获取企业上下游通讯录下的企业信息) */
export interface WorkCorpGroupGetChainCorpInfoParams {
  /** Chain id (上下游id) */
  chain_id: string;
  /** Id of a joined corp (已加入企业id) */
  corpid?: string;
  /** Id of a corp that has not joined yet; give corpid or pending_corpid (corpid wins when both are given) */
  pending_corpid?: string;
}

/** Result of `corpGroup.getChainCorpInfo`: Get a corp's custom id and group in a chain's contacts (获取企业上下游通讯录下的企业信息) */
export interface WorkCorpGroupGetChainCorpInfoResult {
  /** Corp name */
  corp_name?: string;
  /** 1 not verified, 2 verified (已验证), 3 certified (已认证); returned for joined corps */
  qualification_status?: 1 | 2 | 3;
  /** The corp's custom id given when importing chain contacts; empty when none was given */
  custom_id?: string;
  /** Id of the chain group the corp belongs to */
  groupid?: number;
  /** Whether the corp has joined (企业是否已加入) */
  is_joined?: boolean;
}

/** Params of `corpGroup.getChainGroup`: Get a chain's contact groups (获取上下游通讯录分组) */
export interface WorkCorpGroupGetChainGroupParams {
  /** Chain id */
  chain_id: string;
  /** A group id: only that group is returned; absent returns every group */
  groupid?: number;
}

/** Result of `corpGroup.getChainGroup`: Get a chain's contact groups (获取上下游通讯录分组) */
export interface WorkCorpGroupGetChainGroupResult {
  /** The groups (分组列表数据) */
  groups?: Array<{
    /** Group id */
    groupid?: number;
    /** Group name */
    group_name?: string;
    /** Parent group id; the root group's id is 1 */
    parentid?: number;
    /** Order within the parent; larger comes first. Range [0, 2^32) */
    order?: number;
  }>;
}

/** Params of `corpGroup.getChainList`: List the corp's upstream/downstream chains (获取上下游列表) */
export type WorkCorpGroupGetChainListParams = Record<string, never>;

/** Result of `corpGroup.getChainList`: List the corp's upstream/downstream chains (获取上下游列表) */
export interface WorkCorpGroupGetChainListResult {
  /** The corp's chains (企业上下游列表) */
  chains?: Array<{
    /** Chain id */
    chain_id?: string;
    /** Chain name */
    chain_name?: string;
  }>;
}

/** Params of `corpGroup.getChainUserCustomId`: Get a downstream member's custom id (查询成员自定义id) */
export interface WorkCorpGroupGetChainUserCustomIdParams {
  /** Chain id */
  chain_id: string;
  /** The joined corp's id */
  corpid: string;
  /** The member in that corp */
  userid: string;
}

/** Result of `corpGroup.getChainUserCustomId`: Get a downstream member's custom id (查询成员自定义id) */
export interface WorkCorpGroupGetChainUserCustomIdResult {
  /** The member's custom id */
  user_custom_id?: string;
}

/** Params of `corpGroup.getCorpToken`: Get a downstream corp's access_token for an app shared with it (获取下级/下游企业的access_token) */
export interface WorkCorpGroupGetCorpTokenParams {
  /** The authorized downstream corp's corpid */
  corpid: string;
  /** The app's agentid in the authorized downstream corp */
  agentid: number;
  /**
   * 0 corp interconnection / 局校互联 (default), 1 upstream/downstream (上下游)
   * @default 0
   */
  business_type?: 0 | 1;
}

/** Result of `corpGroup.getCorpToken`: Get a downstream corp's access_token for an app shared with it (获取下级/下游企业的access_token) */
export interface WorkCorpGroupGetCorpTokenResult {
  /** The downstream corp's credential (read-only contacts APIs), at most 512 bytes */
  access_token: string;
  /** Lifetime of the credential in seconds */
  expires_in: number;
}

/** Params of `corpGroup.getImportResult`: Get the result of an import_chain_contact job (获取异步任务结果) */
export interface WorkCorpGroupGetImportResultParams {
  /** The async job id, at most 64 bytes */
  jobid: string;
}

/** Result of `corpGroup.getImportResult`: Get the result of an import_chain_contact job (获取异步任务结果) */
export interface WorkCorpGroupGetImportResultResult {
  /** Job status: 1 started, 2 running, 3 finished */
  status?: 1 | 2 | 3;
  /** The detailed result; valid once the job has finished */
  result?: {
    /** Chain id */
    chain_id?: string;
    /** 1 every corp imported, 2 some corps imported, 3 every corp failed */
    import_status?: 1 | 2 | 3;
    /** Corps that failed; when one contact of a corp fails, the whole corp's import is blocked */
    fail_list?: Array<{
      /** The corp's custom id */
      custom_id?: string;
      /** The corp's name */
      corp_name?: string;
      /** The corp's import result code */
      errcode?: number;
      /** The corp's import result message */
      errmsg?: string;
      /** Contacts that failed */
      contact_info_list?: Array<{
        /** The failed contact's mobile (the sample's name; the table says user_mobile) */
        mobile?: string;
        /** The failed contact's mobile, as the table names it; only for contact errors */
        user_mobile?: string;
        /** The contact's error code; only for contact errors */
        errcode?: number;
        /** The contact's error message; only for contact errors */
        errmsg?: string;
      }>;
    }>;
  };
}

/** Params of `corpGroup.importChainContact`: Import upstream/downstream contacts into a chain, as an async job (批量导入上下游联系人) */
export interface WorkCorpGroupImportChainContactParams {
  /** The chain the contacts are imported into */
  chain_id: string;
  /** The contacts to import, by corp (上下游联系人列表) */
  contact_list: Array<{
    /** The corp's name, 1 to 32 UTF-8 characters: Chinese, letters, digits and " -_()（）" (length 1–32) */
    corp_name: string;
    /** The corp's custom id, 0 to 64 bytes of digits and letters */
    custom_id?: string;
    /** The group the corp goes into (root when empty); only for newly imported corps */
    group_path?: string;
    /** The corp's contacts (上下游联系人信息列表) */
    contact_info_list: Array<{
      /** Contact name, 1 to 32 UTF-8 characters (length 1–32) */
      name: string;
      /** Contact identity: 1 member, 2 person in charge (负责人) */
      identity_type: 1 | 2;
      /** Mobile number; international numbers need + and the country code (e.g. +85259****45) */
      mobile: string;
      /** The contact's custom id: digits only, an unsigned 64-bit value 1 to 2^64-2, no leading 0, not 11 or 13 digits */
      user_custom_id?: string;
    }>;
  }>;
}

/** Result of `corpGroup.importChainContact`: Import upstream/downstream contacts into a chain, as an async job (批量导入上下游联系人) */
export interface WorkCorpGroupImportChainContactResult {
  /** The async job id, at most 64 bytes */
  jobid?: string;
}

/** Params of `corpGroup.listAppShareInfo`: List the corps an app is shared with (获取应用共享信息) */
export interface WorkCorpGroupListAppShareInfoParams {
  /** The upstream (上级/上游) corp app's agentid */
  agentid: number;
  /** 0 corp interconnection / 局校互联, 1 upstream/downstream (上下游) */
  business_type?: 0 | 1;
  /** A downstream corp's corpid: only that corp's share info is returned */
  corpid?: string;
  /**
   * Maximum records returned (at most 100); 0 or absent returns everything. Paging or corpid is recommended
   * (value ≤ 100)
   */
  limit?: number;
  /** Paging cursor from the previous call; leave out on the first call */
  cursor?: string;
}

/** Result of `corpGroup.listAppShareInfo`: List the corps an app is shared with (获取应用共享信息) */
export interface WorkCorpGroupListAppShareInfoResult {
  /** 1 when everything has been returned, 0 when there is more */
  ending?: 0 | 1;
  /** Cursor for the next page; empty when there is no more data */
  next_cursor?: string;
  /** App share info (应用共享信息) */
  corp_list?: Array<{
    /** The downstream corp's corpid */
    corpid?: string;
    /** The downstream corp's name */
    corp_name?: string;
    /** The app's agentid in the downstream corp */
    agentid?: number;
  }>;
}

/** Params of `corpGroup.listChainCorps`: List the corps in a group of a chain's contacts (获取企业上下游通讯录分组下的企业详情列表) */
export interface WorkCorpGroupListChainCorpsParams {
  /** Chain id (上下游id) */
  chain_id: string;
  /** Group id; the root group when left out. Sub-groups are not included: walk them one level at a time */
  groupid?: number;
  /** Whether to return corps that have not joined yet; not returned by default */
  need_pending?: boolean;
  /** Paging cursor: the next_cursor of the previous answer */
  cursor?: string;
  /** Page size; a value > 0 turns paging on */
  limit?: number;
}

/** Result of `corpGroup.listChainCorps`: List the corps in a group of a chain's contacts (获取企业上下游通讯录分组下的企业详情列表) */
export interface WorkCorpGroupListChainCorpsResult {
  /** With paging on: whether there are more records */
  has_more?: boolean;
  /** Cursor to send with the next request */
  next_cursor?: string;
  /** The corps (分组列表数据) */
  group_corps?: Array<{
    /** Id of the chain group the corp belongs to */
    groupid?: number;
    /** Corp id, at most 64 bytes; returned for joined corps */
    corpid?: string;
    /** Corp name */
    corp_name?: string;
    /** The corp's custom id given when importing chain contacts; empty when none was given */
    custom_id?: string;
    /** userid of the member who invited the corp; only for the 「上下游- 可调用接口的应用」 app, and the member must be in the app's visible range */
    invite_userid?: string;
    /** Id of a corp that has not joined yet; returned for such corps */
    pending_corpid?: string;
    /** Whether the corp has joined (企业是否已加入); the sample prints 1 */
    is_joined?: unknown;
  }>;
}

/** Params of `corpGroup.removeCorp`: Remove a downstream corp from a chain (移除企业) */
export interface WorkCorpGroupRemoveCorpParams {
  /** Chain id */
  chain_id: string;
  /** The joined downstream corp to remove */
  corpid?: string;
  /** The not-yet-joined downstream corp to remove; give corpid or pending_corpid (corpid wins when both are given) */
  pending_corpid?: string;
}

/** Result of `corpGroup.removeCorp`: Remove a downstream corp from a chain (移除企业) */
export type WorkCorpGroupRemoveCorpResult = Record<string, unknown>;

/** Params of `corpGroup.rule.add`: Add a rule (新增对接规则) */
export interface WorkCorpGroupRuleAddParams {
  /** Chain id */
  chain_id: string;
  /** The rule's details */
  rule_info: S.In.CorpGroupRuleInfo;
}

/** Result of `corpGroup.rule.add`: Add a rule (新增对接规则) */
export interface WorkCorpGroupRuleAddResult {
  /** The new rule's id */
  rule_id?: number;
}

/** Params of `corpGroup.rule.delete`: Delete a rule (删除对接规则) */
export interface WorkCorpGroupRuleDeleteParams {
  /** Chain id */
  chain_id: string;
  /** Rule id */
  rule_id: number;
}

/** Result of `corpGroup.rule.delete`: Delete a rule (删除对接规则) */
export type WorkCorpGroupRuleDeleteResult = Record<string, unknown>;

/** Params of `corpGroup.rule.get`: Get a rule's details (获取对接规则详情) */
export interface WorkCorpGroupRuleGetParams {
  /** Chain id */
  chain_id: string;
  /** Rule id */
  rule_id: number;
}

/** Result of `corpGroup.rule.get`: Get a rule's details (获取对接规则详情) */
export interface WorkCorpGroupRuleGetResult {
  /** The rule's details */
  rule_info?: S.CorpGroupRuleInfo;
}

/** Params of `corpGroup.rule.listIds`: List a chain's rule ids (获取对接规则id列表) */
export interface WorkCorpGroupRuleListIdsParams {
  /** Chain id */
  chain_id: string;
}

/** Result of `corpGroup.rule.listIds`: List a chain's rule ids (获取对接规则id列表) */
export interface WorkCorpGroupRuleListIdsResult {
  /** The chain's rule ids */
  rule_ids?: Array<number>;
}

/** Params of `corpGroup.rule.modify`: Modify a rule (更新对接规则) */
export interface WorkCorpGroupRuleModifyParams {
  /** Chain id */
  chain_id: string;
  /** Rule id */
  rule_id: number;
  /** The rule's details */
  rule_info: S.In.CorpGroupRuleInfo;
}

/** Result of `corpGroup.rule.modify`: Modify a rule (更新对接规则) */
export type WorkCorpGroupRuleModifyResult = Record<string, unknown>;

/** Params of `corpGroup.unionidToExternalUserid`: Get downstream corps' external_userid from a WeChat user's unionid and openid (通过unionid和openid查询external_userid) */
export interface WorkCorpGroupUnionidToExternalUseridParams {
  /** The WeChat customer's unionid */
  unionid: string;
  /** The WeChat customer's openid (same Mini Program as the unionid) */
  openid: string;
  /** The corp to convert for; absent returns every corp */
  corpid?: string;
}

/** Result of `corpGroup.unionidToExternalUserid`: Get downstream corps' external_userid from a WeChat user's unionid and openid (通过unionid和openid查询external_userid) */
export interface WorkCorpGroupUnionidToExternalUseridResult {
  /** The external contacts for this unionid */
  external_userid_info?: Array<{
    /** The corp's id */
    corpid?: string;
    /** External contact id */
    external_userid?: string;
  }>;
}
