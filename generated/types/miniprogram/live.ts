// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `live.addAssistant`: Add assistants who manage a live room (添加管理直播间小助手 addveAssistant) */
export interface MpLiveAddAssistantParams {
  /** Room ID */
  roomId: number;
  /** The assistants */
  users: Array<{
    /** User's WeChat ID */
    username: string;
    /** User's nickname */
    nickname: string;
  }>;
}

/** Result of `live.addAssistant`: Add assistants who manage a live room (添加管理直播间小助手 addveAssistant) */
export type MpLiveAddAssistantResult = Record<string, unknown>;

/** Params of `live.addGoods`: Add goods to the goods library and submit them for review (添加并提审商品 addGoods) */
export interface MpLiveAddGoodsParams {
  /** The goods */
  goodsInfo: {
    /** Image mediaID (temporary media, valid 3 days); at most 300*300 pixels */
    coverImgUrl: string;
    /** Goods name, at most 14 Chinese characters (one Chinese character counts as 2 characters) */
    name: string;
    /** 1 fixed price (price only), 2 range (price to price2), 3 discount (price original, price2 current) */
    priceType: 1 | 2 | 3;
    /** Price in yuan, at most 2 decimals */
    price: number;
    /** Second price in yuan, at most 2 decimals (required for priceType 2 and 3) */
    price2?: number;
    /** Mini Program path of the goods page; URL-encode parameter values that contain a url */
    url: string;
    /** appid of the third-party Mini Program selling the goods; empty for this Mini Program's goods */
    thirdPartyAppid?: string;
  };
}

/** Result of `live.addGoods`: Add goods to the goods library and submit them for review (添加并提审商品 addGoods) */
export interface MpLiveAddGoodsResult {
  /** Goods ID (keep it: needed by the other goods calls) */
  goodsId?: number;
  /** Review ID (keep it: needed to withdraw the review) */
  auditId?: number;
}

/** Params of `live.addRole`: Give a member the admin, anchor or operator role (设置成员角色 addRole) */
export interface MpLiveAddRoleParams {
  /** User's WeChat ID */
  username: string;
  /** Role to set: 1 admin, 2 anchor, 3 operator (setting the super admin has no effect) */
  role: 1 | 2 | 3;
}

/** Result of `live.addRole`: Give a member the admin, anchor or operator role (设置成员角色 addRole) */
export interface MpLiveAddRoleResult {
  /** Returned when the anchor is not real-name verified: verify in the 小程序直播 Mini Program first */
  codeurl?: string;
}

/** Params of `live.addRoomGoods`: Import goods from the goods library into a live room (导入商品 importGoods) */
export interface MpLiveAddRoomGoodsParams {
  /** Goods IDs to import (several allowed) */
  ids: Array<number>;
  /** Room ID */
  roomId: number;
}

/** Result of `live.addRoomGoods`: Import goods from the goods library into a live room (导入商品 importGoods) */
export type MpLiveAddRoomGoodsResult = Record<string, unknown>;

/** Params of `live.addSubAnchor`: Add a sub-anchor to a live room (添加主播副号 addSubAnchor) */
export interface MpLiveAddSubAnchorParams {
  /** Room ID */
  roomId: number;
  /** User's WeChat ID */
  username: string;
}

/** Result of `live.addSubAnchor`: Add a sub-anchor to a live room (添加主播副号 addSubAnchor) */
export type MpLiveAddSubAnchorResult = Record<string, unknown>;

