// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../types/shapes.js';

/**
 * Annual re-verification is due (年审通知事件)
 *
 * event · oa · matched by MsgType=event, Event=annual_renew
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface AnnualRenewEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always annual_renew */
  Event: "annual_renew";
  /** Unix time at which the verification expires; renew before it */
  ExpiredTime: number;
}

/**
 * An app order was placed (收银台 应用版本回调 - 下单成功通知 open_order)
 *
 * event · work-suite · matched by InfoType=open_order
 * @see https://developer.work.weixin.qq.com/document/path/99387
 */
export interface AppOrderOpenNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the buying corp */
  PaidCorpId: string;
  /** Always open_order */
  InfoType: "open_order";
  /** Timestamp */
  TimeStamp: number;
  /** Order id (at most 32 characters), to fetch the purchase with */
  OrderId: string;
  /** UserID of who placed the order; empty when the provider or a dealer ordered for the corp */
  OperatorId?: string;
}

/**
 * An app order was paid (收银台 应用版本回调 - 支付成功通知 pay_for_app_success)
 *
 * event · work-suite · matched by InfoType=pay_for_app_success
 * @see https://developer.work.weixin.qq.com/document/path/99389
 */
export interface AppOrderPaySuccessNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the buying corp */
  PaidCorpId: string;
  /** Always pay_for_app_success */
  InfoType: "pay_for_app_success";
  /** Timestamp */
  TimeStamp: number;
  /** Order id (at most 32 characters), to fetch the purchase with */
  OrderId: string;
}

/**
 * User clicked a click-type menu button (点击菜单拉取消息事件)
 *
 * event · oa · matched by MsgType=event, Event=CLICK
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface ClickEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always CLICK */
  Event: "CLICK";
  /** The key set on the menu button */
  EventKey: string;
}

/**
 * An account authorized the platform (授权变更通知推送 - 授权成功通知)
 *
 * event · open · matched by InfoType=authorized
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/authorize_event.html
 */
export interface ComponentAuthorizedNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp */
  CreateTime: number;
  /** Always authorized */
  InfoType: "authorized";
  /** Appid of the authorizing account (Official Account, Mini Program, ...) */
  AuthorizerAppid: string;
  /** Authorization code, exchanged for the authorization info */
  AuthorizationCode: string;
  /** Expiry time of the authorization code, in seconds */
  AuthorizationCodeExpiredTime: number;
  /** Pre-authorization code the authorization used */
  PreAuthCode: string;
}

/**
 * Result of creating a trial Mini Program (注册试用小程序 - 创建试用小程序成功/失败的通知)
 *
 * event · open · matched by InfoType=notify_third_fastregisterbetaapp
 * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-regist-beta/api_registerbetaminiprogram.html
 */
export interface ComponentFastRegisterBetaAppNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp */
  CreateTime: number;
  /** Always notify_third_fastregisterbetaapp */
  InfoType: "notify_third_fastregisterbetaapp";
  /** Appid of the created trial Mini Program */
  appid?: string;
  /** Task status (0 in the official sample) */
  status: number;
  /** Status message (OK in the official sample) */
  msg?: string;
  /** The creation request */
  info?: {
    /** unique_id returned by component.fastRegister.createBeta */
    unique_id?: string;
    /** Name of the trial Mini Program */
    name?: string;
  };
}

/**
 * Result of a fast Mini Program registration task (快速注册企业小程序 - 注册审核事件推送)
 *
 * event · open · matched by InfoType=notify_third_fasteregister
 * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/register-management/fast-registration-ent/registerMiniprogram.html
 */
export interface ComponentFastRegisterNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp */
  CreateTime: number;
  /** Always notify_third_fasteregister */
  InfoType: "notify_third_fasteregister";
  /** Appid of the created Mini Program (on success) */
  appid?: string;
  /** Task status; 0 on success, an error code otherwise */
  status: number;
  /** Authorization code for the new Mini Program, exchanged via the component authorization API */
  auth_code?: string;
  /** Status message, e.g. OK */
  msg: string;
  /** The registration info that was submitted */
  info?: {
    /** Company name */
    name?: string;
    /** Company code */
    code?: string;
    /** Code type: 1 unified social credit code, 2 organization code, 3 business licence number */
    code_type?: number;
    /** WeChat ID of the legal representative */
    legal_persona_wechat?: string;
    /** Name of the legal representative */
    legal_persona_name?: string;
    /** The third party's contact phone */
    component_phone?: string;
  };
}

/**
 * An account cancelled its authorization (授权变更通知推送 - 取消授权通知)
 *
 * event · open · matched by InfoType=unauthorized
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/authorize_event.html
 */
export interface ComponentUnauthorizedNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp */
  CreateTime: number;
  /** Always unauthorized */
  InfoType: "unauthorized";
  /** Appid of the account that cancelled */
  AuthorizerAppid: string;
}

/**
 * An account changed its authorization (授权变更通知推送 - 授权更新通知)
 *
 * event · open · matched by InfoType=updateauthorized
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/authorize_event.html
 */
export interface ComponentUpdateAuthorizedNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp */
  CreateTime: number;
  /** Always updateauthorized (not sent when the permission set did not change) */
  InfoType: "updateauthorized";
  /** Appid of the account that updated its authorization */
  AuthorizerAppid: string;
  /** Authorization code, exchanged for the authorization info */
  AuthorizationCode: string;
  /** Expiry time of the authorization code, in seconds */
  AuthorizationCodeExpiredTime: number;
  /** Pre-authorization code the authorization used */
  PreAuthCode: string;
}

/**
 * Verify ticket pushed every 10 minutes (验证票据 component_verify_ticket)
 *
 * event · open · matched by InfoType=component_verify_ticket
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/component_verify_ticket.html
 */
export interface ComponentVerifyTicketNotification {
  /** The third-party platform's appid */
  AppId: string;
  /** Timestamp, in seconds */
  CreateTime: number;
  /** Always component_verify_ticket */
  InfoType: "component_verify_ticket";
  /** The ticket; valid 12 hours, used to get component_access_token */
  ComponentVerifyTicket: string;
}

/**
 * Image message from a user (图片消息)
 *
 * message · oa, miniprogram · matched by MsgType=image
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface ImageMessage {
  /** The account's original ID (开发者微信号 / 小程序的原始ID) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always image */
  MsgType: "image";
  /** Image URL (generated by WeChat) */
  PicUrl: string;
  /** Media id of the image; fetch it with the get-temporary-media API */
  MediaId: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * Reply with an image (回复图片消息)
 *
 * reply · oa · matched by MsgType=image
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface ImageReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always image */
  MsgType: "image";
  /** The image */
  Image: {
    /** Media id of an uploaded image (temporary or permanent media) */
    MediaId: string;
  };
}

/**
 * A customer-service agent closed a user's session (客服关闭会话事件)
 *
 * event · oa · matched by MsgType=event, Event=kf_close_session
 * @see https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html
 */
export interface KfCloseSessionEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always kf_close_session */
  Event: "kf_close_session";
  /** Full customer-service account (account@wechat-id) */
  KfAccount: string;
}

/**
 * A customer-service agent took over a user's session (客服接入会话事件)
 *
 * event · oa · matched by MsgType=event, Event=kf_create_session
 * @see https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html
 */
export interface KfCreateSessionEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always kf_create_session */
  Event: "kf_create_session";
  /** Full customer-service account (account@wechat-id) */
  KfAccount: string;
}

/**
 * A user's session was transferred between customer-service agents (客服转接会话事件)
 *
 * event · oa · matched by MsgType=event, Event=kf_switch_session
 * @see https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html
 */
export interface KfSwitchSessionEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always kf_switch_session */
  Event: "kf_switch_session";
  /** Customer-service account the session came from */
  FromKfAccount: string;
  /** Customer-service account the session went to */
  ToKfAccount: string;
}

/**
 * Licences were auto-activated for members (接口调用许可 - 自动激活回调通知 auto_activate)
 *
 * event · work-suite · matched by InfoType=auto_activate
 * @see https://developer.work.weixin.qq.com/document/path/95994
 */
export interface LicenseAutoActivateNotification {
  /** The service provider's CorpID */
  ServiceCorpId: string;
  /** Always auto_activate */
  InfoType: "auto_activate";
  /** The customer corp's CorpID */
  AuthCorpId: string;
  /** What triggered it: 1 a member opened the app, 2 the provider called the message-push API, 3 the provider called an interop (互通) API */
  Scene: 1 | 2 | 3;
  /** Timestamp */
  TimeStamp: number;
  /** The licence accounts activated */
  AccountList: Array<{
    /** Activation code of the licence */
    ActiveCode: string;
    /** Licence type: 1 basic, 2 interop (互通) */
    Type: 1 | 2;
    /** Expiry time of the licence after activation */
    ExpireTime: number;
    /** UserID of the member */
    UserId: string;
    /** Before: 1 no licence, 2 active licence with at most 7 days left, 3 expired licence */
    PreviousStatus: 1 | 2 | 3;
    /** The member's previous activation code, only when the member already had one */
    PreviousActiveCode?: string;
  }>;
}

/**
 * Licence order paid (接口调用许可 - 支付成功通知 license_pay_success)
 *
 * event · work-suite · matched by InfoType=license_pay_success
 * @see https://developer.work.weixin.qq.com/document/path/97196
 */
export interface LicensePaySuccessNotification {
  /** The service provider's CorpID */
  ServiceCorpId: string;
  /** Always license_pay_success */
  InfoType: "license_pay_success";
  /** The customer corp's CorpID */
  AuthCorpId: string;
  /** Order id; for a multi-corp new-purchase order, the sub-order id */
  OrderId: string;
  /** UserID of the provider's member who placed the order */
  BuyerUserId: string;
  /** Timestamp */
  TimeStamp: number;
}

/**
 * Licence order refund result (接口调用许可 - 退款结果通知 license_refund)
 *
 * event · work-suite · matched by InfoType=license_refund
 * @see https://developer.work.weixin.qq.com/document/path/95805
 */
export interface LicenseRefundNotification {
  /** The service provider's CorpID */
  ServiceCorpId: string;
  /** Always license_refund */
  InfoType: "license_refund";
  /** The customer corp's CorpID */
  AuthCorpId: string;
  /** Order id */
  OrderId: string;
  /** 1 refunded, 2 refund refused */
  OrderStatus: 1 | 2;
  /** Timestamp */
  TimeStamp: number;
}

/**
 * A member without a valid licence used the app (接口许可失效通知 unlicensed_notify)
 *
 * event · work-suite · matched by MsgType=event, Event=unlicensed_notify
 * @see https://developer.work.weixin.qq.com/document/path/95716
 */
export interface LicenseUnlicensedEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always unlicensed_notify */
  Event: "unlicensed_notify";
  /** The app's agent id */
  AgentID: number;
}

