// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from './shapes.js';

/** Params of `basic.checkCallback`: Resolve and ping the account's callback URL from WeChat's side (网络通信检测) */
export interface BasicCheckCallbackParams {
  /** dns (resolve the domain), ping (ping the IPs) or all (both) */
  action: "all" | "dns" | "ping";
  /** Carrier to check from: CHINANET (Telecom), UNICOM, CAP (Tencent) or DEFAULT (chosen by IP) */
  check_operator: "CHINANET" | "UNICOM" | "CAP" | "DEFAULT";
}

/** Result of `basic.checkCallback`: Resolve and ping the account's callback URL from WeChat's side (网络通信检测) */
export interface BasicCheckCallbackResult {
  /** DNS results */
  dns?: Array<{
    /** Resolved IP */
    ip?: string;
    /** Carrier of that IP */
    real_operator?: string;
  }>;
  /** Ping results */
  ping?: Array<{
    /** IP pinged (one packet) */
    ip?: string;
    /** Carrier the ping came from (per check_operator) */
    from_operator?: string;
    /** Packet loss, 0% or 100% (a single packet is sent) */
    package_loss?: string;
    /** Average ping time, e.g. 23.079ms */
    time?: string;
  }>;
}

/** Params of `basic.getApiDomainIp`: List the IPs behind api.weixin.qq.com (获取微信API服务器IP) */
export type BasicGetApiDomainIpParams = Record<string, never>;

/** Result of `basic.getApiDomainIp`: List the IPs behind api.weixin.qq.com (获取微信API服务器IP) */
export interface BasicGetApiDomainIpResult {
  /** WeChat API server IPs or IP ranges */
  ip_list: Array<string>;
}

/** Params of `basic.getCallbackIp`: List the IPs WeChat pushes callbacks from (获取微信推送服务器IP) */
export type BasicGetCallbackIpParams = Record<string, never>;

/** Result of `basic.getCallbackIp`: List the IPs WeChat pushes callbacks from (获取微信推送服务器IP) */
export interface BasicGetCallbackIpResult {
  /** WeChat server IPs or IP ranges */
  ip_list: Array<string>;
}

/** Params of `menu.addConditional`: Create a conditional (personalised) menu for matching users (创建个性化菜单) */
export interface MenuAddConditionalParams {
  /** Top-level buttons (1-3) */
  button: Array<S.MenuButton>;
  /** Who sees the menu; at least one field must be set */
  matchrule: {
    /** User tag id (see tags.get) */
    tag_id?: string;
    /** Client OS: 1 iOS, 2 Android, 3 others */
    client_platform_type?: "1" | "2" | "3";
    /** User group id @deprecated Replaced by tag_id */
    group_id?: string;
    /** 1 male, 2 female @deprecated Privacy rule: rejected with errcode 65320 */
    sex?: string;
    /** Country set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    country?: string;
    /** Province set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    province?: string;
    /** City set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    city?: string;
    /** Client language, e.g. zh_CN @deprecated Privacy rule: rejected with errcode 65320 */
    language?: string;
  };
}

/** Result of `menu.addConditional`: Create a conditional (personalised) menu for matching users (创建个性化菜单) */
export interface MenuAddConditionalResult {
  /** Id of the new conditional menu */
  menuid: string;
}

/** Params of `menu.create`: Create the default custom menu (创建自定义菜单) */
export interface MenuCreateParams {
  /** Top-level buttons (1-3), each with up to 5 sub-buttons */
  button: Array<S.MenuButton>;
}

/** Result of `menu.create`: Create the default custom menu (创建自定义菜单) */
export type MenuCreateResult = Record<string, unknown>;
/** Params of `menu.delete`: Delete the custom menu, including every conditional menu (删除自定义菜单) */
export type MenuDeleteParams = Record<string, never>;
/** Result of `menu.delete`: Delete the custom menu, including every conditional menu (删除自定义菜单) */
export type MenuDeleteResult = Record<string, unknown>;

/** Params of `menu.deleteConditional`: Delete one conditional menu (删除个性化菜单) */
export interface MenuDeleteConditionalParams {
  /** Conditional menu id (from menu.addConditional or menu.get) */
  menuid: string;
}

/** Result of `menu.deleteConditional`: Delete one conditional menu (删除个性化菜单) */
export type MenuDeleteConditionalResult = Record<string, unknown>;
/** Params of `menu.get`: Get the menu set through the API, with its conditional menus (获取自定义菜单配置) */
export type MenuGetParams = Record<string, never>;

