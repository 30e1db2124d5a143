// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `plugin.manage`: Apply for, list, update or remove the plugins a Mini Program uses (插件管理 managePlugin) */
export type MpPluginManageParams = {
  /** list (plugins added), apply (apply to use a plugin), unbind (remove a plugin), update (quick version update) */
  action: "list";
} | {
  /** list (plugins added), apply (apply to use a plugin), unbind (remove a plugin), update (quick version update) */
  action: "apply";
  /** The plugin's appid */
  plugin_appid: string;
  /** Reason for the application */
  reason: string;
} | {
  /** list (plugins added), apply (apply to use a plugin), unbind (remove a plugin), update (quick version update) */
  action: "unbind";
  /** The plugin's appid */
  plugin_appid: string;
} | {
  /** list (plugins added), apply (apply to use a plugin), unbind (remove a plugin), update (quick version update) */
  action: "update";
  /** The plugin's appid */
  plugin_appid: string;
  /** Version to upgrade to (the plugin version must support quick update) */
  user_version?: string;
};

/** Result of `plugin.manage`: Apply for, list, update or remove the plugins a Mini Program uses (插件管理 managePlugin) */
export interface MpPluginManageResult {
  /** Plugins applied for or in use (action list) */
  plugin_list?: Array<{
    /** The plugin's appid */
    appid?: string;
    /** 1 applying, 2 approved, 3 rejected, 4 application timed out */
    status?: 1 | 2 | 3 | 4;
    /** Plugin nickname */
    nickname?: string;
    /** Plugin avatar */
    headimgurl?: string;
  }>;
}

/** Params of `plugin.manageApplication`: As a plugin developer, list plugin users or agree to, refuse or delete applications (插件申请管理 managePluginApplication) */
export type MpPluginManageApplicationParams = {
  /** dev_agree (agree), dev_refuse (refuse), dev_delete (delete refused applicants), dev_apply_list (list plugin users) */
  action: "dev_agree";
  /** The applicant's appid */
  appid: string;
} | {
  /** dev_agree (agree), dev_refuse (refuse), dev_delete (delete refused applicants), dev_apply_list (list plugin users) */
  action: "dev_refuse";
  /** Reason for refusing */
  reason: string;
} | {
  /** dev_agree (agree), dev_refuse (refuse), dev_delete (delete refused applicants), dev_apply_list (list plugin users) */
  action: "dev_delete";
} | {
  /** dev_agree (agree), dev_refuse (refuse), dev_delete (delete refused applicants), dev_apply_list (list plugin users) */
  action: "dev_apply_list";
  /** Page number */
  page: number;
  /** Records per page */
  num: number;
};

/** Result of `plugin.manageApplication`: As a plugin developer, list plugin users or agree to, refuse or delete applications (插件申请管理 managePluginApplication) */
export interface MpPluginManageApplicationResult {
  /** Plugin users (action dev_apply_list) */
  apply_list?: Array<{
    /** The user's appid */
    appid?: string;
    /** Plugin status */
    status?: number;
    /** The user's nickname */
    nickname?: string;
    /** The user's avatar */
    headimgurl?: string;
    /** The user's application note */
    reason?: string;
    /** The user's Mini Program code */
    apply_url?: string;
    /** Application time */
    create_time?: string;
    /** The user's categories */
    categories?: Array<{
      /** First-level category */
      first?: string;
      /** Second-level category */
      second?: string;
    }>;
  }>;
}
