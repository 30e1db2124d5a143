// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `weData.getLoginConfig`: Get the platform's WeData login configuration (查询登陆配置 weDataGetLoginConfig) */
export type OpenWeDataGetLoginConfigParams = Record<string, never>;

/** Result of `weData.getLoginConfig`: Get the platform's WeData login configuration (查询登陆配置 weDataGetLoginConfig) */
export interface OpenWeDataGetLoginConfigResult {
  /** The third-party platform's appid */
  component_appid?: string;
  /** The third-party platform's nickname */
  component_nickname?: string;
  /** Login-state check-back URL (反查地址) */
  recheck_url?: string;
  /** Associated Mini Programs; absent when none is configured */
  appinfo?: Array<{
    /** Mini Program appid */
    appid?: string;
    /** Mini Program nickname */
    nickname?: string;
  }>;
}

/** Params of `weData.getPermList`: Get the merchant's WeData permission sets (获取商家We分析权限集列表 weDataGetPermList) */
export type OpenWeDataGetPermListParams = Record<string, never>;

/** Result of `weData.getPermList`: Get the merchant's WeData permission sets (获取商家We分析权限集列表 weDataGetPermList) */
export interface OpenWeDataGetPermListResult {
  /** Permission sets */
  perm?: Array<{
    /** Permission set id */
    perm_id?: string;
    /** Permission set name */
    name?: string;
    /** Permission set description */
    desc?: string;
  }>;
}

/** Params of `weData.login`: Get a WeData PC login link for a user (用户PC端登录 wedata_login) */
export interface OpenWeDataLoginParams {
  /** The user's session in the platform's system (checked back through the recheck_url) */
  user_session: string;
  /** The user's unique id in the platform's system (phone number, email, employee id…) */
  uid: string;
  /** The user's public IP */
  client_ip: string;
  /** The user's user_agent */
  user_agent: string;
}

/** Result of `weData.login`: Get a WeData PC login link for a user (用户PC端登录 wedata_login) */
export interface OpenWeDataLoginResult {
  /** Return information */
  base_resp?: {
    /** Return code */
    ret?: number;
    /** Return message */
    err_msg?: string;
  };
  /** WeData login link */
  redirect_url?: string;
  /** Expiry (Unix seconds) */
  expire_at?: number;
}

/** Params of `weData.queryBindList`: List the users and their WeChat bindings (查询用户绑定列表 weDataQueryBindList) */
export type OpenWeDataQueryBindListParams = Record<string, never>;

/** Result of `weData.queryBindList`: List the users and their WeChat bindings (查询用户绑定列表 weDataQueryBindList) */
export interface OpenWeDataQueryBindListResult {
  /** User binding information */
  info?: Array<{
    /** The user's unique id in the platform's system */
    uid?: string;
    /** Created (Unix seconds) */
    create_time?: number;
    /** Updated (Unix seconds) */
    update_time?: number;
    /** The user's WeChat nickname */
    nickname?: string;
    /** The user's WeChat avatar URL */
    head_url?: string;
    /** Whether the uid is bound to a WeChat account (1 in the sample when bound, 0 when not) */
    is_bind?: number;
    /** The user's permission sets */
    perm?: Array<{
      /** Permission set id */
      perm_id?: string;
      /** Permission set name */
      name?: string;
      /** Permission set description */
      desc?: string;
    }>;
  }>;
}

/** Params of `weData.setLoginConfig`: Set the platform's WeData login configuration (设置登录配置 weDataSetLoginConfig) */
export interface OpenWeDataSetLoginConfigParams {
  /** 1 set the check-back URL (PC login), 2 set the associated Mini Program appids (Mini Program login) */
  set_type: 1 | 2;
  /** Check-back URL (反查地址), used when set_type = 1; empty deletes it */
  recheck_url?: string;
  /**
   * Associated Mini Program appids (the platform's own, at most 5), used when set_type = 2; empty deletes them
   * (items ≤ 5)
   */
  associate_appid?: Array<string>;
}

/** Result of `weData.setLoginConfig`: Set the platform's WeData login configuration (设置登录配置 weDataSetLoginConfig) */
export type OpenWeDataSetLoginConfigResult = Record<string, unknown>;

/** Params of `weData.setUserPerm`: Set a user's WeData permission sets, all at once (设置用户We分析权限集 weDataSetUserPerm) */
export interface OpenWeDataSetUserPermParams {
  /** The user's unique id in the platform's system (phone number, email, employee number…) */
  uid: string;
  /** The user's permission sets (replaces the whole set; from weData.getPermList) */
  perm: Array<{
    /** Permission set id */
    perm_id: string;
    /** Permission set name */
    name?: string;
    /** Permission set description */
    desc?: string;
  }>;
}

/** Result of `weData.setUserPerm`: Set a user's WeData permission sets, all at once (设置用户We分析权限集 weDataSetUserPerm) */
export type OpenWeDataSetUserPermResult = Record<string, unknown>;

/** Params of `weData.unbindUser`: Unbind a user from their WeChat account (用户解绑 weDataUnbindUser) */
export interface OpenWeDataUnbindUserParams {
  /** The user's unique id in the platform's system; also removes the WeChat account's WeData membership (not for admins) */
  uid: string;
}

/** Result of `weData.unbindUser`: Unbind a user from their WeChat account (用户解绑 weDataUnbindUser) */
export type OpenWeDataUnbindUserResult = Record<string, unknown>;
