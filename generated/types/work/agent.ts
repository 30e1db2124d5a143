// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `agent.batchSetWorkbenchData`: Set the same workbench data for several users (批量设置应用在用户工作台展示的数据) */
export interface WorkAgentBatchSetWorkbenchDataParams {
  /** The app id */
  agentid: number;
  /**
   * UserIDs of the users, at most 1000
   * (items ≤ 1000)
   */
  userid_list: Array<string>;
  /** The data to set */
  data: {
    /** Template type: keydata, image, list or webview */
    type: "keydata";
    /** Key data template data */
    keydata: S.In.WorkWorkbenchKeyData;
  } | {
    /** Template type: keydata, image, list or webview */
    type: "image";
    /** Image template data */
    image: S.In.WorkWorkbenchImage;
  } | {
    /** Template type: keydata, image, list or webview */
    type: "list";
    /** List template data */
    list: S.In.WorkWorkbenchList;
  } | {
    /** Template type: keydata, image, list or webview */
    type: "webview";
    /** Webview template data */
    webview: S.In.WorkWorkbenchWebview;
  };
}

/** Result of `agent.batchSetWorkbenchData`: Set the same workbench data for several users (批量设置应用在用户工作台展示的数据) */
export type WorkAgentBatchSetWorkbenchDataResult = Record<string, unknown>;

/** Params of `agent.claimCustomizedApp`: Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发应用) */
export interface WorkAgentClaimCustomizedAppParams {
  /** Token of the custom app template (代开发应用模版接口调用凭证), obtained like a third-party suite_access_token */
  suite_access_token: string;
}

/** Result of `agent.claimCustomizedApp`: Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发应用) */
export type WorkAgentClaimCustomizedAppResult = Record<string, unknown>;

/** Params of `agent.get`: Get an app's details and visible range (获取应用 - 获取指定的应用详情) */
export interface WorkAgentGetParams {
  /** The app id; a corp may only read the app its token belongs to, a third party only apps it is authorized for */
  agentid: number;
}

/** Result of `agent.get`: Get an app's details and visible range (获取应用 - 获取指定的应用详情) */
export interface WorkAgentGetResult {
  /** The app id */
  agentid: number;
  /** The app name */
  name?: string;
  /** URL of the square app logo */
  square_logo_url?: string;
  /** The app description */
  description?: string;
  /** Visible range (members) */
  allow_userinfos?: {
    user?: Array<{
      /** Member UserID */
      userid: string;
    }>;
  };
  /** Visible range (departments) */
  allow_partys?: {
    /** Department ids */
    partyid?: Array<number>;
  };
  /** Visible range (tags) */
  allow_tags?: {
    /** Tag ids */
    tagid?: Array<number>;
  };
  /** 1 when the app is disabled, 0 otherwise */
  close?: 0 | 1;
  /** The app's trusted domain */
  redirect_domain?: string;
  /** Location reporting: 0 off, 1 on entering a chat */
  report_location_flag?: number;
  /** 1 when the app receives the enter-app event */
  isreportenter?: 0 | 1;
  /** URL of the app home page */
  home_url?: string;
  /** Custom (代开发) apps only: 0 awaiting development, 1 in development, 2 live, 3 live with an unreleased version */
  customized_publish_status?: 0 | 1 | 2 | 3;
}

/** Params of `agent.getAdminList`: List the admins of a third-party or custom app (获取应用管理员列表) */
export type WorkAgentGetAdminListParams = Record<string, never>;

/** Result of `agent.getAdminList`: List the admins of a third-party or custom app (获取应用管理员列表) */
export interface WorkAgentGetAdminListResult {
  /** Admins of the app (external admins excluded; none in member-authorization mode) */
  admin?: Array<{
    /** The admin's UserID */
    userid?: string;
    /** The admin's permission on the app: 0 send messages, 1 manage */
    auth_type?: 0 | 1;
  }>;
}

/** Params of `agent.getPermissions`: Get the permissions a custom or third-party app was granted (获取应用权限详情) */
export type WorkAgentGetPermissionsParams = Record<string, never>;

/** Result of `agent.getPermissions`: Get the permissions a custom or third-party app was granted (获取应用权限详情) */
export interface WorkAgentGetPermissionsResult {
  /** Permission strings of the app (contact:base:base, contact:sensitive:avatar, ...: see the page's appendix) */
  app_permissions?: Array<string>;
  /** Permissions with an expiry time (returned for external service apps) */
  app_permissions_ext?: Array<{
    /** Permission name */
    permission_name?: string;
    /** Expiry time (Unix seconds) */
    expire_time?: number;
  }>;
}

/** Params of `agent.getWorkbenchTemplate`: Get the app's workbench template (获取应用在工作台展示的模版) */
export interface WorkAgentGetWorkbenchTemplateParams {
  /** The app id */
  agentid: number;
}

/** Result of `agent.getWorkbenchTemplate`: Get the app's workbench template (获取应用在工作台展示的模版) */
export interface WorkAgentGetWorkbenchTemplateResult {
  /** Template type: keydata, image, list, webview or normal */
  type?: string;
  /** Key data template */
  keydata?: S.WorkWorkbenchKeyData;
  /** Image template */
  image?: S.WorkWorkbenchImage;
  /** List template */
  list?: S.WorkWorkbenchList;
  /** Webview template */
  webview?: S.WorkWorkbenchWebview;
  /** Whether user data is overwritten */
  replace_user_data?: boolean;
}