/**
 * Link message from a user (链接消息)
 *
 * message · oa · matched by MsgType=link
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface LinkMessage {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always link */
  MsgType: "link";
  /** Link title */
  Title: string;
  /** Link description */
  Description: string;
  /** Link URL */
  Url: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * User's location reported on entering the conversation (上报地理位置事件)
 *
 * event · oa · matched by MsgType=event, Event=LOCATION
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
export interface LocationEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always LOCATION */
  Event: "LOCATION";
  /** Latitude */
  Latitude: number;
  /** Longitude */
  Longitude: number;
  /** Location precision */
  Precision: number;
}

/**
 * Location message from a user (地理位置消息)
 *
 * message · oa · matched by MsgType=location
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface LocationMessage {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always location */
  MsgType: "location";
  /** Latitude */
  Location_X: number;
  /** Longitude */
  Location_Y: number;
  /** Map zoom level */
  Scale: number;
  /** Location description */
  Label: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * User sent a location from the location picker menu button (弹出地理位置选择器事件)
 *
 * event · oa · matched by MsgType=event, Event=location_select
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface LocationSelectEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always location_select */
  Event: "location_select";
  /** The key set on the menu button */
  EventKey: string;
  /** The location sent */
  SendLocationInfo: {
    /** X coordinate (latitude) */
    Location_X: number;
    /** Y coordinate (longitude) */
    Location_Y: number;
    /** Precision / map scale; larger is finer */
    Scale: number;
    /** Location as text */
    Label: string;
    /** Name of the Moments POI; may be empty */
    Poiname?: string;
  };
}

/**
 * Result of a mass send (batch message) job (群发结果事件)
 *
 * event · oa · matched by MsgType=event, Event=MASSSENDJOBFINISH
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html
 */
export interface MassSendJobFinishEvent {
  /** The account's original ID (公众号的微信号) */
  ToUserName: string;
  /** Sender: the account's mass-send helper (a system OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always MASSSENDJOBFINISH */
  Event: "MASSSENDJOBFINISH";
  /** The mass send's msg_id */
  MsgID: string;
  /** send success, send fail, or err(num) giving the review-failure reason (e.g. err(30003)) */
  Status: string;
  /** Fans under the tag_id, or in the openid list */
  TotalCount: number;
  /** Fans left to send to after filtering (region/gender filters, refusals, over the monthly limit); about SentCount + ErrorCount */
  FilterCount: number;
  /** Fans the message reached */
  SentCount: number;
  /** Fans the message failed to reach */
  ErrorCount: number;
  /** Originality (copyright) check result for each article */
  CopyrightCheckResult?: {
    /** Number of articles checked */
    Count?: number;
    /** One <item> per article */
    ResultList?: Array<{
      /** Position of the article in the post, from 1 */
      ArticleIdx?: number;
      /** The user's own originality declaration state */
      UserDeclareState?: number;
      /** Platform originality review state */
      AuditState?: number;
      /** URL of the similar original article */
      OriginalArticleUrl?: string;
      /** Type of the similar original article */
      OriginalArticleType?: number;
      /** Whether reprinting is allowed */
      CanReprint?: number;
      /** Whether the content must be replaced with the original's */
      NeedReplaceContent?: number;
      /** Whether the reprint source must be shown */
      NeedShowReprintSource?: number;
    }>;
    /** Overall result: 1 not judged a reprint, can send; 2 judged a reprint, can send; 3 judged a reprint, cannot send */
    CheckState?: number;
  };
  /** URLs of the articles sent */
  ArticleUrlResult?: {
    /** Number of articles */
    Count?: number;
    /** One <item> per article */
    ResultList?: Array<{
      /** Position of the article in the post, from 1 */
      ArticleIdx?: number;
      /** Article URL */
      ArticleUrl?: string;
    }>;
  };
}

/**
 * A user subscribed to or unsubscribed from a live room (长期订阅状态通知)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxalive_follow_notify
 * @see https://developers.weixin.qq.com/miniprogram/dev/server/event_push/liveplayer/status_synchronization.html
 */
export interface MiniProgramLiveFollowNotifyEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxalive_follow_notify */
  Event: "wxalive_follow_notify";
  /** The subscription change */
  FollowNotify: {
    /** Live room id */
    room_id: number;
    /** The subscriber's OpenID */
    user_openid: string;
    /** Subscription time (Unix seconds) */
    time: number;
    /** Room status at that moment: 101 live, 102 not started, 103 ended */
    live_status: 101 | 102 | 103;
    /** add_follow subscribed, del_follow unsubscribed */
    action: "add_follow" | "del_follow";
  };
}

/**
 * Mini Program card sent by a user in a customer-service session (小程序卡片消息)
 *
 * message · miniprogram · matched by MsgType=miniprogrampage
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/customer-message/receive.html
 */
export interface MiniProgramPageMessage {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always miniprogrampage */
  MsgType: "miniprogrampage";
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Card title */
  Title: string;
  /** AppID of the Mini Program on the card */
  AppId: string;
  /** Page path of the card */
  PagePath: string;
  /** Temporary CDN link of the cover image */
  ThumbUrl: string;
  /** Temporary media id of the cover image */
  ThumbMediaId: string;
}

/**
 * The Mini Program was penalised for a violation (小程序违规处罚信息通知)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxa_punish_event
 * @see https://developers.weixin.qq.com/miniprogram/dev/server/event_push/platform/Penalty_for_Violation.html
 */
export interface MiniProgramPunishEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender OpenID */
  FromUserName: string;
  /** Send time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxa_punish_event */
  Event: "wxa_punish_event";
  /** Penalty: 1 warning, 2 features banned, 3 taken down, 4 account banned, 5 or 10 page banned */
  event_type: number;
  /** Penalty id, unique per violation */
  punish_id: string;
  /** AppID of the penalised Mini Program */
  appid: string;
  /** Time of the violation (Unix seconds) */
  punish_time: number;
  /** Reason */
  illegal_reason?: string;
  /** Violating content (a list in the official sample, a string in the table) */
  illegal_content?: Array<string>;
  /** Name of the rule broken */
  rule_name?: string;
  /** Link to the rule */
  rule_url?: string;
  /** Link to the appeal and rectification guide */
  adjust_guide_url?: string;
  /** Penalty details as a JSON string; its shape depends on event_type (1: warned_type, rectify_deadline, warned_function_names, warned_ban_days; 2: banned_days, banned_function_names; 3: suspended_days; 4: banned_days; 5: path) */
  detail?: string;
}

/**
 * User refused a subscribe message from the service-notification card menu (用户管理订阅消息事件)
 *
 * event · miniprogram · matched by MsgType=event, Event=subscribe_msg_change_event
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 */
export interface MiniProgramSubscribeMsgChangeEvent {
  /** The Mini Program's account ID */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Timestamp (Unix seconds; a string in the JSON sample) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_change_event */
  Event: "subscribe_msg_change_event";
  /** XML only: the changes, <List> repeated once per template */
  SubscribeMsgChangeEvent?: {
    /** One entry per template (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** reject (only refusals are pushed) */
      SubscribeStatusString: string;
    }>;
  };
  /** JSON only: the changes; WeChat sends a bare object when there is a single entry */
  List?: Array<{
    /** Template id */
    TemplateId: string;
    /** reject (only refusals are pushed) */
    SubscribeStatusString: string;
  }>;
}

/**
 * User acted on a Mini Program subscribe-message popup (用户操作订阅消息弹框事件)
 *
 * event · miniprogram · matched by MsgType=event, Event=subscribe_msg_popup_event
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 */
export interface MiniProgramSubscribeMsgPopupEvent {
  /** The Mini Program's account ID */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Timestamp (Unix seconds; a string in the JSON sample) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_popup_event */
  Event: "subscribe_msg_popup_event";
  /** XML only: the user's choices, <List> repeated once per template */
  SubscribeMsgPopupEvent?: {
    /** One entry per template (a repeated tag) */
    List: Array<{
      /** Template id (one popup may hold several) */
      TemplateId: string;
      /** accept or reject */
      SubscribeStatusString: string;
      /** Popup scene; 0 means inside a Mini Program page */
      PopupScene: number;
    }>;
  };
  /** JSON only: the user's choices; WeChat sends a bare object when there is a single entry */
  List?: Array<{
    /** Template id (one popup may hold several) */
    TemplateId: string;
    /** accept or reject */
    SubscribeStatusString: string;
    /** Popup scene; 0 means inside a Mini Program page */
    PopupScene: number;
  }>;
}

/**
 * Delivery result of a subscribe message sent with subscribeMessage.send (订阅消息发送结果事件)
 *
 * event · miniprogram · matched by MsgType=event, Event=subscribe_msg_sent_event
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
 */
export interface MiniProgramSubscribeMsgSentEvent {
  /** The Mini Program's account ID */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Timestamp (Unix seconds; a string in the JSON sample) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_sent_event */
  Event: "subscribe_msg_sent_event";
  /** XML only: the delivery results, <List> repeated once per message */
  SubscribeMsgSentEvent?: {
    /** One entry per message (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** Message id (also returned by the send call) */
      MsgID: string;
      /** Push result code; 0 is success */
      ErrorCode: number;
      /** Meaning of ErrorCode */
      ErrorStatus: string;
    }>;
  };
  /** JSON only: the delivery results; WeChat sends a bare object when there is a single entry (as in the sample) */
  List?: Array<{
    /** Template id */
    TemplateId: string;
    /** Message id (also returned by the send call) */
    MsgID: string;
    /** Push result code; 0 is success */
    ErrorCode: number;
    /** Meaning of ErrorCode */
    ErrorStatus: string;
  }>;
}

/**
 * A user revoked an authorization given to the Mini Program (授权用户信息变更：用户撤回)
 *
 * event · miniprogram · matched by MsgType=event, Event=user_authorization_revoke
 * @see https://developers.weixin.qq.com/miniprogram/dev/server/event_push/platform/authorized_user_information_changes.html
 */
export interface MiniProgramUserAuthorizationRevokeEvent {
  /** The Mini Program's UserName */
  ToUserName: string;
  /** UserName of the platform push service */
  FromUserName: string;
  /** Send time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always user_authorization_revoke */
  Event: "user_authorization_revoke";
  /** The user's OpenID */
  OpenID: string;
  /** The Mini Program's AppID */
  AppID: string;
  /** What was revoked: 1 plate number, 2 address, 3 invoice info, 4 Bluetooth, 5 microphone, 6 nickname and avatar, 7 camera, 8 phone number, 12 WeRun steps, 13 location, 14 chosen images or videos, 15 chosen files, 16 e-mail address, 18 chosen location, 19 nickname picked in the nickname keyboard, 20 avatar picked in the avatar component */
  RevokeInfo: string;
  /** When revoked inside a plugin: the plugin's AppID */
  PluginID?: string;
  /** When revoked inside a plugin: the user's OpenPID */
  OpenPID?: string;
}