/** Params of `live.createRoom`: Create a live room (创建直播间 createRoom) */
export interface MpLiveCreateRoomParams {
  /** Room name, 3 to 17 Chinese characters (one Chinese character counts as 2 characters) */
  name: string;
  /** Background image mediaID (temporary media, valid 3 days); suggested 1080*1920, at most 2M */
  coverImg: string;
  /** Planned start time (unix seconds): at least 10 minutes from now and within 6 months */
  startTime: number;
  /** Planned end time (unix seconds): 30 minutes to 24 hours after the start */
  endTime: number;
  /** Anchor nickname, 2 to 15 Chinese characters (one Chinese character counts as 2 characters) */
  anchorName: string;
  /** Anchor's WeChat ID; must be real-name verified in the 小程序直播 Mini Program */
  anchorWechat: string;
  /** Sub-anchor's WeChat ID; must be real-name verified in the 小程序直播 Mini Program */
  subAnchorWechat?: string;
  /** Creator's WeChat ID; when given, only the creator, admins, super admin and the anchor see the room */
  createrWechat?: string;
  /** Share image mediaID (temporary media, valid 3 days); suggested 800*640, at most 1M */
  shareImg: string;
  /** Shopping-channel cover mediaID (temporary media, valid 3 days); suggested 800*800, at most 100KB */
  feedsImg: string;
  /**
   * Official inclusion: 1 on, 0 off (default on)
   * @default 1
   */
  isFeedsPublic?: 0 | 1;
  /** Room type: 1 push stream, 0 phone live */
  type: 0 | 1;
  /** Close likes: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeLike: 0 | 1;
  /** Close the goods shelf: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeGoods: 0 | 1;
  /** Close comments: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeComment: 0 | 1;
  /**
   * Close replay: 0 open, 1 closed (default closed; may be opened after the live starts)
   * @default 1
   */
  closeReplay?: 0 | 1;
  /**
   * Close sharing: 0 open, 1 closed (default open; cannot change after the live starts)
   * @default 0
   */
  closeShare?: 0 | 1;
  /**
   * Close customer service: 0 open, 1 closed (default closed; may be opened after the live starts)
   * @default 1
   */
  closeKf?: 0 | 1;
}

/** Result of `live.createRoom`: Create a live room (创建直播间 createRoom) */
export interface MpLiveCreateRoomResult {
  /** Room ID */
  roomId: number;
  /** QR code of the 小程序直播 Mini Program, returned when the anchor's WeChat ID is not yet real-name verified */
  qrcode_url?: string;
}

/** Params of `live.deleteGoods`: Delete goods from the goods library, and from every room that sells them (删除商品 deleteGoodsInfo) */
export interface MpLiveDeleteGoodsParams {
  /** Goods ID */
  goodsId: number;
}

/** Result of `live.deleteGoods`: Delete goods from the goods library, and from every room that sells them (删除商品 deleteGoodsInfo) */
export type MpLiveDeleteGoodsResult = Record<string, unknown>;

/** Params of `live.deleteRole`: Remove the admin, anchor or operator role from a member (移除成员角色 deleteRole) */
export interface MpLiveDeleteRoleParams {
  /** User's WeChat ID */
  username: string;
  /** Role to remove: 1 admin, 2 anchor, 3 operator (removing the super admin has no effect) */
  role: 1 | 2 | 3;
}

/** Result of `live.deleteRole`: Remove the admin, anchor or operator role from a member (移除成员角色 deleteRole) */
export type MpLiveDeleteRoleResult = Record<string, unknown>;

/** Params of `live.deleteRoom`: Delete a live room (删除直播间 deleteRoom) */
export interface MpLiveDeleteRoomParams {
  /** Room ID */
  id: number;
}

/** Result of `live.deleteRoom`: Delete a live room (删除直播间 deleteRoom) */
export type MpLiveDeleteRoomResult = Record<string, unknown>;

/** Params of `live.deleteRoomGoods`: Delete goods from a live room (删除直播间商品 deleteDoods) */
export interface MpLiveDeleteRoomGoodsParams {
  /** Room ID */
  roomId: number;
  /** Goods ID */
  goodsId: number;
}

/** Result of `live.deleteRoomGoods`: Delete goods from a live room (删除直播间商品 deleteDoods) */
export type MpLiveDeleteRoomGoodsResult = Record<string, unknown>;

/** Params of `live.deleteSubAnchor`: Remove the sub-anchor of a live room (删除主播副号 deleteSubAnchor) */
export interface MpLiveDeleteSubAnchorParams {
  /** Room ID */
  roomId: number;
}

/** Result of `live.deleteSubAnchor`: Remove the sub-anchor of a live room (删除主播副号 deleteSubAnchor) */
export type MpLiveDeleteSubAnchorResult = Record<string, unknown>;

