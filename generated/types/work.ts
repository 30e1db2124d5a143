// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from './shapes.js';
import type { WechatUpload } from '../../src/http/upload.js';

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
/** Params of `basic.getApiDomainIp`: Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段) */
export type WorkBasicGetApiDomainIpParams = Record<string, never>;

/** Result of `basic.getApiDomainIp`: Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段) */
export interface WorkBasicGetApiDomainIpResult {
  /** IP ranges of the WeCom API servers; they may change, so refresh them daily */
  ip_list: Array<string>;
}

/** Params of `basic.getCallbackIp`: Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段) */
export type WorkBasicGetCallbackIpParams = Record<string, never>;

/** Result of `basic.getCallbackIp`: Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段) */
export interface WorkBasicGetCallbackIpResult {
  /** IP ranges of the WeCom callback servers; they may change, so refresh them daily */
  ip_list: Array<string>;
}

/** Params of `jssdk.getAgentTicket`: Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket) */
export type WorkJssdkGetAgentTicketParams = Record<string, never>;

/** Result of `jssdk.getAgentTicket`: Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket) */
export interface WorkJssdkGetAgentTicketResult {
  /** The ticket (cache it: the call is rate-limited per app) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}

/** Params of `jssdk.getCorpTicket`: Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket) */
export type WorkJssdkGetCorpTicketParams = Record<string, never>;

/** Result of `jssdk.getCorpTicket`: Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket) */
export interface WorkJssdkGetCorpTicketResult {
  /** The ticket (cache it: the call is rate-limited per corp and per app) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}

/** Params of `media.get`: Download a temporary media file (获取临时素材) */
export interface WorkMediaGetParams {
  /** Media id from media.upload (or the async upload); files over 20MB need HTTP Range downloads of at most 20MB (errcode 830002) */
  media_id: string;
}

/** Params of `media.upload`: Upload a temporary media file, valid for 3 days (上传临时素材) */
export interface WorkMediaUploadParams {
  /** Media type: image, voice, video or file (普通文件) */
  type: "image" | "voice" | "video" | "file";
  /** The file part named media (filename sets the name shown when sent). Over 5 bytes; image 10MB JPG/PNG, voice 2MB AMR up to 60s, video 10MB MP4, file 20MB */
  media: WechatUpload;
}

/** Result of `media.upload`: Upload a temporary media file, valid for 3 days (上传临时素材) */
export interface WorkMediaUploadResult {
  /** Media type: image, voice, video or file */
  type?: string;
  /** Id of the uploaded media, valid for 3 days and shared by all apps of the corp */
  media_id: string;
  /** Upload time (Unix timestamp as a string) */
  created_at?: string;
}

/** Params of `menu.create`: Create an app's custom menu (创建菜单) */
export interface WorkMenuCreateParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
  /** Top-level buttons (1 to 3) */
  button: Array<S.WorkMenuButton>;
}

/** Result of `menu.create`: Create an app's custom menu (创建菜单) */
export type WorkMenuCreateResult = Record<string, unknown>;

/** Params of `menu.delete`: Delete an app's custom menu (删除菜单) */
export interface WorkMenuDeleteParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
}

/** Result of `menu.delete`: Delete an app's custom menu (删除菜单) */
export type WorkMenuDeleteResult = Record<string, unknown>;

/** Params of `menu.get`: Get an app's custom menu (获取菜单) */
export interface WorkMenuGetParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
}

/** Result of `menu.get`: Get an app's custom menu (获取菜单) */
export interface WorkMenuGetResult {
  /** The menu, in the same form as the menu.create body */
  button?: Array<S.WorkMenuButton>;
}

/** Params of `token.get`: Get an app's access_token from the corp ID and the app secret (获取access_token) */
export interface WorkTokenGetParams {
  /** The corp ID (see 术语说明-corpid) */
  corpid: string;
  /** The app's secret; the app must be enabled. Each app has its own secret and token */
  corpsecret: string;
}

/** Result of `token.get`: Get an app's access_token from the corp ID and the app secret (获取access_token) */
export interface WorkTokenGetResult {
  /** The credential, at most 512 bytes; cache it per app and refresh it when it expires */
  access_token: string;
  /** Lifetime of the credential in seconds (normally 7200) */
  expires_in: number;
}

/** Params of `user.get`: Read a member's details (读取成员) */
export interface WorkUserGetParams {
  /** The member's UserID (case-insensitive, 1 to 64 bytes) */
  userid: string;
}

/** Result of `user.get`: Read a member's details (读取成员) */
export interface WorkUserGetResult {
  /** The member's UserID */
  userid: string;
  /** Member name; third-party apps get the userid instead, custom apps need admin authorization */
  name: string;
  /** Mobile number; only for apps allowed to read it (not returned to most newer apps since 2022-06-20) */
  mobile?: string;
  /** Ids of the member's departments the app may see (always [1] in member-authorization mode) */
  department: Array<number>;
  /** Sort values within each department, aligned with department; larger sorts first. Absent in member-authorization mode */
  order?: Array<number>;
  /** Job title */
  position?: string;
  /** 0 undefined, 1 male, 2 female (0 when the app may not read it) */
  gender?: "0" | "1" | "2";
  /** Email address */
  email?: string;
  /** Corporate (企业邮箱) email address */
  biz_mail?: string;
  /** 1 where the member leads the department, aligned with department */
  is_leader_in_dept?: Array<number>;
  /** UserIDs of the direct leaders within the app's visible range (at most 5) */
  direct_leader?: Array<string>;
  /** Avatar URL */
  avatar?: string;
  /** Avatar thumbnail URL */
  thumb_avatar?: string;
  /** Landline number */
  telephone?: string;
  /** Alias */
  alias?: string;
  /** Extended attributes */
  extattr?: {
    /** The attributes */
    attrs?: Array<S.WorkUserAttr>;
  };
  /** 1 activated, 2 disabled, 4 not activated, 5 left the corp */
  status?: 1 | 2 | 4 | 5;
  /** URL of the member's personal QR code (scan to add as an external contact) */
  qr_code?: string;
  /** The member's external profile (对外属性) */
  external_profile?: {
    /** Corp short name shown externally */
    external_corp_name?: string;
    /** The WeChat Channels (视频号) account shown on the profile */
    wechat_channels?: {
      /** Channels account name */
      nickname?: string;
      /** Channels account status as returned by WeCom */
      status?: number;
    };
    /** External attributes (text, web page or mini program) */
    external_attr?: Array<S.WorkUserAttr>;
  };
  /** Job title shown externally (position is used when empty) */
  external_position?: string;
  /** Address */
  address?: string;
  /** Globally unique id per service provider, at most 64 bytes; third-party apps only */
  open_userid?: string;
  /** Main department id, when the app may see it */
  main_department?: number;
}