/**
 * Reply with music (回复音乐消息)
 *
 * reply · oa · matched by MsgType=music
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface MusicReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always music */
  MsgType: "music";
  /** The music */
  Music: {
    /** Music title */
    Title?: string;
    /** Music description */
    Description?: string;
    /** Music link */
    MusicUrl?: string;
    /** High-quality music link; played in preference on Wi-Fi */
    HQMusicUrl?: string;
    /** Media id of the thumbnail (an uploaded image) */
    ThumbMediaId: string;
  };
}

/**
 * Name verification failed; API permissions are kept without the tick (名称认证失败事件)
 *
 * event · oa · matched by MsgType=event, Event=naming_verify_fail
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface NamingVerifyFailEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always naming_verify_fail */
  Event: "naming_verify_fail";
  /** Unix time of the failure */
  FailTime: number;
  /** Why verification failed */
  FailReason: string;
}

/**
 * Name verification passed; the account shows the verified tick (名称认证成功事件)
 *
 * event · oa · matched by MsgType=event, Event=naming_verify_success
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface NamingVerifySuccessEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always naming_verify_success */
  Event: "naming_verify_success";
  /** Unix time at which the verification expires */
  ExpiredTime: number;
}

/**
 * Reply with news articles (回复图文消息)
 *
 * reply · oa · matched by MsgType=news
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface NewsReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always news */
  MsgType: "news";
  /** Number of articles. Only 1 when answering a text, image, voice, video, news or location message; at most 8 otherwise */
  ArticleCount: number;
  /** The articles, one <item> each; at most 8 (only 1 when answering an ordinary user message, see ArticleCount) */
  Articles: Array<{
    /** Article title */
    Title: string;
    /** Article description */
    Description: string;
    /** Picture URL, JPG or PNG; best 360*200 for the large picture, 200*200 for small ones */
    PicUrl: string;
    /** Link opened when the article is tapped */
    Url: string;
  }>;
}

/**
 * User sent photos from camera or album via a menu button (弹出拍照或者相册发图事件)
 *
 * event · oa · matched by MsgType=event, Event=pic_photo_or_album
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface PicPhotoOrAlbumEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always pic_photo_or_album */
  Event: "pic_photo_or_album";
  /** The key set on the menu button */
  EventKey: string;
  /** The pictures sent */
  SendPicsInfo: {
    /** Number of pictures */
    Count: number;
    /** The pictures (one <item> each) */
    PicList: Array<{
      /** MD5 of the picture, to check the picture received later */
      PicMd5Sum: string;
    }>;
  };
}

/**
 * User sent photos from the system camera via a menu button (弹出系统拍照发图事件)
 *
 * event · oa · matched by MsgType=event, Event=pic_sysphoto
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface PicSysphotoEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always pic_sysphoto */
  Event: "pic_sysphoto";
  /** The key set on the menu button */
  EventKey: string;
  /** The pictures sent */
  SendPicsInfo: {
    /** Number of pictures */
    Count: number;
    /** The pictures (one <item> each) */
    PicList: Array<{
      /** MD5 of the picture, to check the picture received later */
      PicMd5Sum: string;
    }>;
  };
}

/**
 * User sent photos from the WeChat album via a menu button (弹出微信相册发图器事件)
 *
 * event · oa · matched by MsgType=event, Event=pic_weixin
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface PicWeixinEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always pic_weixin */
  Event: "pic_weixin";
  /** The key set on the menu button */
  EventKey: string;
  /** The pictures sent */
  SendPicsInfo: {
    /** Number of pictures */
    Count: number;
    /** The pictures (one <item> each) */
    PicList: Array<{
      /** MD5 of the picture, to check the picture received later */
      PicMd5Sum: string;
    }>;
  };
}

/**
 * Result of a publish (freepublish) job (发布结果事件)
 *
 * event · oa · matched by MsgType=event, Event=PUBLISHJOBFINISH
 * @see https://developers.weixin.qq.com/doc/offiaccount/Publish/Callback_on_finish.html
 */
export interface PublishJobFinishEvent {
  /** The account's ghid */
  ToUserName: string;
  /** OpenID of the account's mass-send helper (mphelper) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always PUBLISHJOBFINISH */
  Event: "PUBLISHJOBFINISH";
  /** The publish result */
  PublishEventInfo: {
    /** Publish task id (as returned by freepublish/submit) */
    publish_id: string;
    /** 0 success, 1 publishing, 2 originality check failed, 3 general failure, 4 platform review rejected, 5 all articles deleted by the user after success, 6 all articles banned by the system after success */
    publish_status: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    /** When publish_status is 0: the article_id (usable in customer-service messages) */
    article_id?: string;
    /** When publish_status is 0: the articles published */
    article_detail?: {
      /** Number of articles */
      count?: number;
      /** One <item> per article (repeated directly under article_detail) */
      item?: Array<{
        /** Article number, from 1 */
        idx?: number;
        /** Permanent link of the article */
        article_url?: string;
      }>;
    };
    /** When publish_status is 2 or 4: numbers of the articles that failed (first is 1); a repeated tag */
    fail_idx?: Array<number>;
  };
}

/**
 * Qualification verification failed (资质认证失败事件)
 *
 * event · oa · matched by MsgType=event, Event=qualification_verify_fail
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface QualificationVerifyFailEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always qualification_verify_fail */
  Event: "qualification_verify_fail";
  /** Unix time of the failure */
  FailTime: number;
  /** Why verification failed */
  FailReason: string;
}

/**
 * Qualification verification passed; verified-account APIs are available now (资质认证成功事件)
 *
 * event · oa · matched by MsgType=event, Event=qualification_verify_success
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface QualificationVerifySuccessEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always qualification_verify_success */
  Event: "qualification_verify_success";
  /** Unix time at which the verification expires */
  ExpiredTime: number;
}

/**
 * A follower scanned a parametric QR code (扫描带参数二维码事件，用户已关注)
 *
 * event · oa · matched by MsgType=event, Event=SCAN
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
export interface ScanEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always SCAN */
  Event: "SCAN";
  /** The QR code's scene_id (a 32-bit unsigned integer) or scene_str */
  EventKey: string;
  /** The QR code ticket (can be exchanged for the QR image) */
  Ticket: string;
}

/**
 * User scanned a code from a scancode_push menu button (扫码推事件)
 *
 * event · oa · matched by MsgType=event, Event=scancode_push
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface ScancodePushEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always scancode_push */
  Event: "scancode_push";
  /** The key set on the menu button */
  EventKey: string;
  /** What was scanned */
  ScanCodeInfo: {
    /** Scan type, usually qrcode */
    ScanType: string;
    /** Scan result: the string encoded in the code */
    ScanResult: string;
  };
}

/**
 * User scanned a code from a scancode_waitmsg menu button (扫码推事件且弹出“消息接收中”提示框)
 *
 * event · oa · matched by MsgType=event, Event=scancode_waitmsg
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface ScancodeWaitmsgEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always scancode_waitmsg */
  Event: "scancode_waitmsg";
  /** The key set on the menu button */
  EventKey: string;
  /** What was scanned */
  ScanCodeInfo: {
    /** Scan type, usually qrcode */
    ScanType: string;
    /** Scan result: the string encoded in the code */
    ScanResult: string;
  };
}

/**
 * Short video message from a user (小视频消息)
 *
 * message · oa · matched by MsgType=shortvideo
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface ShortVideoMessage {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always shortvideo */
  MsgType: "shortvideo";
  /** Media id of the short video; fetch it with the get-temporary-media API */
  MediaId: string;
  /** Media id of the video thumbnail */
  ThumbMediaId: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * User followed the account, possibly by scanning a parametric QR code (关注事件 / 扫描带参数二维码关注)
 *
 * event · oa · matched by MsgType=event, Event=subscribe
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
export interface SubscribeEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe */
  Event: "subscribe";
  /** Only when following through a parametric QR code: qrscene_ followed by the QR code's scene value */
  EventKey?: string;
  /** EventKey after its `qrscene_` prefix (absent without it), as text. Derived: EventKey keeps the text. */
  QrScene?: string;
  /** Only when following through a parametric QR code: the QR code ticket (can be exchanged for the QR image) */
  Ticket?: string;
}

/**
 * User changed a subscription notification in the service-notification settings (用户管理订阅通知事件)
 *
 * event · oa · matched by MsgType=event, Event=subscribe_msg_change_event
 * @see https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html
 */
export interface SubscribeMsgChangeEvent {
  /** The account's original ID (公众号/服务号微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_change_event */
  Event: "subscribe_msg_change_event";
  /** The changes, by the tag name the event implies (and the Mini Program page uses) */
  SubscribeMsgChangeEvent?: {
    /** One entry per template (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** reject (only refusals are pushed) */
      SubscribeStatusString: string;
    }>;
  };
  /** The same list under the tag name the official Official Account sample uses for this event */
  SubscribeMsgPopupEvent?: {
    /** One entry per template (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** reject (only refusals are pushed) */
      SubscribeStatusString: string;
    }>;
  };
}

/**
 * User acted on a subscription-notification popup (用户操作订阅通知弹窗事件)
 *
 * event · oa · matched by MsgType=event, Event=subscribe_msg_popup_event
 * @see https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html
 */
export interface SubscribeMsgPopupEvent {
  /** The account's original ID (公众号/服务号微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_popup_event */
  Event: "subscribe_msg_popup_event";
  /** The user's choices; <List> repeats once per template */
  SubscribeMsgPopupEvent: {
    /** One entry per template in the popup (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** accept (user tapped Agree) or reject (user tapped Cancel) */
      SubscribeStatusString: string;
      /** Where the popup was shown: 1 an H5 page, 2 an article */
      PopupScene: number;
    }>;
  };
}

/**
 * Delivery result of a subscription notification sent with bizsend (发送订阅通知结果事件)
 *
 * event · oa · matched by MsgType=event, Event=subscribe_msg_sent_event
 * @see https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html
 */
export interface SubscribeMsgSentEvent {
  /** The account's original ID (公众号/服务号微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe_msg_sent_event */
  Event: "subscribe_msg_sent_event";
  /** The delivery results */
  SubscribeMsgSentEvent: {
    /** One entry per notification (a repeated tag) */
    List: Array<{
      /** Template id */
      TemplateId: string;
      /** Message id (also returned by the send call) */
      MsgID: string;
      /** Delivery status code; 0 is success */
      ErrorCode: number;
      /** Meaning of ErrorCode */
      ErrorStatus: string;
    }>;
  };
}