/** Params of `live.editRoom`: Edit a live room (编辑直播间 editRoom) */
export interface MpLiveEditRoomParams {
  /** Room ID */
  id: number;
  /** Room name, 3 to 17 Chinese characters (one Chinese character counts as 2 characters) */
  name: string;
  /** Background image mediaID (temporary media, valid 3 days); suggested 1080*1920, at most 2M */
  coverImg: string;
  /** Planned start time (unix seconds): at least 10 minutes from now and within 6 months */
  startTime: number;
  /** Planned end time (unix seconds): 30 minutes to 24 hours after the start */
  endTime: number;
  /** Anchor nickname, 2 to 15 Chinese characters (one Chinese character counts as 2 characters) */
  anchorName: string;
  /** Anchor's WeChat ID; must be real-name verified in the 小程序直播 Mini Program */
  anchorWechat: string;
  /** Share image mediaID (temporary media, valid 3 days); suggested 800*640, at most 1M */
  shareImg: string;
  /** Shopping-channel cover mediaID (temporary media, valid 3 days); suggested 800*800, at most 100KB */
  feedsImg: string;
  /**
   * Official inclusion: 1 on, 0 off (default on)
   * @default 1
   */
  isFeedsPublic?: 0 | 1;
  /** Close likes: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeLike: 0 | 1;
  /** Close the goods shelf: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeGoods: 0 | 1;
  /** Close comments: 0 open, 1 closed (cannot be reopened after the live starts) */
  closeComment: 0 | 1;
  /**
   * Close replay: 0 open, 1 closed (default closed; may be opened after the live starts)
   * @default 1
   */
  closeReplay?: 0 | 1;
  /**
   * Close sharing: 0 open, 1 closed (default open; cannot change after the live starts)
   * @default 0
   */
  closeShare?: 0 | 1;
  /**
   * Close customer service: 0 open, 1 closed (default closed; may be opened after the live starts)
   * @default 1
   */
  closeKf?: 0 | 1;
}

/** Result of `live.editRoom`: Edit a live room (编辑直播间 editRoom) */
export type MpLiveEditRoomResult = Record<string, unknown>;

/** Params of `live.getAssistantList`: List the assistants of a live room (查询直播间小助手 getAssistantList) */
export interface MpLiveGetAssistantListParams {
  /** Room ID */
  roomId: number;
}

/** Result of `live.getAssistantList`: List the assistants of a live room (查询直播间小助手 getAssistantList) */
export interface MpLiveGetAssistantListResult {
  /** The assistants */
  list?: Array<{
    /** Time of the last change */
    timestamp?: number;
    /** Avatar */
    headimg?: string;
    /** Nickname */
    nickname?: string;
    /** WeChat ID */
    alias?: string;
    /** openid */
    openid?: string;
  }>;
  /** Number of assistants */
  count?: number;
  /** Maximum number of assistants */
  maxCount?: number;
}

/** Params of `live.getDefaultGoodsKey`: Get the global goods key of the live pendant (直播挂件获取全局KEY getdefault_goodskey) */
export type MpLiveGetDefaultGoodsKeyParams = Record<string, never>;

/** Result of `live.getDefaultGoodsKey`: Get the global goods key of the live pendant (直播挂件获取全局KEY getdefault_goodskey) */
export interface MpLiveGetDefaultGoodsKeyResult {
  /** The global key */
  vendorGoodsKey?: Array<string>;
}

/** Params of `live.getFollowers`: List the long-term subscribers of the live rooms (获取长期订阅用户 getFollowers) */
export interface MpLiveGetFollowersParams {
  /**
   * How many subscribers (default 200, at most 2000)
   * (value ≤ 2000)
   * @default 200
   */
  limit?: number;
  /** Paging mark: omit for the first page, then pass the page_break of the previous answer */
  page_break?: number;
}

/** Result of `live.getFollowers`: List the long-term subscribers of the live rooms (获取长期订阅用户 getFollowers) */
export interface MpLiveGetFollowersResult {
  /** The long-term subscribers */
  followers?: Array<{
    /** Subscriber's openid */
    openid?: string;
    /** Subscription time */
    subscribe_time?: number;
    /** Room the user was in when subscribing */
    room_id?: number;
    /** Status of that room when the user subscribed */
    room_status?: number;
  }>;
  /** Paging mark for the next page */
  page_break?: number;
}

/** Params of `live.getGoodsAuditInfo`: Get goods information and review status (获取商品的信息与审核状态 getGoodsAuditInfo) */
export interface MpLiveGetGoodsAuditInfoParams {
  /**
   * Goods IDs (at most 20)
   * (items ≤ 20)
   */
  goods_ids: Array<number>;
}