/** Result of `menu.get`: Get the menu set through the API, with its conditional menus (获取自定义菜单配置) */
export interface MenuGetResult {
  /** The default menu */
  menu?: {
    /** Top-level buttons (1-3) */
    button: Array<S.MenuButton>;
    /** Menu id (present once conditional menus exist) */
    menuid?: string;
  };
  /** The conditional (personalised) menus, if any */
  conditionalmenu?: Array<{
    /** Top-level buttons (1-3) */
    button: Array<S.MenuButton>;
    /** The match rule as stored (see menu.addConditional; values may come back as numbers) */
    matchrule?: unknown;
    /** Conditional menu id (for menu.deleteConditional) */
    menuid?: string;
  }>;
}

/** Params of `menu.getCurrentSelfMenuInfo`: Get the menu currently in use, however it was set (查询自定义菜单信息) */
export type MenuGetCurrentSelfMenuInfoParams = Record<string, never>;

/** Result of `menu.getCurrentSelfMenuInfo`: Get the menu currently in use, however it was set (查询自定义菜单信息) */
export interface MenuGetCurrentSelfMenuInfoResult {
  /** 1 when the menu is enabled */
  is_menu_open: 0 | 1;
  /** The menu */
  selfmenu_info?: {
    /** Top-level buttons */
    button?: Array<S.SelfMenuButton>;
  };
}

/** Params of `menu.tryMatch`: Show which menu a given user would see (测试个性化菜单匹配结果) */
export interface MenuTryMatchParams {
  /** The user's OpenID or WeChat ID */
  user_id: string;
}

/** Result of `menu.tryMatch`: Show which menu a given user would see (测试个性化菜单匹配结果) */
export interface MenuTryMatchResult {
  /** The buttons the user sees */
  button: Array<S.MenuButton>;
}

/** Params of `message.template.send`: Send a template message to a follower (发送模板消息) */
export interface MessageTemplateSendParams {
  /** The receiver's OpenID */
  touser: string;
  /** Id of the template to send */
  template_id: string;
  /** Link opened on tap (not for overseas accounts); with miniprogram too, the Mini Program wins */
  url?: string;
  /** Mini Program to open on tap (omit when not needed) */
  miniprogram?: {
    /** The Mini Program's appid (must be linked to this account) */
    appid: string;
    /** Page path, parameters allowed (e.g. index?foo=bar) */
    pagepath?: string;
  };
  /** Idempotency key: a repeated id is not sent twice */
  client_msg_id?: string;
  /** Template content keyed by the template's keywords, each { value } */
  data: unknown;
}

/** Result of `message.template.send`: Send a template message to a follower (发送模板消息) */
export interface MessageTemplateSendResult {
  /** Id of the sent message */
  msgid: string;
}

/** Params of `oauth.checkAccessToken`: Check whether a user's OAuth access_token is still valid (检验用户授权凭证) */
export interface OauthCheckAccessTokenParams {
  /** The user's web-authorization access_token */
  access_token: string;
  /** The user's OpenID */
  openid: string;
}

/** Result of `oauth.checkAccessToken`: Check whether a user's OAuth access_token is still valid (检验用户授权凭证) */
export type OauthCheckAccessTokenResult = Record<string, unknown>;

/** Params of `oauth.getAccessToken`: Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token) */
export interface OauthGetAccessTokenParams {
  /** The Official Account's AppID */
  appid: string;
  /** The Official Account's AppSecret */
  secret: string;
  /** Code from the authorization redirect (single use, expires in 5 minutes) */
  code: string;
  /** Always authorization_code */
  grant_type: "authorization_code";
}

/** Result of `oauth.getAccessToken`: Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token) */
export interface OauthGetAccessTokenResult {
  /** The user's web-authorization access_token (not the account's access_token) */
  access_token: string;
  /** Seconds the access_token stays valid */
  expires_in: number;
  /** Token used to refresh access_token */
  refresh_token: string;
  /** The user's OpenID under this account (also issued to non-followers) */
  openid: string;
  /** Authorized scopes, comma-separated */
  scope?: string;
  /** 1 when the user is a snapshot-page virtual account; absent otherwise */
  is_snapshotuser?: 1;
  /** The user's UnionID; only returned when scope is snsapi_userinfo */
  unionid?: string;
}