/**
 * The corp's admin confirmed the app's 获客助手 permission (获客助手权限变更通知 - 获客助手权限确认事件 approve_special_auth)
 *
 * event · work-suite · matched by InfoType=approve_special_auth
 * @see https://developer.work.weixin.qq.com/document/path/98959
 */
export interface SuiteApproveSpecialAuthNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always approve_special_auth */
  InfoType: "approve_special_auth";
  /** Timestamp */
  TimeStamp: number;
  /** Always customer_acquisition */
  AuthType: "customer_acquisition";
}

/**
 * The corp granted (or renewed) a data permission (数据权限授权和到期事件通知 - 数据权限授权成功事件 auth_data_permission)
 *
 * event · work-suite · matched by InfoType=auth_data_permission
 * @see https://developer.work.weixin.qq.com/document/path/101587
 */
export interface SuiteAuthDataPermissionNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always auth_data_permission */
  InfoType: "auth_data_permission";
  /** Timestamp */
  TimeStamp: number;
  /** The data permission (e.g. data_zone_chat); values in the page's AuthType 取值说明 */
  AuthType: string;
}

/**
 * An asynchronous contact job finished (导出任务完成通知 / 异步任务回调通知 batch_job_result)
 *
 * event · work-suite · matched by InfoType=batch_job_result
 * @see https://developer.work.weixin.qq.com/document/path/94956
 */
export interface SuiteBatchJobResultNotification {
  /** Suite id (export jobs; absent from the 通讯录ID转译 notice) */
  SuiteId?: string;
  /** The service provider's CorpID (通讯录ID转译 notice only) */
  ServiceCorpId?: string;
  /** The corp's CorpID (通讯录ID转译 notice only) */
  AuthCorpId?: string;
  /** Always batch_job_result */
  InfoType: "batch_job_result";
  /** Timestamp of the notice */
  TimeStamp: number;
  /** The finished job */
  BatchJob: {
    /** Job id (at most 64 characters) */
    JobId: string;
    /** Job type: export_user, export_simple_user, export_department, export_taguser (export jobs) or contact_id_translate (通讯录ID转译) */
    JobType: string;
    /** Result code (export jobs) */
    ErrCode?: number;
    /** Result message (export jobs) */
    ErrMsg?: string;
  };
}

/**
 * A corp cancelled its authorization of the app (授权通知事件 - 取消授权通知 cancel_auth)
 *
 * event · work-suite · matched by InfoType=cancel_auth
 * @see https://developer.work.weixin.qq.com/document/path/90642
 */
export interface SuiteCancelAuthNotification {
  /** The third-party app's SuiteId or the 代开发 template id */
  SuiteId: string;
  /** Always cancel_auth */
  InfoType: "cancel_auth";
  /** Timestamp */
  TimeStamp: number;
  /** CorpID of the corp; delete all of its data on receipt */
  AuthCorpId: string;
}

/**
 * The corp's admin withdrew the app's 获客助手 permission (获客助手权限变更通知 - 获客助手权限取消事件 cancel_special_auth)
 *
 * event · work-suite · matched by InfoType=cancel_special_auth
 * @see https://developer.work.weixin.qq.com/document/path/98959
 */
export interface SuiteCancelSpecialAuthNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always cancel_special_auth */
  InfoType: "cancel_special_auth";
  /** Timestamp */
  TimeStamp: number;
  /** Always customer_acquisition */
  AuthType: "customer_acquisition";
}

/**
 * The authorizing corp changed the app's administrators (应用管理员变更通知 change_app_admin)
 *
 * event · work · matched by MsgType=event, Event=change_app_admin
 * @see https://developer.work.weixin.qq.com/document/path/95038
 */
export interface SuiteChangeAppAdminEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_app_admin */
  Event: "change_app_admin";
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A corp changed its authorization of the app (授权通知事件 - 变更授权通知 change_auth)
 *
 * event · work-suite · matched by InfoType=change_auth
 * @see https://developer.work.weixin.qq.com/document/path/90642
 */
export interface SuiteChangeAuthNotification {
  /** The third-party app's SuiteId or the 代开发 template id */
  SuiteId: string;
  /** Always change_auth */
  InfoType: "change_auth";
  /** Timestamp */
  TimeStamp: number;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** The state parameter given when building the authorization link */
  State?: string;
}

/**
 * The corp granted the app its "组织架构" permission (授权组织架构权限通知 corp_arch_auth)
 *
 * event · work-suite · matched by InfoType=corp_arch_auth
 * @see https://developer.work.weixin.qq.com/document/path/97378
 */
export interface SuiteCorpArchAuthNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always corp_arch_auth */
  InfoType: "corp_arch_auth";
  /** Timestamp */
  TimeStamp: number;
}

/**
 * A corp installed the app from the app market (授权通知事件 - 授权成功通知 create_auth)
 *
 * event · work-suite · matched by InfoType=create_auth
 * @see https://developer.work.weixin.qq.com/document/path/90642
 */
export interface SuiteCreateAuthNotification {
  /** The third-party app's SuiteId or the 代开发 template id */
  SuiteId: string;
  /** Temporary auth code (at most 512 bytes, valid 10 minutes), exchanged for the permanent code */
  AuthCode: string;
  /** Always create_auth */
  InfoType: "create_auth";
  /** Timestamp */
  TimeStamp: number;
  /** The state parameter given when building the authorization link */
  State?: string;
  /** Extra information, sent in some scenarios (described in other docs) */
  ExtraInfo?: string;
}

/**
 * A department was added in an authorizing corp (部门通知事件 - 新增部门事件 create_party)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=create_party
 * @see https://developer.work.weixin.qq.com/document/path/90640
 */
export interface SuiteCreatePartyNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always create_party */
  ChangeType: "create_party";
  /** Department id */
  Id: number;
  /** Department name; no longer returned to most third-party apps (use Id) */
  Name?: string;
  /** Parent department id */
  ParentId: number;
  /** Sort order within the parent */
  Order?: number;
}

/**
 * A member was added in an authorizing corp (成员通知事件 - 新增成员事件 create_user)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=create_user
 * @see https://developer.work.weixin.qq.com/document/path/90639
 */
export interface SuiteCreateUserNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always create_user */
  ChangeType: "create_user";
  /** The member's UserID */
  UserID: string;
  /** The member's open_userid (unique across the service provider) */
  OpenUserID?: string;
  /** The member's name */
  Name?: string;
  /** Department ids the member belongs to, comma-separated */
  Department?: string;
  /** Department, split on `,`, each item an integer. Derived: Department keeps the text. */
  DepartmentList?: Array<number>;
  /** Main department id */
  MainDepartment?: number;
  /** Leader flag per department (1 leader, 0 not), comma-separated, same order as Department */
  IsLeaderInDept?: string;
  /** IsLeaderInDept, split on `,`, each item an integer. Derived: IsLeaderInDept keeps the text. */
  IsLeaderInDeptList?: Array<number>;
  /** UserIDs of the direct leaders, comma-separated */
  DirectLeader?: string;
  /** DirectLeader, split on `,`, each item text. Derived: DirectLeader keeps the text. */
  DirectLeaderList?: Array<string>;
  /** Mobile number */
  Mobile?: string;
  /** Job title */
  Position?: string;
  /** Gender: 0 undefined, 1 male, 2 female */
  Gender?: number;
  /** Email */
  Email?: string;
  /** Business email */
  BizMail?: string;
  /** Activation status: 1 activated, 2 disabled, 4 not activated, 5 left the corp */
  Status?: number;
  /** Avatar URL (replace the trailing /0 with /100 for a small one) */
  Avatar?: string;
  /** Alias */
  Alias?: string;
  /** Landline */
  Telephone?: string;
  /** Extended attributes */
  ExtAttr?: Array<S.WorkContactExtAttr>;
}

/**
 * A department was deleted in an authorizing corp (部门通知事件 - 删除部门事件 delete_party)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=delete_party
 * @see https://developer.work.weixin.qq.com/document/path/90640
 */
export interface SuiteDeletePartyNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always delete_party */
  ChangeType: "delete_party";
  /** Id of the deleted department */
  Id: number;
}

/**
 * A member was deleted in an authorizing corp (成员通知事件 - 删除成员事件 delete_user)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=delete_user
 * @see https://developer.work.weixin.qq.com/document/path/90639
 */
export interface SuiteDeleteUserNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always delete_user */
  ChangeType: "delete_user";
  /** UserID of the deleted member */
  UserID: string;
}

/**
 * A data permission expires in 7 days (数据权限授权和到期事件通知 - 数据权限即将到期事件 expire_remind_data_permission)
 *
 * event · work-suite · matched by InfoType=expire_remind_data_permission
 * @see https://developer.work.weixin.qq.com/document/path/101587
 */
export interface SuiteExpireRemindDataPermissionNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always expire_remind_data_permission */
  InfoType: "expire_remind_data_permission";
  /** Timestamp */
  TimeStamp: number;
  /** The data permission about to expire (e.g. data_zone_chat) */
  AuthType: string;
}

/**
 * The 代开发 app's secret was reset (重置永久授权码通知 reset_permanent_code)
 *
 * event · work-suite · matched by InfoType=reset_permanent_code
 * @see https://developer.work.weixin.qq.com/document/path/97175
 */
export interface SuiteResetPermanentCodeNotification {
  /** SuiteId of the 代开发 app */
  SuiteId: string;
  /** Temporary auth code (at most 512 bytes, valid 10 minutes), exchanged for the new secret (permanent_code) */
  AuthCode: string;
  /** Always reset_permanent_code */
  InfoType: "reset_permanent_code";
  /** Timestamp */
  TimeStamp: number;
}

/**
 * A group corp shared the app with (or removed it from) a subsidiary (共享应用事件回调 - 企业互联共享应用事件回调 share_agent_change)
 *
 * event · work-suite · matched by InfoType=share_agent_change
 * @see https://developer.work.weixin.qq.com/document/path/93373
 */
export interface SuiteShareAgentChangeNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** Always share_agent_change */
  InfoType: "share_agent_change";
  /** Timestamp */
  TimeStamp: number;
  /** App id in the old multi-app suites; new developers ignore it */
  AppId?: number;
  /** CorpID of the parent (group) corp */
  CorpId: string;
  /** Agent id of the app in the parent corp */
  AgentId: number;
}

/**
 * An upstream corp shared the app with (or removed it from) a downstream corp (共享应用事件回调 - 上下游共享应用事件回调 share_chain_change)
 *
 * event · work-suite · matched by InfoType=share_chain_change
 * @see https://developer.work.weixin.qq.com/document/path/93373
 */
export interface SuiteShareChainChangeNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** Always share_chain_change */
  InfoType: "share_chain_change";
  /** Timestamp */
  TimeStamp: number;
  /** App id in the old multi-app suites; new developers ignore it */
  AppId?: number;
  /** CorpID of the upstream corp */
  CorpId: string;
  /** Agent id of the app in the upstream corp */
  AgentId: number;
}