/** Params of `agent.list`: List the apps the access token can see (获取access_token对应的应用列表) */
export type WorkAgentListParams = Record<string, never>;

/** Result of `agent.list`: List the apps the access token can see (获取access_token对应的应用列表) */
export interface WorkAgentListResult {
  /** Apps the token can access (AgentItem) */
  agentlist?: Array<{
    /** The app id */
    agentid?: number;
    /** The app name */
    name?: string;
    /** URL of the square app logo */
    square_logo_url?: string;
  }>;
}

/** Params of `agent.migrateToCustomizedApp`: Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发自建应用) */
export interface WorkAgentMigrateToCustomizedAppParams {
  /** suite_access_token of the custom app template (the token is the self-built app's access_token) */
  suite_access_token: string;
}

/** Result of `agent.migrateToCustomizedApp`: Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发自建应用) */
export type WorkAgentMigrateToCustomizedAppResult = Record<string, unknown>;

/** Params of `agent.set`: Update an app's settings (设置应用) */
export interface WorkAgentSetParams {
  /** The app id; only the app the token belongs to (not callable by third-party or custom apps) */
  agentid: number;
  /** Location reporting: 0 off, 1 on entering a chat */
  report_location_flag?: 0 | 1;
  /** media_id of an uploaded image for the logo (cropped to square and round automatically) */
  logo_mediaid?: string;
  /** App name, at most 32 UTF-8 characters */
  name?: string;
  /** App description, 4 to 120 UTF-8 characters */
  description?: string;
  /** Trusted domain; it must pass the ownership check or JS-SDK features are limited (errcode 85005) */
  redirect_domain?: string;
  /** 1 to receive the enter-app event */
  isreportenter?: 0 | 1;
  /** Home page URL, starting with http or https (https recommended) */
  home_url?: string;
}

/** Result of `agent.set`: Update an app's settings (设置应用) */
export type WorkAgentSetResult = Record<string, unknown>;

/** Params of `agent.setScope`: Set the visible range of an app installed in a newly registered corp (设置授权应用可见范围) */
export interface WorkAgentSetScopeParams {
  /** The authorized app's agentid */
  agentid: number;
  /** Visible members (userids); left out, the member list of the range is cleared */
  allow_user?: Array<string>;
  /** Visible departments; left out, the department list of the range is cleared */
  allow_party?: Array<number>;
  /** Visible tags; left out, the tag list of the range is cleared */
  allow_tag?: Array<number>;
}

/** Result of `agent.setScope`: Set the visible range of an app installed in a newly registered corp (设置授权应用可见范围) */
export interface WorkAgentSetScopeResult {
  /** Invalid members */
  invaliduser?: Array<string>;
  /** Invalid departments */
  invalidparty?: Array<number>;
  /** Invalid tags */
  invalidtag?: Array<number>;
}

/** Params of `agent.setWorkbenchData`: Set the workbench data shown to one user (设置应用在用户工作台展示的数据) */
export type WorkAgentSetWorkbenchDataParams = {
  /** The app id */
  agentid: number;
  /** UserID of the user (within the app's visible range); 10 calls a minute per user and app */
  userid: string;
  /** Template type: keydata, image, list or webview */
  type: "keydata";
  /** Key data template data */
  keydata: S.In.WorkWorkbenchKeyData;
} | {
  /** The app id */
  agentid: number;
  /** UserID of the user (within the app's visible range); 10 calls a minute per user and app */
  userid: string;
  /** Template type: keydata, image, list or webview */
  type: "image";
  /** Image template data */
  image: S.In.WorkWorkbenchImage;
} | {
  /** The app id */
  agentid: number;
  /** UserID of the user (within the app's visible range); 10 calls a minute per user and app */
  userid: string;
  /** Template type: keydata, image, list or webview */
  type: "list";
  /** List template data */
  list: S.In.WorkWorkbenchList;
} | {
  /** The app id */
  agentid: number;
  /** UserID of the user (within the app's visible range); 10 calls a minute per user and app */
  userid: string;
  /** Template type: keydata, image, list or webview */
  type: "webview";
  /** Webview template data */
  webview: S.In.WorkWorkbenchWebview;
};
/** Result of `agent.setWorkbenchData`: Set the workbench data shown to one user (设置应用在用户工作台展示的数据) */
export type WorkAgentSetWorkbenchDataResult = Record<string, unknown>;

/** Params of `agent.setWorkbenchTemplate`: Set the app's custom workbench template (设置应用在工作台展示的模版) */
export interface WorkAgentSetWorkbenchTemplateParams {
  /** The app id */
  agentid: number;
  /** Template type: keydata, image, list or webview; normal switches back to the plain grid or list display */
  type: "keydata" | "image" | "list" | "webview" | "normal";
  /** Corp-level default data when type is keydata */
  keydata?: S.In.WorkWorkbenchKeyData;
  /** Corp-level default data when type is image */
  image?: S.In.WorkWorkbenchImage;
  /** Corp-level default data when type is list */
  list?: S.In.WorkWorkbenchList;
  /** Corp-level default data when type is webview */
  webview?: S.In.WorkWorkbenchWebview;
  /**
   * true overwrites the data every user currently has; false (default) keeps it
   * @default false
   */
  replace_user_data?: boolean;
}

/** Result of `agent.setWorkbenchTemplate`: Set the app's custom workbench template (设置应用在工作台展示的模版) */
export type WorkAgentSetWorkbenchTemplateResult = Record<string, unknown>;