/** Params of `oauth.getUserInfo`: Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息) */
export interface OauthGetUserInfoParams {
  /** The user's web-authorization access_token */
  access_token: string;
  /** The user's OpenID */
  openid: string;
  /** Language of country/province/city: zh_CN, zh_TW or en */
  lang?: "zh_CN" | "zh_TW" | "en";
}

/** Result of `oauth.getUserInfo`: Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息) */
export interface OauthGetUserInfoResult {
  /** The user's OpenID */
  openid: string;
  /** Nickname */
  nickname?: string;
  /** 1 male, 2 female, 0 unknown */
  sex?: 0 | 1 | 2;
  /** Province from the user's profile */
  province?: string;
  /** City from the user's profile */
  city?: string;
  /** Country, e.g. CN */
  country?: string;
  /** Avatar URL; the last path segment is the size (0 = 640*640, 46, 64, 96, 132); empty when none */
  headimgurl?: string;
  /** User privileges, e.g. chinaunicom */
  privilege?: Array<string>;
  /** Present only when the account is bound to an Open Platform account */
  unionid?: string;
}

/** Params of `oauth.refreshAccessToken`: Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证) */
export interface OauthRefreshAccessTokenParams {
  /** The Official Account's AppID */
  appid: string;
  /** Always refresh_token */
  grant_type: "refresh_token";
  /** refresh_token from oauth.getAccessToken */
  refresh_token: string;
}

/** Result of `oauth.refreshAccessToken`: Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证) */
export interface OauthRefreshAccessTokenResult {
  /** The user's web-authorization access_token */
  access_token: string;
  /** Seconds the access_token stays valid */
  expires_in: number;
  /** Token used to refresh access_token */
  refresh_token: string;
  /** The user's OpenID */
  openid: string;
  /** Authorized scopes, comma-separated */
  scope?: string;
}

/** Params of `qrcode.create`: Create a temporary or permanent parametric QR code ticket (生成带参数的二维码) */
export interface QrcodeCreateParams {
  /** Lifetime in seconds, at most 2592000 (30 days); temporary codes only */
  expire_seconds?: number;
  /** QR_SCENE / QR_STR_SCENE temporary (int / string scene), QR_LIMIT_SCENE / QR_LIMIT_STR_SCENE permanent */
  action_name: "QR_SCENE" | "QR_STR_SCENE" | "QR_LIMIT_SCENE" | "QR_LIMIT_STR_SCENE";
  /** QR code details */
  action_info: {
    /** Scene value */
    scene?: {
      /** Integer scene: 32-bit non-zero for temporary codes, 1 to 100000 for permanent ones */
      scene_id?: number;
      /** String scene, 1 to 64 characters */
      scene_str?: string;
    };
  };
}

/** Result of `qrcode.create`: Create a temporary or permanent parametric QR code ticket (生成带参数的二维码) */
export interface QrcodeCreateResult {
  /** Ticket to fetch the QR image with (qrcode.show) */
  ticket: string;
  /** Lifetime in seconds, at most 2592000 (30 days) */
  expire_seconds?: number;
  /** Content the QR code encodes; can be used to render your own image */
  url: string;
}

/** Params of `qrcode.show`: Download the QR code image for a ticket, no login needed (通过ticket换取二维码) */
export interface QrcodeShowParams {
  /** Ticket from qrcode.create (URL-encoded when sent) */
  ticket: string;
}

/** Params of `tags.create`: Create a user tag, at most 100 per account (创建标签) */
export interface TagsCreateParams {
  /** The tag to create */
  tag: {
    /** Tag name, at most 30 characters */
    name: string;
  };
}

/** Result of `tags.create`: Create a user tag, at most 100 per account (创建标签) */
export interface TagsCreateResult {
  /** The created tag */
  tag: {
    /** Tag id assigned by WeChat */
    id: number;
    /** Tag name */
    name: string;
  };
}

/** Params of `tags.delete`: Delete a tag (删除标签) */
export interface TagsDeleteParams {
  /** The tag to delete (the table marks it optional, but the call needs it); a tag with over 100000 followers cannot be deleted */
  tag?: {
    /** Tag id */
    id?: number;
  };
}

/** Result of `tags.delete`: Delete a tag (删除标签) */
export type TagsDeleteResult = Record<string, unknown>;
/** Params of `tags.get`: List the tags created on the account (获取标签) */
export type TagsGetParams = Record<string, never>;