/**
 * Suite ticket pushed every 10 minutes (推送suite_ticket)
 *
 * event · work-suite · matched by InfoType=suite_ticket
 * @see https://developer.work.weixin.qq.com/document/path/90628
 */
export interface SuiteTicketNotification {
  /** The third-party app's SuiteId or the 代开发 template id */
  SuiteId: string;
  /** Always suite_ticket */
  InfoType: "suite_ticket";
  /** Timestamp */
  TimeStamp: number;
  /** The ticket (at most 512 bytes, valid 30 minutes), used to get suite_access_token */
  SuiteTicket: string;
}

/**
 * A department was updated in an authorizing corp (部门通知事件 - 更新部门事件 update_party)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=update_party
 * @see https://developer.work.weixin.qq.com/document/path/90640
 */
export interface SuiteUpdatePartyNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always update_party */
  ChangeType: "update_party";
  /** Department id */
  Id: number;
  /** Department name, sent only when it changed (no longer returned to most third-party apps, see create_party) */
  Name?: string;
  /** Parent department id, sent only when it changed */
  ParentId?: number;
}

/**
 * A tag's members changed in an authorizing corp (标签通知事件 - 标签成员变更事件 update_tag)
 *
 * event · work-suite · matched by InfoType=change_contact, ChangeType=update_tag
 * @see https://developer.work.weixin.qq.com/document/path/92656
 */
export interface SuiteUpdateTagNotification {
  /** The third-party app's SuiteId */
  SuiteId: string;
  /** CorpID of the authorizing corp */
  AuthCorpId: string;
  /** Always change_contact */
  InfoType: "change_contact";
  /** Timestamp */
  TimeStamp: number;
  /** Always update_tag */
  ChangeType: "update_tag";
  /** Tag id */
  TagId: number;
  /** UserIDs added to the tag, comma-separated */
  AddUserItems?: string;
  /** AddUserItems, split on `,`, each item text. Derived: AddUserItems keeps the text. */
  AddUserItemsList?: Array<string>;
  /** UserIDs removed from the tag, comma-separated */
  DelUserItems?: string;
  /** DelUserItems, split on `,`, each item text. Derived: DelUserItems keeps the text. */
  DelUserItemsList?: Array<string>;
  /** Department ids added to the tag, comma-separated */
  AddPartyItems?: string;
  /** AddPartyItems, split on `,`, each item an integer. Derived: AddPartyItems keeps the text. */
  AddPartyItemsList?: Array<number>;
  /** Department ids removed from the tag, comma-separated (may be absent when a department deletion triggered the event) */
  DelPartyItems?: string;
  /** DelPartyItems, split on `,`, each item an integer. Derived: DelPartyItems keeps the text. */
  DelPartyItemsList?: Array<number>;
}

/**
 * Delivery result of a template message (模板消息送达事件)
 *
 * event · oa · matched by MsgType=event, Event=TEMPLATESENDJOBFINISH
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html
 */
export interface TemplateSendJobFinishEvent {
  /** The account's original ID (公众号微信号) */
  ToUserName: string;
  /** The receiving user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always TEMPLATESENDJOBFINISH */
  Event: "TEMPLATESENDJOBFINISH";
  /** The template message's msgid (as returned by template/send) */
  MsgID: string;
  /** success; failed:user block (user refused messages from the account); failed: system failed (other reasons) */
  Status: string;
}

/**
 * Text message from a user (文本消息)
 *
 * message · oa, miniprogram · matched by MsgType=text
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface TextMessage {
  /** The account's original ID (开发者微信号 / 小程序的原始ID) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always text */
  MsgType: "text";
  /** Text content */
  Content: string;
  /** Message id, 64-bit integer; use it to de-duplicate retries */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); the official sample shows a placeholder, so kept as text */
  Idx?: string;
}

/**
 * Reply with text (回复文本消息)
 *
 * reply · oa · matched by MsgType=text
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface TextReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always text */
  MsgType: "text";
  /** Reply text; line breaks in it are shown by the client */
  Content: string;
}

/**
 * Hand the user's message over to the customer-service system (消息转发到客服)
 *
 * reply · oa, miniprogram · matched by MsgType=transfer_customer_service
 * @see https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Forwarding_of_messages_to_service_center.html
 */
export interface TransferCustomerServiceReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号 / 小程序原始ID) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always transfer_customer_service */
  MsgType: "transfer_customer_service";
  /** Send the message to one agent instead of any available agent (Official Account) */
  TransInfo?: {
    /** Full customer-service account (account@wechat-id) */
    KfAccount: string;
  };
}

/**
 * User unfollowed the account (取消关注事件)
 *
 * event · oa · matched by MsgType=event, Event=unsubscribe
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html
 */
export interface UnsubscribeEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always unsubscribe */
  Event: "unsubscribe";
}

/**
 * A user revoked information authorized to the account's web pages (授权用户信息变更：用户撤回)
 *
 * event · oa · matched by MsgType=event, Event=user_authorization_revoke
 * @see https://developers.weixin.qq.com/doc/service/guide/h5/authorization_change.html
 */
export interface UserAuthorizationRevokeEvent {
  /** The account's UserName */
  ToUserName: string;
  /** UserName of the platform push service */
  FromUserName: string;
  /** Send time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always user_authorization_revoke */
  Event: "user_authorization_revoke";
  /** The user's OpenID */
  OpenID: string;
  /** The user's UnionID */
  UnionID?: string;
  /** The account's AppID */
  AppID: string;
  /** What was revoked from the H5 pages: 201 address, 202 invoice info, 203 card info, 204 microphone, 205 nickname and avatar, 206 location, 207 chosen images or videos */
  RevokeInfo: string;
}

/**
 * User entered a customer-service session from the Mini Program's contact button (进入客服会话事件)
 *
 * event · miniprogram · matched by MsgType=event, Event=user_enter_tempsession
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/customer-message/receive.html
 */
export interface UserEnterTempsessionEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always user_enter_tempsession */
  Event: "user_enter_tempsession";
  /** The session-from attribute set on the contact button */
  SessionFrom?: string;
}

/**
 * The account's verification has expired (认证过期失效通知事件)
 *
 * event · oa · matched by MsgType=event, Event=verify_expired
 * @see https://developers.weixin.qq.com/doc/service/guide/product/Accreditation.html
 */
export interface VerifyExpiredEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender (a system account's OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always verify_expired */
  Event: "verify_expired";
  /** Unix time at which the verification expired */
  ExpiredTime: number;
}

/**
 * Video message from a user (视频消息)
 *
 * message · oa · matched by MsgType=video
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface VideoMessage {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always video */
  MsgType: "video";
  /** Media id of the video; fetch it with the get-temporary-media API */
  MediaId: string;
  /** Media id of the video thumbnail */
  ThumbMediaId: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * Reply with a video (回复视频消息)
 *
 * reply · oa · matched by MsgType=video
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface VideoReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always video */
  MsgType: "video";
  /** The video */
  Video: {
    /** Media id of an uploaded video (temporary or permanent media) */
    MediaId: string;
    /** Video title */
    Title?: string;
    /** Video description */
    Description?: string;
  };
}

/**
 * User clicked a link menu button (点击菜单跳转链接事件)
 *
 * event · oa · matched by MsgType=event, Event=VIEW
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface ViewEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always VIEW */
  Event: "VIEW";
  /** The URL the button opens */
  EventKey: string;
  /** Menu id; tells which conditional (personalized) menu rule was clicked */
  MenuId?: string;
}

/**
 * User clicked a menu button that opens a Mini Program (点击菜单跳转小程序事件)
 *
 * event · oa · matched by MsgType=event, Event=view_miniprogram
 * @see https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html
 */
export interface ViewMiniprogramEvent {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** The user's OpenID */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always view_miniprogram */
  Event: "view_miniprogram";
  /** The Mini Program page path opened */
  EventKey: string;
  /** Menu id; tells which conditional (personalized) menu rule was clicked */
  MenuId?: string;
}

/**
 * Voice message from a user (语音消息)
 *
 * message · oa · matched by MsgType=voice
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
export interface VoiceMessage {
  /** The account's original ID (开发者微信号) */
  ToUserName: string;
  /** Sender's OpenID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always voice */
  MsgType: "voice";
  /** Media id of the voice; when Format is amr the temporary-media API returns 8K-sample-rate amr */
  MediaId: string;
  /** Voice format, e.g. amr or speex */
  Format: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** Media id of the 16K-sample-rate voice (amr/speex), fetched with the get-temporary-media API */
  MediaId16K?: string;
  /** Speech recognition result (UTF-8), present only when voice recognition is enabled for the account */
  Recognition?: string;
  /** Data id of the article the message came from (only when sent from an article) */
  MsgDataId?: string;
  /** Index of the article in a multi-article post, from 1 (only when sent from an article); placeholder in the official sample */
  Idx?: string;
}

/**
 * Reply with a voice clip (回复语音消息)
 *
 * reply · oa · matched by MsgType=voice
 * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html
 */
export interface VoiceReply {
  /** Receiver: the user's OpenID */
  ToUserName: string;
  /** The account's original ID (开发者微信号) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always voice */
  MsgType: "voice";
  /** The voice clip */
  Voice: {
    /** Media id of an uploaded voice file (temporary or permanent media) */
    MediaId: string;
  };
}

/**
 * A code review was delayed (代码审核结果推送 - 审核延后 weapp_audit_delay)
 *
 * event · miniprogram · matched by MsgType=event, Event=weapp_audit_delay
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/audit_event.html
 */
export interface WeappAuditDelayEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (an OpenID of a system account) */
  FromUserName: string;
  /** Message creation time, Unix timestamp */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always weapp_audit_delay */
  Event: "weapp_audit_delay";
  /** Why the review is delayed (the sample's text) */
  Reason?: string;
  /** Time of the delay, Unix timestamp */
  DelayTime: number;
}

/**
 * A code review was rejected (代码审核结果推送 - 审核不通过 weapp_audit_fail)
 *
 * event · miniprogram · matched by MsgType=event, Event=weapp_audit_fail
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/audit_event.html
 */
export interface WeappAuditFailEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (an OpenID of a system account) */
  FromUserName: string;
  /** Message creation time, Unix timestamp */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always weapp_audit_fail */
  Event: "weapp_audit_fail";
  /** Why the review failed */
  Reason: string;
  /** Time of the rejection, Unix timestamp */
  FailTime: number;
  /** Example screenshots of the failure: media_ids separated by | (fetch them with the permanent-material API) */
  ScreenShot?: string;
  /** ScreenShot, split on `|`, each item text. Derived: ScreenShot keeps the text. */
  ScreenShotList?: Array<string>;
}