/** Result of `live.getGoodsAuditInfo`: Get goods information and review status (获取商品的信息与审核状态 getGoodsAuditInfo) */
export interface MpLiveGetGoodsAuditInfoResult {
  /** The goods */
  goods?: Array<{
    /** Goods ID (typed string in the table; the example returns a number) */
    goods_id?: number;
    /** Goods name */
    name?: string;
    /** Goods image URL */
    cover_img_url?: string;
    /** Mini Program path of the goods page */
    url?: string;
    /** Price type as named in the table: 1 fixed (price), 2 range (price to price2), 3 discount (price original, price2 current) */
    priceType?: 1 | 2 | 3;
    /** Price type as named in the example (same values as priceType) */
    price_type?: 1 | 2 | 3;
    /** Price (left bound), in yuan */
    price?: number;
    /** Right bound or current price, in yuan */
    price2?: number;
    /** 0 not reviewed, 1 in review, 2 approved, 3 rejected (typed string in the table; the example returns a number) */
    audit_status?: 0 | 1 | 2 | 3;
    /** 1 or 2: added through the API; otherwise added in the live console */
    third_party_tag?: number;
    /** appid of the third-party Mini Program; empty for this Mini Program's goods */
    thirdPartyAppid?: string;
  }>;
  /** Number of goods */
  total?: number;
}

/** Params of `live.getGoodsList`: List the goods of the goods library by review status (获取商品列表 getGoodsInfo) */
export interface MpLiveGetGoodsListParams {
  /** Offset to start from */
  offset: number;
  /**
   * Page size (default 30, at most 100)
   * (value ≤ 100)
   * @default 30
   */
  limit?: number;
  /** 0 not reviewed, 1 in review, 2 approved, 3 rejected */
  status: 0 | 1 | 2 | 3;
}

/** Result of `live.getGoodsList`: List the goods of the goods library by review status (获取商品列表 getGoodsInfo) */
export interface MpLiveGetGoodsListResult {
  /** The goods */
  goods?: Array<{
    /** Goods ID (typed string in the current table; the example returns a number) */
    goodsId?: number;
    /** Goods name */
    name?: string;
    /** Goods image */
    coverImgUrl?: string;
    /** Mini Program path of the goods page */
    url?: string;
    /** 1 fixed (price), 2 range (price to price2), 3 discount (price original, price2 current) */
    priceType?: 1 | 2 | 3;
    /** Price (left bound), in yuan */
    price?: number;
    /** Right bound or current price, in yuan */
    price2?: number;
    /** 1 or 2: added through the API; otherwise added in the live console (name used by the example) */
    thirdPartyTag?: number;
    /** Same tag as named in the current table */
    third_party_tag?: number;
    /** appid of the third-party Mini Program; empty for this Mini Program's goods */
    thirdPartyAppid?: string;
  }>;
  /** Number of goods */
  total?: number;
}

/** Params of `live.getGoodsVideo`: Get the download link of a goods explanation video (下载商品讲解视频 downloadGoodsVideo) */
export interface MpLiveGetGoodsVideoParams {
  /** Room ID */
  roomId: number;
  /** Goods ID */
  goodsId: number;
}

/** Result of `live.getGoodsVideo`: Get the download link of a goods explanation video (下载商品讲解视频 downloadGoodsVideo) */
export interface MpLiveGetGoodsVideoResult {
  /** Explanation video link */
  url?: string;
}

/** Params of `live.getLiveInfo`: List live rooms, or get the replays of a room (获取直播间列表和回放 getLiveInfo) */
export interface MpLiveGetLiveInfoParams {
  /** Offset to start from; 0 is the first */
  start: number;
  /** How many to fetch (keep it within 100) */
  limit: number;
  /** Only "get_replay": fetch the replays of room_id instead of the room list */
  action?: "get_replay";
  /** Room ID; required when action is set */
  room_id?: number;
}