/** Result of `tags.get`: List the tags created on the account (获取标签) */
export interface TagsGetResult {
  /** The account's tags */
  tags: Array<{
    /** Tag id assigned by WeChat */
    id: number;
    /** Tag name (UTF-8) */
    name: string;
    /** Number of followers carrying the tag */
    count?: number;
  }>;
}

/** Params of `tags.getIdList`: List the tag ids on one follower (获取用户的标签列表) */
export interface TagsGetIdListParams {
  /** The follower's OpenID */
  openid: string;
}

/** Result of `tags.getIdList`: List the tag ids on one follower (获取用户的标签列表) */
export interface TagsGetIdListResult {
  /** Ids of the tags on the follower */
  tagid_list: Array<number>;
}

/** Params of `tags.members.batchBlacklist`: Blacklist several users, at most 20 per call (拉黑用户) */
export interface TagsMembersBatchBlacklistParams {
  /** OpenIDs to blacklist, at most 20 */
  openid_list: Array<string>;
}

/** Result of `tags.members.batchBlacklist`: Blacklist several users, at most 20 per call (拉黑用户) */
export type TagsMembersBatchBlacklistResult = Record<string, unknown>;

/** Params of `tags.members.batchTag`: Put a tag on several followers (批量为用户打标签) */
export interface TagsMembersBatchTagParams {
  /** Follower OpenIDs, at most 50 */
  openid_list: Array<string>;
  /** Tag id */
  tagid: number;
}

/** Result of `tags.members.batchTag`: Put a tag on several followers (批量为用户打标签) */
export type TagsMembersBatchTagResult = Record<string, unknown>;

/** Params of `tags.members.batchUnblacklist`: Remove several users from the blacklist, at most 20 per call (取消拉黑用户) */
export interface TagsMembersBatchUnblacklistParams {
  /** OpenIDs to un-blacklist, at most 20 */
  openid_list: Array<string>;
}

/** Result of `tags.members.batchUnblacklist`: Remove several users from the blacklist, at most 20 per call (取消拉黑用户) */
export type TagsMembersBatchUnblacklistResult = Record<string, unknown>;

/** Params of `tags.members.batchUntag`: Remove a tag from several followers (批量为用户取消标签) */
export interface TagsMembersBatchUntagParams {
  /** Follower OpenIDs */
  openid_list: Array<string>;
  /** Tag id */
  tagid: number;
}

/** Result of `tags.members.batchUntag`: Remove a tag from several followers (批量为用户取消标签) */
export type TagsMembersBatchUntagResult = Record<string, unknown>;

/** Params of `tags.members.getBlacklist`: List the account's blacklisted users (获取公众号的黑名单列表) */
export interface TagsMembersGetBlacklistParams {
  /** OpenID to start from; empty starts from the beginning */
  begin_openid?: string;
}