/**
 * A code review was approved (代码审核结果推送 - 审核通过 weapp_audit_success)
 *
 * event · miniprogram · matched by MsgType=event, Event=weapp_audit_success
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/audit_event.html
 */
export interface WeappAuditSuccessEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (an OpenID of a system account) */
  FromUserName: string;
  /** Message creation time, Unix timestamp */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always weapp_audit_success */
  Event: "weapp_audit_success";
  /** Time of the approval, Unix timestamp */
  SuccTime: number;
}

/**
 * A schedule was created in a main calendar (创建日程事件通知 add_schedule)
 *
 * event · work · matched by MsgType=event, Event=add_schedule
 * @see https://developer.work.weixin.qq.com/document/path/101698
 */
export interface WorkAddScheduleEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** UserID of the member, or the app id */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always add_schedule */
  Event: "add_schedule";
  /** Calendar id */
  CalId: string;
  /** Schedule id */
  ScheduleId: string;
}

/**
 * An async job finished (异步任务完成通知 batch_job_result)
 *
 * event · work · matched by MsgType=event, Event=batch_job_result
 * @see https://developer.work.weixin.qq.com/document/path/90973
 */
export interface WorkBatchJobResultEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID (contacts import); sys for export and 上下游 import jobs */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always batch_job_result */
  Event: "batch_job_result";
  /** The finished job */
  BatchJob: {
    /** Async job id, at most 64 characters */
    JobId: string;
    /** Job type: sync_user, replace_user, invite_user, replace_party (contacts import); export_user, export_simple_user, export_department, export_tag (export); import_chain_contact (上下游) */
    JobType: string;
    /** Result code */
    ErrCode: number;
    /** Result message */
    ErrMsg: string;
  };
}

/**
 * A member booked a meeting room (会议室预定事件 book_meeting_room)
 *
 * event · work · matched by MsgType=event, Event=book_meeting_room
 * @see https://developer.work.weixin.qq.com/document/path/95333
 */
export interface WorkBookMeetingRoomEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Time of the operation (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always book_meeting_room */
  Event: "book_meeting_room";
  /** Meeting room id */
  MeetingRoomId: number;
  /** Booking id; look the booking up with meetingRoom.getBooking */
  BookingId: string;
}

/**
 * A meeting room booking was cancelled (会议室取消事件 cancel_meeting_room)
 *
 * event · work · matched by MsgType=event, Event=cancel_meeting_room
 * @see https://developer.work.weixin.qq.com/document/path/95333
 */
export interface WorkCancelMeetingRoomEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Time of the operation (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always cancel_meeting_room */
  Event: "cancel_meeting_room";
  /** Booking id (from the sample) */
  BookingId: string;
  /** Meeting room id (from the sample) */
  MeetingRoomId: number;
}

/**
 * A member clicked a menu item that pulls a message (点击菜单拉取消息的事件推送 click)
 *
 * event · work · matched by MsgType=event, Event=click
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkClickEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always click */
  Event: "click";
  /** The menu item's key (as set in the custom menu API) */
  EventKey: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A department was added (部门变更通知 - 新增部门事件 create_party)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=create_party
 * @see https://developer.work.weixin.qq.com/document/path/90971
 */
export interface WorkCreatePartyEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always create_party */
  ChangeType: "create_party";
  /** Department id */
  Id: number;
  /** Department name */
  Name?: string;
  /** Parent department id */
  ParentId: number;
  /** Sort order within the parent */
  Order?: number;
}

/**
 * A member was added (成员变更通知 - 新增成员事件 create_user)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=create_user
 * @see https://developer.work.weixin.qq.com/document/path/90970
 */
export interface WorkCreateUserEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always create_user */
  ChangeType: "create_user";
  /** The member's UserID */
  UserID: string;
  /** The member's name */
  Name?: string;
  /** Department ids the member belongs to, comma-separated */
  Department?: string;
  /** Department, split on `,`, each item an integer. Derived: Department keeps the text. */
  DepartmentList?: Array<number>;
  /** Main department id */
  MainDepartment?: number;
  /** Leader flag per department (1 leader, 0 not), comma-separated, same order as Department */
  IsLeaderInDept?: string;
  /** IsLeaderInDept, split on `,`, each item an integer. Derived: IsLeaderInDept keeps the text. */
  IsLeaderInDeptList?: Array<number>;
  /** UserIDs of the direct leaders, comma-separated */
  DirectLeader?: string;
  /** DirectLeader, split on `,`, each item text. Derived: DirectLeader keeps the text. */
  DirectLeaderList?: Array<string>;
  /** Job title */
  Position?: string;
  /** Mobile number */
  Mobile?: string;
  /** Gender: 0 undefined, 1 male, 2 female */
  Gender?: number;
  /** Email */
  Email?: string;
  /** Business email */
  BizMail?: string;
  /** Activation status: 1 activated, 2 disabled, 4 not activated, 5 left the corp */
  Status?: number;
  /** Avatar URL (replace the trailing /0 with /100 for a small one) */
  Avatar?: string;
  /** Alias */
  Alias?: string;
  /** Landline */
  Telephone?: string;
  /** Address */
  Address?: string;
  /** Extended attributes */
  ExtAttr?: Array<S.WorkContactExtAttr>;
}

/**
 * A calendar admin deleted a calendar created through the API (删除日历事件 delete_calendar)
 *
 * event · work · matched by MsgType=event, Event=delete_calendar
 * @see https://developer.work.weixin.qq.com/document/path/93651
 */
export interface WorkDeleteCalendarEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always delete_calendar */
  Event: "delete_calendar";
  /** Calendar id */
  CalId: string;
}

/**
 * A department was deleted (部门变更通知 - 删除部门事件 delete_party)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=delete_party
 * @see https://developer.work.weixin.qq.com/document/path/90971
 */
export interface WorkDeletePartyEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always delete_party */
  ChangeType: "delete_party";
  /** Id of the deleted department */
  Id: number;
}

/**
 * A schedule admin deleted a schedule in a calendar created through the API (删除日程事件 delete_schedule)
 *
 * event · work · matched by MsgType=event, Event=delete_schedule
 * @see https://developer.work.weixin.qq.com/document/path/97732
 */
export interface WorkDeleteScheduleEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always delete_schedule */
  Event: "delete_schedule";
  /** Calendar id */
  CalId: string;
  /** Schedule id */
  ScheduleId: string;
}

/**
 * A member was deleted (成员变更通知 - 删除成员事件 delete_user)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=delete_user
 * @see https://developer.work.weixin.qq.com/document/path/90970
 */
export interface WorkDeleteUserEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always delete_user */
  ChangeType: "delete_user";
  /** The deleted member's UserID */
  UserID: string;
}

/**
 * A member entered the app (进入应用 enter_agent)
 *
 * event · work · matched by MsgType=event, Event=enter_agent
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkEnterAgentEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always enter_agent */
  Event: "enter_agent";
  /** Event key; empty for this event */
  EventKey?: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * Image message sent to an app (接收消息 - 图片消息)
 *
 * message · work · matched by MsgType=image
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkImageMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always image */
  MsgType: "image";
  /** Image URL */
  PicUrl: string;
  /** Media id of the image, fetch it with the get-media API; valid 3 days */
  MediaId: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * Link message sent to an app (接收消息 - 链接消息)
 *
 * message · work · matched by MsgType=link
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkLinkMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always link */
  MsgType: "link";
  /** Title */
  Title: string;
  /** Description */
  Description: string;
  /** URL the link opens */
  Url: string;
  /** URL of the cover thumbnail */
  PicUrl: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A member's location was reported on entering the app (上报地理位置 LOCATION)
 *
 * event · work · matched by MsgType=event, Event=LOCATION
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkLocationEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always LOCATION */
  Event: "LOCATION";
  /** Latitude */
  Latitude: number;
  /** Longitude */
  Longitude: number;
  /** Location precision */
  Precision: number;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
  /** App type: always wxwork in the WeCom app, absent when sent from WeChat */
  AppType?: string;
}

/**
 * Location message sent to an app (接收消息 - 位置消息)
 *
 * message · work · matched by MsgType=location
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkLocationMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always location */
  MsgType: "location";
  /** Latitude */
  Location_X: number;
  /** Longitude */
  Location_Y: number;
  /** Map zoom level */
  Scale: number;
  /** Location description */
  Label: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
  /** App type: always wxwork in the WeCom app, absent when sent from WeChat */
  AppType?: string;
}

/**
 * A calendar admin changed a calendar created through the API (修改日历事件 modify_calendar)
 *
 * event · work · matched by MsgType=event, Event=modify_calendar
 * @see https://developer.work.weixin.qq.com/document/path/97730
 */
export interface WorkModifyCalendarEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always modify_calendar */
  Event: "modify_calendar";
  /** Calendar id */
  CalId: string;
}

/**
 * A schedule admin changed a schedule created through the API (修改日程事件 modify_schedule)
 *
 * event · work · matched by MsgType=event, Event=modify_schedule
 * @see https://developer.work.weixin.qq.com/document/path/97731
 */
export interface WorkModifyScheduleEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always modify_schedule */
  Event: "modify_schedule";
  /** Calendar id */
  CalId: string;
  /** Schedule id */
  ScheduleId: string;
}

/**
 * An attendee responded to a schedule created by the app (日程回执事件 respond_schedule)
 *
 * event · work · matched by MsgType=event, Event=respond_schedule
 * @see https://developer.work.weixin.qq.com/document/path/98111
 */
export interface WorkRespondScheduleEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** UserID of the member who responded (accept, tentative or decline) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always respond_schedule */
  Event: "respond_schedule";
  /** Calendar id */
  CalId: string;
  /** Schedule id */
  ScheduleId: string;
}

/**
 * A member joined the app's visible range (成员关注事件 subscribe)
 *
 * event · work · matched by MsgType=event, Event=subscribe
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkSubscribeEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always subscribe */
  Event: "subscribe";
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * An approval application changed state (审批申请状态变化回调通知)
 *
 * event · work · matched by MsgType=event, Event=sys_approval_change
 * @see https://developer.work.weixin.qq.com/document/path/91815
 */