/** Result of `live.getLiveInfo`: List live rooms, or get the replays of a room (获取直播间列表和回放 getLiveInfo) */
export interface MpLiveGetLiveInfoResult {
  /** Total number of rooms */
  total?: number;
  /** The rooms (not returned for action="get_replay") */
  room_info?: Array<{
    /** Room name */
    name?: string;
    /** Room ID */
    roomid?: number;
    /** Background image URL */
    cover_img?: string;
    /** Share image URL */
    share_img?: string;
    /** 101 live, 102 not started, 103 ended, 104 banned, 105 paused, 106 abnormal, 107 expired */
    live_status?: number;
    /** Start time; the list is sorted by start_time descending */
    start_time?: number;
    /** Planned end time */
    end_time?: number;
    /** Anchor name */
    anchor_name?: string;
    /** Goods in the room */
    goods?: Array<{
      /** Goods cover image URL */
      cover_img?: string;
      /** Mini Program path of the goods page */
      url?: string;
      /** Goods name */
      name?: string;
      /** Price in fen (see price_type) */
      price?: number;
      /** Second price, used as price_type says */
      price2?: number;
      /** 1 fixed price (price), 2 range (price to price2), 3 discount (price original, price2 current) */
      price_type?: 1 | 2 | 3;
      /** Goods ID */
      goods_id?: number;
      /** Third-party Mini Program appid of the goods; empty for this Mini Program's goods */
      third_party_appid?: string;
    }>;
    /** 1 push stream, 0 phone live */
    live_type?: 0 | 1;
    /** Likes: 0 open, 1 closed */
    close_like?: 0 | 1;
    /** Goods shelf: 0 open, 1 closed */
    close_goods?: 0 | 1;
    /** Comments: 0 open, 1 closed */
    close_comment?: 0 | 1;
    /** Customer service: 0 open, 1 closed */
    close_kf?: 0 | 1;
    /** Replay: 0 open, 1 closed */
    close_replay?: 0 | 1;
    /** Official inclusion: 1 on, 0 off */
    is_feeds_public?: 0 | 1;
    /** Creator's openid */
    creater_openid?: string;
    /** Official-inclusion cover */
    feeds_img?: string;
  }>;
  /** The replays (returned only for action="get_replay") */
  live_replay?: Array<{
    /** Replay creation time */
    create_time?: string;
    /** Expiry time of the replay URL */
    expire_time?: string;
    /** Replay video URL */
    media_url?: string;
  }>;
}

/** Params of `live.getPushUrl`: Get the push-stream address of a live room (获取直播间推流地址 getPushUrl) */
export interface MpLiveGetPushUrlParams {
  /** Room ID */
  roomId: number;
}

/** Result of `live.getPushUrl`: Get the push-stream address of a live room (获取直播间推流地址 getPushUrl) */
export interface MpLiveGetPushUrlResult {
  /** Push-stream address */
  pushAddr?: string;
}

/** Params of `live.getRoleList`: List the live members and their roles (查询成员列表 getRoleList) */
export interface MpLiveGetRoleListParams {
  /**
   * Role to list: -1 all members, 0 super admin, 1 admin, 2 anchor, 3 operator (default -1)
   * @default -1
   */
  role?: -1 | 0 | 1 | 2 | 3;
  /**
   * Offset to start from (default 0)
   * @default 0
   */
  offset?: number;
  /**
   * How many (default 10, at most 30)
   * (value ≤ 30)
   * @default 10
   */
  limit?: number;
  /** WeChat ID or nickname to search; all members when absent */
  keyword?: string;
}

/** Result of `live.getRoleList`: List the live members and their roles (查询成员列表 getRoleList) */
export interface MpLiveGetRoleListResult {
  /** Total number */
  total?: number;
  /** The members */
  list?: Array<{
    /** Avatar URL */
    headingimg?: string;
    /** Nickname */
    nickname?: string;
    /** openid */
    openid?: string;
    /** Roles held: 0 super admin, 1 admin, 2 anchor, 3 operator */
    roleList?: Array<0 | 1 | 2 | 3>;
    /** Update time */
    updateTimestamp?: string;
    /** WeChat ID (masked) */
    username?: string;
  }>;
}

/** Params of `live.getSharedCode`: Get the share QR code of a live room (获取直播间分享二维码 getSharedCode) */
export interface MpLiveGetSharedCodeParams {
  /** Room ID */
  roomId: number;
  /** Custom parameters (URL-encoded JSON) */
  params?: string;
}

/** Result of `live.getSharedCode`: Get the share QR code of a live room (获取直播间分享二维码 getSharedCode) */
export interface MpLiveGetSharedCodeResult {
  /** CDN URL of the share QR code */
  cdnUrl?: string;
  /** Share path */
  pagePath?: string;
  /** Share poster URL */
  posterUrl?: string;
}