/** Result of `tags.members.getBlacklist`: List the account's blacklisted users (获取公众号的黑名单列表) */
export interface TagsMembersGetBlacklistResult {
  /** Total number of blacklisted users */
  total: number;
  /** Number of OpenIDs in this page */
  count: number;
  /** The page of OpenIDs */
  data?: {
    /** Blacklisted OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as begin_openid for the next page */
  next_openid?: string;
}

/** Params of `tags.update`: Rename a tag (编辑标签) */
export interface TagsUpdateParams {
  /** The tag and its new name */
  tag: {
    /** Tag id assigned by WeChat */
    id: number;
    /** New tag name (UTF-8) */
    name: string;
  };
}

/** Result of `tags.update`: Rename a tag (编辑标签) */
export type TagsUpdateResult = Record<string, unknown>;

/** Params of `tags.users`: List the followers carrying a tag (获取标签下粉丝列表) */
export interface TagsUsersParams {
  /** Tag id */
  tagid?: number;
  /** OpenID to start after; empty or omitted starts from the beginning */
  next_openid?: string;
}

/** Result of `tags.users`: List the followers carrying a tag (获取标签下粉丝列表) */
export interface TagsUsersResult {
  /** Number of followers in this page */
  count: number;
  /** The page of followers */
  data?: {
    /** Follower OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as next_openid for the next page */
  next_openid?: string;
}

/** Params of `ticket.get`: Get a JS-SDK (jsapi) or card (wx_card) api_ticket, valid 7200 s (获取sdk临时票据) */
export interface TicketGetParams {
  /** jsapi for JS-SDK signatures, wx_card for WeChat cards */
  type: "jsapi" | "wx_card";
}

/** Result of `ticket.get`: Get a JS-SDK (jsapi) or card (wx_card) api_ticket, valid 7200 s (获取sdk临时票据) */
export interface TicketGetResult {
  /** The ticket (cache it; the call quota is small) */
  ticket: string;
  /** Seconds the ticket stays valid */
  expires_in: number;
}

/** Params of `user.batchGetInfo`: Get basic information of up to 100 followers at once (批量获取用户基本信息) */
export interface UserBatchGetInfoParams {
  /** The users to look up (at most 100 per call) */
  user_list: Array<{
    /** OpenID of a user who follows this account */
    openid: string;
    /** Language of country/province/city; zh_CN when omitted */
    lang?: "zh_CN" | "zh_TW" | "en";
  }>;
}

/** Result of `user.batchGetInfo`: Get basic information of up to 100 followers at once (批量获取用户基本信息) */
export interface UserBatchGetInfoResult {
  /** One entry per requested user */
  user_info_list: Array<{
    /** 0 when the user does not follow the account (nothing else is returned) */
    subscribe: 0 | 1;
    /** The user's OpenID under this account */
    openid: string;
    /** Nickname @deprecated No longer returned (WeChat stopped sending profile data) */
    nickname?: string;
    /** 1 male, 2 female, 0 unknown @deprecated No longer returned (WeChat stopped sending profile data) */
    sex?: number;
    /** User language, e.g. zh_CN */
    language?: string;
    /** City from the profile @deprecated No longer returned (WeChat stopped sending profile data) */
    city?: string;
    /** Province from the profile @deprecated No longer returned (WeChat stopped sending profile data) */
    province?: string;
    /** Country, e.g. CN @deprecated No longer returned (WeChat stopped sending profile data) */
    country?: string;
    /** Avatar URL @deprecated No longer returned (WeChat stopped sending profile data) */
    headimgurl?: string;
    /** Unix time the user (last) followed */
    subscribe_time?: number;
    /** Present only when the account is bound to an Open Platform account */
    unionid?: string;
    /** The operator's remark on this follower */
    remark?: string;
    /** Group id (the legacy groups API) */
    groupid?: number;
    /** Ids of the tags on this user */
    tagid_list?: Array<number>;
    /** Where the user followed from: ADD_SCENE_SEARCH, ADD_SCENE_QR_CODE, ADD_SCENE_OTHERS, ... */
    subscribe_scene?: string;
    /** QR code scene (developer-defined) */
    qr_scene?: number;
    /** QR code scene string (developer-defined) */
    qr_scene_str?: string;
  }>;
}

/** Params of `user.info`: Get a user's basic information (获取用户基本信息) */
export interface UserInfoParams {
  /** The user's OpenID, unique under this account */
  openid: string;
  /** Language of the returned country/province/city */
  lang?: "zh_CN" | "zh_TW" | "en";
}

/** Result of `user.info`: Get a user's basic information (获取用户基本信息) */
export interface UserInfoResult {
  /** 0 when the user does not follow the account (nothing else is returned) */
  subscribe: 0 | 1;
  /** The user's OpenID */
  openid: string;
  /** No longer provided by WeChat */
  language?: string;
  /** Unix time the user (last) followed */
  subscribe_time?: number;
  /** Present only when the account is bound to an Open Platform account */
  unionid?: string;
  /** The operator's remark on this follower */
  remark?: string;
  /** Group id (the legacy groups API) */
  groupid?: number;
  /** Ids of the tags on this user */
  tagid_list?: Array<number>;
  /** Where the user followed from: ADD_SCENE_SEARCH, ADD_SCENE_QR_CODE, ADD_SCENE_OTHERS, ... */
  subscribe_scene?: string;
  /** QR code scene (developer-defined) */
  qr_scene?: number;
  /** QR code scene string (developer-defined) */
  qr_scene_str?: string;
}

/** Params of `user.list`: List the account's followers, 10000 OpenIDs per call (获取关注用户列表) */
export interface UserListParams {
  /** Last OpenID of the previous page; omit to start from the beginning */
  next_openid?: string;
}

/** Result of `user.list`: List the account's followers, 10000 OpenIDs per call (获取关注用户列表) */
export interface UserListResult {
  /** Total number of followers */
  total: number;
  /** Number of OpenIDs in this page (at most 10000) */
  count: number;
  /** The page of OpenIDs */
  data?: {
    /** Follower OpenIDs */
    openid?: Array<string>;
  };
  /** Last OpenID of this page; pass it as next_openid for the next page (empty at the end) */
  next_openid?: string;
}