export interface WorkSysApprovalChangeEvent {
  /** Corp id */
  ToUserName: string;
  /** Always sys */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always sys_approval_change */
  Event: "sys_approval_change";
  /** The app's agentid */
  AgentID?: number;
  /** The application */
  ApprovalInfo: {
    /** Application number as a string (current page; recommended over SpNo) */
    SpNoStr?: string;
    /** Application number */
    SpNo: string;
    /** Template name */
    SpName?: string;
    /** Application state: 1 in approval, 2 approved, 3 rejected, 4 withdrawn, 6 withdrawn after approval, 7 deleted, 10 paid */
    SpStatus?: number;
    /** Template id */
    TemplateId?: string;
    /** Submission time (Unix seconds) */
    ApplyTime?: number;
    /** The applicant */
    Applyer?: {
      /** Applicant's userid */
      UserId?: string;
      /** Applicant's department id */
      Party?: string;
    };
    /** Approval nodes (one SpRecord per node) */
    SpRecord?: Array<{
      /** Node state: 1 in approval, 2 approved, 3 rejected, 4 transferred */
      SpStatus?: number;
      /** 1 any approver (或签), 2 all approvers (会签) */
      ApproverAttr?: number;
      /** The node's branches (several when the node is a tag or a superior) */
      Details?: Array<{
        /** The branch approver */
        Approver?: {
          /** Approver's userid */
          UserId?: string;
        };
        /** Approval comment */
        Speech?: string;
        /** Branch state: 1 in approval, 2 approved, 3 rejected, 4 transferred */
        SpStatus?: number;
        /** Time of the approver's action (Unix seconds), 0 if not yet */
        SpTime?: number;
        /** Attachment of the approval comment (a temporary media_id) */
        MediaId?: string;
      }>;
    }>;
    /** Copied members (one Notifyer per node) */
    Notifyer?: Array<{
      /** Copied member's userid */
      UserId?: string;
    }>;
    /** Remarks on the application */
    Comments?: Array<{
      /** Who wrote the remark */
      CommentUserInfo?: {
        /** Remark author's userid */
        UserId?: string;
      };
      /** Remark time (Unix seconds) */
      CommentTime?: number;
      /** Remark text */
      CommentContent?: string;
      /** Remark id */
      CommentId?: string;
      /** Remark attachment (a temporary media_id) */
      MediaId?: string;
    }>;
    /** What changed: 1 submitted, 2 approved, 3 rejected, 4 transferred, 5 reminded, 6 withdrawn, 8 withdrawn after approval, 10 remark added (the current page lists more) */
    StatuChangeEvent?: number;
  };
}

/**
 * Text message sent to an app (接收消息 - 文本消息)
 *
 * message · work · matched by MsgType=text
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkTextMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always text */
  MsgType: "text";
  /** The text content */
  Content: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A member left the app's visible range (成员取消关注事件 unsubscribe)
 *
 * event · work · matched by MsgType=event, Event=unsubscribe
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkUnsubscribeEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always unsubscribe */
  Event: "unsubscribe";
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A department was updated (部门变更通知 - 更新部门事件 update_party)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=update_party
 * @see https://developer.work.weixin.qq.com/document/path/90971
 */
export interface WorkUpdatePartyEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always update_party */
  ChangeType: "update_party";
  /** Department id */
  Id: number;
  /** Department name, present when it changed */
  Name?: string;
  /** Parent department id, present when it changed */
  ParentId?: number;
}

/**
 * A tag's members changed (标签变更通知 - 标签成员变更事件 update_tag)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=update_tag
 * @see https://developer.work.weixin.qq.com/document/path/90972
 */
export interface WorkUpdateTagEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always update_tag */
  ChangeType: "update_tag";
  /** Tag id */
  TagId: number;
  /** UserIDs added to the tag, comma-separated */
  AddUserItems?: string;
  /** AddUserItems, split on `,`, each item text. Derived: AddUserItems keeps the text. */
  AddUserItemsList?: Array<string>;
  /** UserIDs removed from the tag, comma-separated */
  DelUserItems?: string;
  /** DelUserItems, split on `,`, each item text. Derived: DelUserItems keeps the text. */
  DelUserItemsList?: Array<string>;
  /** Department ids added to the tag, comma-separated */
  AddPartyItems?: string;
  /** AddPartyItems, split on `,`, each item an integer. Derived: AddPartyItems keeps the text. */
  AddPartyItemsList?: Array<number>;
  /** Department ids removed from the tag, comma-separated */
  DelPartyItems?: string;
  /** DelPartyItems, split on `,`, each item an integer. Derived: DelPartyItems keeps the text. */
  DelPartyItemsList?: Array<number>;
}

/**
 * A member was updated (成员变更通知 - 更新成员事件 update_user)
 *
 * event · work · matched by MsgType=event, Event=change_contact, ChangeType=update_user
 * @see https://developer.work.weixin.qq.com/document/path/90970
 */
export interface WorkUpdateUserEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** Always sys (generated by the system) */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always change_contact */
  Event: "change_contact";
  /** Always update_user */
  ChangeType: "update_user";
  /** The member's UserID */
  UserID: string;
  /** The new UserID, present only when the UserID changed */
  NewUserID?: string;
  /** The member's name (changed fields only) */
  Name?: string;
  /** Department ids the member belongs to, comma-separated */
  Department?: string;
  /** Department, split on `,`, each item an integer. Derived: Department keeps the text. */
  DepartmentList?: Array<number>;
  /** Main department id */
  MainDepartment?: number;
  /** Leader flag per department (1 leader, 0 not), comma-separated, same order as Department */
  IsLeaderInDept?: string;
  /** IsLeaderInDept, split on `,`, each item an integer. Derived: IsLeaderInDept keeps the text. */
  IsLeaderInDeptList?: Array<number>;
  /** Job title */
  Position?: string;
  /** Mobile number */
  Mobile?: string;
  /** Gender: 0 undefined, 1 male, 2 female */
  Gender?: number;
  /** Email */
  Email?: string;
  /** Activation status: 1 activated, 2 disabled, 4 not activated, 5 left the corp */
  Status?: number;
  /** Avatar URL (replace the trailing /0 with /100 for a small one) */
  Avatar?: string;
  /** Alias */
  Alias?: string;
  /** Landline */
  Telephone?: string;
  /** Address */
  Address?: string;
  /** Extended attributes */
  ExtAttr?: Array<S.WorkContactExtAttr>;
}

/**
 * Video message sent to an app (接收消息 - 视频消息)
 *
 * message · work · matched by MsgType=video
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkVideoMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always video */
  MsgType: "video";
  /** Media id of the video, fetch it with the get-media API; valid 3 days */
  MediaId: string;
  /** Media id of the video's thumbnail; valid 3 days */
  ThumbMediaId: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * A member clicked a menu item that opens a URL (点击菜单跳转链接的事件推送 view)
 *
 * event · work · matched by MsgType=event, Event=view
 * @see https://developer.work.weixin.qq.com/document/path/90240
 */
export interface WorkViewEvent {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always view */
  Event: "view";
  /** The URL the menu item opens */
  EventKey: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * Voice message sent to an app (接收消息 - 语音消息)
 *
 * message · work · matched by MsgType=voice
 * @see https://developer.work.weixin.qq.com/document/path/90239
 */
export interface WorkVoiceMessage {
  /** The corp's CorpID */
  ToUserName: string;
  /** The member's UserID */
  FromUserName: string;
  /** Message creation time (Unix seconds) */
  CreateTime: number;
  /** Always voice */
  MsgType: "voice";
  /** Media id of the voice, fetch it with the get-media API; valid 3 days */
  MediaId: string;
  /** Voice format, e.g. amr or speex */
  Format: string;
  /** Message id, 64-bit integer */
  MsgId: string;
  /** The app's agent id (see the app's settings page) */
  AgentID: number;
}

/**
 * Result of the review of a category added with qualifications (类目审核结果事件推送 wxa_category_audit)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxa_category_audit
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/category/wxa_category_audit.html
 */
export interface WxaCategoryAuditEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (a system OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxa_category_audit */
  Event: "wxa_category_audit";
  /** Review result: 2 rejected, 3 approved */
  ret: 2 | 3;
  /** First-level category ID */
  first: string;
  /** Second-level category ID */
  second: string;
  /** Reason for the rejection */
  reason?: string;
}

/**
 * Result of an asynchronous image/audio content check, version 2 (多媒体内容安全识别结果推送)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxa_media_check
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export interface WxaMediaCheckEvent {
  /** The Mini Program's username (original ID) */
  ToUserName: string;
  /** UserName of the platform push service */
  FromUserName: string;
  /** Send time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxa_media_check */
  Event: "wxa_media_check";
  /** The Mini Program's AppID */
  appid: string;
  /** Task id, as returned by media_check_async; match results with it */
  trace_id: string;
  /** API version (2 for mediaCheckAsync 2.0) */
  version: number;
  /** Overall result */
  result: {
    /** risky, pass or review */
    suggest: string;
    /** Label hit: 100 normal, 20001 politics, 20002 porn, 20006 crime, 21000 other, ... */
    label: number;
  };
  /** Result of each check strategy */
  detail: Array<{
    /** Strategy type */
    strategy: string;
    /** Error code; the entry is valid only when 0 */
    errcode: number;
    /** risky, pass or review */
    suggest?: string;
    /** Label hit: 100 normal, 20001 politics, 20002 porn, 20006 crime, 21000 other, ... */
    label?: number;
    /** Confidence 0-100 that the content has this label */
    prob?: number;
  }>;
  /** Error code of the check (0 in the official sample) */
  errcode?: number;
  /** Error message of the check (ok in the official sample) */
  errmsg?: string;
}

/**
 * Result of the review of a Mini Program name change (名称审核结果事件推送 wxa_nickname_audit)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxa_nickname_audit
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Mini_Program_Basic_Info/wxa_nickname_audit.html
 */
export interface WxaNicknameAuditEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (a system OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxa_nickname_audit */
  Event: "wxa_nickname_audit";
  /** Review result: 2 failed, 3 succeeded */
  ret: 2 | 3;
  /** The requested name */
  nickname: string;
  /** Reason for the rejection */
  reason?: string;
}

/**
 * Result of the review of a privacy API application (隐私接口审核结果推送 wxa_privacy_apply)
 *
 * event · miniprogram · matched by MsgType=event, Event=wxa_privacy_apply
 * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/apply_api/apply_privacy_interface.html
 */
export interface WxaPrivacyApplyEvent {
  /** The Mini Program's original ID */
  ToUserName: string;
  /** Sender (a system OpenID) */
  FromUserName: string;
  /** Event time (Unix seconds) */
  CreateTime: number;
  /** Always event */
  MsgType: "event";
  /** Always wxa_privacy_apply */
  Event: "wxa_privacy_apply";
  /** The review result */
  result_info: {
    /** English name of the API applied for (quoted in the sample) */
    api_name: string;
    /** Application time, Unix seconds (quoted in the sample) */
    apply_time: string;
    /** Review id, as returned by privacy.applyInterface (quoted in the sample) */
    audit_id: string;
    /** Review time, Unix seconds (quoted in the sample) */
    audit_time: string;
    /** Reason of a rejection (quoted in the sample) */
    reason?: string;
    /** Review state (quoted in the sample) */
    status: string;
  };
}