/** Params of `live.getSubAnchor`: Get the sub-anchor of a live room (获取主播副号 getSubAnchor) */
export interface MpLiveGetSubAnchorParams {
  /** Room ID */
  roomId: number;
}

/** Result of `live.getSubAnchor`: Get the sub-anchor of a live room (获取主播副号 getSubAnchor) */
export interface MpLiveGetSubAnchorResult {
  /** Sub-anchor's WeChat ID */
  username?: string;
}

/** Params of `live.modifyAssistant`: Modify a live room assistant (修改直播间小助手 modifyAssistant) */
export interface MpLiveModifyAssistantParams {
  /** Room ID */
  roomId: number;
  /** User's WeChat ID */
  username: string;
  /** User's WeChat nickname */
  nickname: string;
}

/** Result of `live.modifyAssistant`: Modify a live room assistant (修改直播间小助手 modifyAssistant) */
export type MpLiveModifyAssistantResult = Record<string, unknown>;

/** Params of `live.modifySubAnchor`: Change the sub-anchor of a live room (修改主播副号 modifySubAnchor) */
export interface MpLiveModifySubAnchorParams {
  /** Room ID */
  roomId: number;
  /** User's WeChat ID */
  username: string;
}

/** Result of `live.modifySubAnchor`: Change the sub-anchor of a live room (修改主播副号 modifySubAnchor) */
export type MpLiveModifySubAnchorResult = Record<string, unknown>;

/** Params of `live.pushGoods`: Push goods to the viewers of a live room (推送商品 pushGoods) */
export interface MpLivePushGoodsParams {
  /** Room ID */
  roomId: number;
  /** Goods ID */
  goodsId: number;
}

/** Result of `live.pushGoods`: Push goods to the viewers of a live room (推送商品 pushGoods) */
export type MpLivePushGoodsResult = Record<string, unknown>;

/** Params of `live.pushMessage`: Push the live-start event to long-term subscribers (发送直播开始事件 pushMessage) */
export interface MpLivePushMessageParams {
  /** Room ID of the live-start event */
  room_id: number;
  /**
   * openids of the subscribers to notify (at most 2000 per call)
   * (items ≤ 2000)
   */
  user_openid: Array<string>;
}

/** Result of `live.pushMessage`: Push the live-start event to long-term subscribers (发送直播开始事件 pushMessage) */
export interface MpLivePushMessageResult {
  /** ID of this push, matching message_id in the push-result callback */
  message_id?: string;
}

/** Params of `live.removeAssistant`: Remove a live room assistant (删除直播间小助手 removeAssistant) */
export interface MpLiveRemoveAssistantParams {
  /** Room ID */
  roomId: number;
  /** User's WeChat ID */
  username: string;
}

/** Result of `live.removeAssistant`: Remove a live room assistant (删除直播间小助手 removeAssistant) */
export type MpLiveRemoveAssistantResult = Record<string, unknown>;

/** Params of `live.resetGoodsAudit`: Withdraw the review of goods; the review quota is not returned (撤回商品审核 resetAudit) */
export interface MpLiveResetGoodsAuditParams {
  /** Goods ID */
  goodsId: number;
  /** Review ID */
  auditId: number;
}

/** Result of `live.resetGoodsAudit`: Withdraw the review of goods; the review quota is not returned (撤回商品审核 resetAudit) */
export type MpLiveResetGoodsAuditResult = Record<string, unknown>;

/** Params of `live.resubmitGoodsAudit`: Submit withdrawn goods for review again (重新提交商品审核 resubmitAudit) */
export interface MpLiveResubmitGoodsAuditParams {
  /** Goods ID */
  goodsId: number;
}

/** Result of `live.resubmitGoodsAudit`: Submit withdrawn goods for review again (重新提交商品审核 resubmitAudit) */
export interface MpLiveResubmitGoodsAuditResult {
  /** Review ID */
  auditId?: number;
}

/** Params of `live.setDefaultGoodsKey`: Set the global goods key used by the live pendant (直播挂件设置全局KEY setdefault_goodskey) */
export interface MpLiveSetDefaultGoodsKeyParams {
  /** Goods key (an array of strings); used for goods added without their own goodsKey */
  goodsKey: Array<string>;
}

/** Result of `live.setDefaultGoodsKey`: Set the global goods key used by the live pendant (直播挂件设置全局KEY setdefault_goodskey) */
export type MpLiveSetDefaultGoodsKeyResult = Record<string, unknown>;