/** Every message and event pushed to a `oa` callback URL, discriminated by its match tags. */
export type OfficialAccountMessage =
  | AnnualRenewEvent
  | ClickEvent
  | ImageMessage
  | KfCloseSessionEvent
  | KfCreateSessionEvent
  | KfSwitchSessionEvent
  | LinkMessage
  | LocationEvent
  | LocationMessage
  | LocationSelectEvent
  | MassSendJobFinishEvent
  | NamingVerifyFailEvent
  | NamingVerifySuccessEvent
  | PicPhotoOrAlbumEvent
  | PicSysphotoEvent
  | PicWeixinEvent
  | PublishJobFinishEvent
  | QualificationVerifyFailEvent
  | QualificationVerifySuccessEvent
  | ScanEvent
  | ScancodePushEvent
  | ScancodeWaitmsgEvent
  | ShortVideoMessage
  | SubscribeEvent
  | SubscribeMsgChangeEvent
  | SubscribeMsgPopupEvent
  | SubscribeMsgSentEvent
  | TemplateSendJobFinishEvent
  | TextMessage
  | UnsubscribeEvent
  | UserAuthorizationRevokeEvent
  | VerifyExpiredEvent
  | VideoMessage
  | ViewEvent
  | ViewMiniprogramEvent
  | VoiceMessage;
/** Every message and event pushed to a `miniprogram` callback URL, discriminated by its match tags. */
export type MiniProgramMessage =
  | ImageMessage
  | MiniProgramLiveFollowNotifyEvent
  | MiniProgramPageMessage
  | MiniProgramPunishEvent
  | MiniProgramSubscribeMsgChangeEvent
  | MiniProgramSubscribeMsgPopupEvent
  | MiniProgramSubscribeMsgSentEvent
  | MiniProgramUserAuthorizationRevokeEvent
  | TextMessage
  | UserEnterTempsessionEvent
  | WeappAuditDelayEvent
  | WeappAuditFailEvent
  | WeappAuditSuccessEvent
  | WxaCategoryAuditEvent
  | WxaMediaCheckEvent
  | WxaNicknameAuditEvent
  | WxaPrivacyApplyEvent;
/** Every message and event pushed to a `open` callback URL, discriminated by its match tags. */
export type OpenPlatformMessage =
  | ComponentAuthorizedNotification
  | ComponentFastRegisterBetaAppNotification
  | ComponentFastRegisterNotification
  | ComponentUnauthorizedNotification
  | ComponentUpdateAuthorizedNotification
  | ComponentVerifyTicketNotification;
/** Every message and event pushed to a `work` callback URL, discriminated by its match tags. */
export type WorkMessage =
  | SuiteChangeAppAdminEvent
  | WorkAddScheduleEvent
  | WorkBatchJobResultEvent
  | WorkBookMeetingRoomEvent
  | WorkCancelMeetingRoomEvent
  | WorkClickEvent
  | WorkCreatePartyEvent
  | WorkCreateUserEvent
  | WorkDeleteCalendarEvent
  | WorkDeletePartyEvent
  | WorkDeleteScheduleEvent
  | WorkDeleteUserEvent
  | WorkEnterAgentEvent
  | WorkImageMessage
  | WorkLinkMessage
  | WorkLocationEvent
  | WorkLocationMessage
  | WorkModifyCalendarEvent
  | WorkModifyScheduleEvent
  | WorkRespondScheduleEvent
  | WorkSubscribeEvent
  | WorkSysApprovalChangeEvent
  | WorkTextMessage
  | WorkUnsubscribeEvent
  | WorkUpdatePartyEvent
  | WorkUpdateTagEvent
  | WorkUpdateUserEvent
  | WorkVideoMessage
  | WorkViewEvent
  | WorkVoiceMessage;
/** Every message and event pushed to a `work-suite` callback URL, discriminated by its match tags. */
export type WorkSuiteMessage =
  | AppOrderOpenNotification
  | AppOrderPaySuccessNotification
  | LicenseAutoActivateNotification
  | LicensePaySuccessNotification
  | LicenseRefundNotification
  | LicenseUnlicensedEvent
  | SuiteApproveSpecialAuthNotification
  | SuiteAuthDataPermissionNotification
  | SuiteBatchJobResultNotification
  | SuiteCancelAuthNotification
  | SuiteCancelSpecialAuthNotification
  | SuiteChangeAuthNotification
  | SuiteCorpArchAuthNotification
  | SuiteCreateAuthNotification
  | SuiteCreatePartyNotification
  | SuiteCreateUserNotification
  | SuiteDeletePartyNotification
  | SuiteDeleteUserNotification
  | SuiteExpireRemindDataPermissionNotification
  | SuiteResetPermanentCodeNotification
  | SuiteShareAgentChangeNotification
  | SuiteShareChainChangeNotification
  | SuiteTicketNotification
  | SuiteUpdatePartyNotification
  | SuiteUpdateTagNotification;
/** Every described inbound message and event, of all products. */
export type InboundMessage =
  | OfficialAccountMessage
  | MiniProgramMessage
  | OpenPlatformMessage
  | WorkMessage
  | WorkSuiteMessage;
/** Product -> the union of its messages. */
export interface ProductMessages {
  oa: OfficialAccountMessage;
  miniprogram: MiniProgramMessage;
  open: OpenPlatformMessage;
  work: WorkMessage;
  "work-suite": WorkSuiteMessage;
}

export type InboundMessageName =
  | "AnnualRenewEvent"
  | "AppOrderOpenNotification"
  | "AppOrderPaySuccessNotification"
  | "ClickEvent"
  | "ComponentAuthorizedNotification"
  | "ComponentFastRegisterBetaAppNotification"
  | "ComponentFastRegisterNotification"
  | "ComponentUnauthorizedNotification"
  | "ComponentUpdateAuthorizedNotification"
  | "ComponentVerifyTicketNotification"
  | "ImageMessage"
  | "KfCloseSessionEvent"
  | "KfCreateSessionEvent"
  | "KfSwitchSessionEvent"
  | "LicenseAutoActivateNotification"
  | "LicensePaySuccessNotification"
  | "LicenseRefundNotification"
  | "LicenseUnlicensedEvent"
  | "LinkMessage"
  | "LocationEvent"
  | "LocationMessage"
  | "LocationSelectEvent"
  | "MassSendJobFinishEvent"
  | "MiniProgramLiveFollowNotifyEvent"
  | "MiniProgramPageMessage"
  | "MiniProgramPunishEvent"
  | "MiniProgramSubscribeMsgChangeEvent"
  | "MiniProgramSubscribeMsgPopupEvent"
  | "MiniProgramSubscribeMsgSentEvent"
  | "MiniProgramUserAuthorizationRevokeEvent"
  | "NamingVerifyFailEvent"
  | "NamingVerifySuccessEvent"
  | "PicPhotoOrAlbumEvent"
  | "PicSysphotoEvent"
  | "PicWeixinEvent"
  | "PublishJobFinishEvent"
  | "QualificationVerifyFailEvent"
  | "QualificationVerifySuccessEvent"
  | "ScanEvent"
  | "ScancodePushEvent"
  | "ScancodeWaitmsgEvent"
  | "ShortVideoMessage"
  | "SubscribeEvent"
  | "SubscribeMsgChangeEvent"
  | "SubscribeMsgPopupEvent"
  | "SubscribeMsgSentEvent"
  | "SuiteApproveSpecialAuthNotification"
  | "SuiteAuthDataPermissionNotification"
  | "SuiteBatchJobResultNotification"
  | "SuiteCancelAuthNotification"
  | "SuiteCancelSpecialAuthNotification"
  | "SuiteChangeAppAdminEvent"
  | "SuiteChangeAuthNotification"
  | "SuiteCorpArchAuthNotification"
  | "SuiteCreateAuthNotification"
  | "SuiteCreatePartyNotification"
  | "SuiteCreateUserNotification"
  | "SuiteDeletePartyNotification"
  | "SuiteDeleteUserNotification"
  | "SuiteExpireRemindDataPermissionNotification"
  | "SuiteResetPermanentCodeNotification"
  | "SuiteShareAgentChangeNotification"
  | "SuiteShareChainChangeNotification"
  | "SuiteTicketNotification"
  | "SuiteUpdatePartyNotification"
  | "SuiteUpdateTagNotification"
  | "TemplateSendJobFinishEvent"
  | "TextMessage"
  | "UnsubscribeEvent"
  | "UserAuthorizationRevokeEvent"
  | "UserEnterTempsessionEvent"
  | "VerifyExpiredEvent"
  | "VideoMessage"
  | "ViewEvent"
  | "ViewMiniprogramEvent"
  | "VoiceMessage"
  | "WeappAuditDelayEvent"
  | "WeappAuditFailEvent"
  | "WeappAuditSuccessEvent"
  | "WorkAddScheduleEvent"
  | "WorkBatchJobResultEvent"
  | "WorkBookMeetingRoomEvent"
  | "WorkCancelMeetingRoomEvent"
  | "WorkClickEvent"
  | "WorkCreatePartyEvent"
  | "WorkCreateUserEvent"
  | "WorkDeleteCalendarEvent"
  | "WorkDeletePartyEvent"
  | "WorkDeleteScheduleEvent"
  | "WorkDeleteUserEvent"
  | "WorkEnterAgentEvent"
  | "WorkImageMessage"
  | "WorkLinkMessage"
  | "WorkLocationEvent"
  | "WorkLocationMessage"
  | "WorkModifyCalendarEvent"
  | "WorkModifyScheduleEvent"
  | "WorkRespondScheduleEvent"
  | "WorkSubscribeEvent"
  | "WorkSysApprovalChangeEvent"
  | "WorkTextMessage"
  | "WorkUnsubscribeEvent"
  | "WorkUpdatePartyEvent"
  | "WorkUpdateTagEvent"
  | "WorkUpdateUserEvent"
  | "WorkVideoMessage"
  | "WorkViewEvent"
  | "WorkVoiceMessage"
  | "WxaCategoryAuditEvent"
  | "WxaMediaCheckEvent"
  | "WxaNicknameAuditEvent"
  | "WxaPrivacyApplyEvent";
/** A passive reply as a handler returns it: the descriptor's fields without ToUserName, FromUserName, CreateTime, which the renderer fills in. */
export type Reply =
  | Omit<ImageReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<MusicReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<NewsReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<TextReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<TransferCustomerServiceReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<VideoReply, "ToUserName" | "FromUserName" | "CreateTime">
  | Omit<VoiceReply, "ToUserName" | "FromUserName" | "CreateTime">;
export type ReplyName =
  | "ImageReply"
  | "MusicReply"
  | "NewsReply"
  | "TextReply"
  | "TransferCustomerServiceReply"
  | "VideoReply"
  | "VoiceReply";
/** The builders on `reply`, one per reply descriptor. */
export type ReplyBuilderName =
  | "image"
  | "music"
  | "news"
  | "text"
  | "transferCustomerService"
  | "video"
  | "voice";