/** Params of `live.setGoodsOnSale`: Put goods in a live room on or off sale (上下架商品 SaleGoods) */
export interface MpLiveSetGoodsOnSaleParams {
  /** Room ID */
  roomId: number;
  /** Goods ID */
  goodsId: number;
  /** 0 off sale, 1 on sale */
  onSale: 0 | 1;
}

/** Result of `live.setGoodsOnSale`: Put goods in a live room on or off sale (上下架商品 SaleGoods) */
export type MpLiveSetGoodsOnSaleResult = Record<string, unknown>;

/** Params of `live.sortGoods`: Reorder the goods of a live room (直播间商品排序 sortGoods) */
export interface MpLiveSortGoodsParams {
  /** Room ID */
  roomId: number;
  /** Goods in the new order */
  goods: Array<{
    /** Goods ID */
    goodsId: number;
  }>;
}

/** Result of `live.sortGoods`: Reorder the goods of a live room (直播间商品排序 sortGoods) */
export type MpLiveSortGoodsResult = Record<string, unknown>;

/** Params of `live.updateComment`: Mute or unmute all comments in a live room (禁言管理 updateComment) */
export interface MpLiveUpdateCommentParams {
  /** Room ID */
  id: number;
  /** 1 mute, 0 unmute */
  banComment: 0 | 1;
}

/** Result of `live.updateComment`: Mute or unmute all comments in a live room (禁言管理 updateComment) */
export type MpLiveUpdateCommentResult = Record<string, unknown>;

/** Params of `live.updateFeedPublic`: Turn official inclusion of a live room on or off (官方收录管理 updateFeedPublic) */
export interface MpLiveUpdateFeedPublicParams {
  /** Room ID */
  roomId: number;
  /** Official inclusion: 1 on, 0 off */
  isFeedsPublic: 0 | 1;
}

/** Result of `live.updateFeedPublic`: Turn official inclusion of a live room on or off (官方收录管理 updateFeedPublic) */
export type MpLiveUpdateFeedPublicResult = Record<string, unknown>;

/** Params of `live.updateGoods`: Update goods in the goods library (更新商品 updateGoodsinfo) */
export interface MpLiveUpdateGoodsParams {
  /** The goods: goodsId plus the fields to change */
  goodsInfo: {
    /** Goods ID */
    goodsId: number;
    /** Image mediaID (temporary media, valid 3 days); at most 300*300 pixels */
    coverImgUrl?: string;
    /** Goods name, at most 14 Chinese characters (one Chinese character counts as 2 characters) */
    name?: string;
    /** 1 fixed price (price only), 2 range (price to price2), 3 discount (price original, price2 current) */
    priceType?: 1 | 2 | 3;
    /** Price in yuan, at most 2 decimals */
    price?: number;
    /** Second price in yuan, at most 2 decimals (required for priceType 2 and 3) */
    price2?: number;
    /** Mini Program path of the goods page; URL-encode parameter values that contain a url */
    url?: string;
    /** appid of the third-party Mini Program selling the goods; empty for this Mini Program's goods */
    thirdPartyAppid?: string;
  };
}

/** Result of `live.updateGoods`: Update goods in the goods library (更新商品 updateGoodsinfo) */
export type MpLiveUpdateGoodsResult = Record<string, unknown>;

/** Params of `live.updateKf`: Turn customer service of a live room on or off (客服功能管理 updateKF) */
export interface MpLiveUpdateKfParams {
  /** Room ID */
  roomId: number;
  /** Close customer service: 0 open, 1 closed */
  closeKf: 0 | 1;
}

/** Result of `live.updateKf`: Turn customer service of a live room on or off (客服功能管理 updateKF) */
export type MpLiveUpdateKfResult = Record<string, unknown>;

/** Params of `live.updateReplay`: Turn the replay of a live room on or off (回放功能管理 updateReplay) */
export interface MpLiveUpdateReplayParams {
  /** Room ID */
  roomId: number;
  /** Close replay: 0 open, 1 closed */
  closeReplay: 0 | 1;
}

/** Result of `live.updateReplay`: Turn the replay of a live room on or off (回放功能管理 updateReplay) */
export type MpLiveUpdateReplayResult = Record<string, unknown>;
