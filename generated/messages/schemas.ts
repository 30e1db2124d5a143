// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as X from '../../src/messages/coerce.js';
import type * as S from '../types/shapes.js';
import type * as T from './types.js';
const WorkContactExtAttrSchema: z.ZodType<S.WorkContactExtAttr> = z.lazy(() => X.object({
  Name: X.string,
  Type: X.int,
  Text: X.optional(X.object({
    Value: X.optional(X.string),
  })),
  Web: X.optional(X.object({
    Title: X.optional(X.string),
    Url: X.optional(X.string),
  })),
}));
/** One zod schema per message descriptor, typed by its interface. */
export interface MessageSchemas {
  AnnualRenewEvent: z.ZodType<T.AnnualRenewEvent>;
  AppOrderOpenNotification: z.ZodType<T.AppOrderOpenNotification>;
  AppOrderPaySuccessNotification: z.ZodType<T.AppOrderPaySuccessNotification>;
  ClickEvent: z.ZodType<T.ClickEvent>;
  ComponentAuthorizedNotification: z.ZodType<T.ComponentAuthorizedNotification>;
  ComponentFastRegisterBetaAppNotification: z.ZodType<T.ComponentFastRegisterBetaAppNotification>;
  ComponentFastRegisterNotification: z.ZodType<T.ComponentFastRegisterNotification>;
  ComponentUnauthorizedNotification: z.ZodType<T.ComponentUnauthorizedNotification>;
  ComponentUpdateAuthorizedNotification: z.ZodType<T.ComponentUpdateAuthorizedNotification>;
  ComponentVerifyTicketNotification: z.ZodType<T.ComponentVerifyTicketNotification>;
  ImageMessage: z.ZodType<T.ImageMessage>;
  ImageReply: z.ZodType<T.ImageReply>;
  KfCloseSessionEvent: z.ZodType<T.KfCloseSessionEvent>;
  KfCreateSessionEvent: z.ZodType<T.KfCreateSessionEvent>;
  KfSwitchSessionEvent: z.ZodType<T.KfSwitchSessionEvent>;
  LicenseAutoActivateNotification: z.ZodType<T.LicenseAutoActivateNotification>;
  LicensePaySuccessNotification: z.ZodType<T.LicensePaySuccessNotification>;
  LicenseRefundNotification: z.ZodType<T.LicenseRefundNotification>;
  LicenseUnlicensedEvent: z.ZodType<T.LicenseUnlicensedEvent>;
  LinkMessage: z.ZodType<T.LinkMessage>;
  LocationEvent: z.ZodType<T.LocationEvent>;
  LocationMessage: z.ZodType<T.LocationMessage>;
  LocationSelectEvent: z.ZodType<T.LocationSelectEvent>;
  MassSendJobFinishEvent: z.ZodType<T.MassSendJobFinishEvent>;
  MiniProgramLiveFollowNotifyEvent: z.ZodType<T.MiniProgramLiveFollowNotifyEvent>;
  MiniProgramPageMessage: z.ZodType<T.MiniProgramPageMessage>;
  MiniProgramPunishEvent: z.ZodType<T.MiniProgramPunishEvent>;
  MiniProgramSubscribeMsgChangeEvent: z.ZodType<T.MiniProgramSubscribeMsgChangeEvent>;
  MiniProgramSubscribeMsgPopupEvent: z.ZodType<T.MiniProgramSubscribeMsgPopupEvent>;
  MiniProgramSubscribeMsgSentEvent: z.ZodType<T.MiniProgramSubscribeMsgSentEvent>;
  MiniProgramUserAuthorizationRevokeEvent: z.ZodType<T.MiniProgramUserAuthorizationRevokeEvent>;
  MusicReply: z.ZodType<T.MusicReply>;
  NamingVerifyFailEvent: z.ZodType<T.NamingVerifyFailEvent>;
  NamingVerifySuccessEvent: z.ZodType<T.NamingVerifySuccessEvent>;
  NewsReply: z.ZodType<T.NewsReply>;
  PicPhotoOrAlbumEvent: z.ZodType<T.PicPhotoOrAlbumEvent>;
  PicSysphotoEvent: z.ZodType<T.PicSysphotoEvent>;
  PicWeixinEvent: z.ZodType<T.PicWeixinEvent>;
  PublishJobFinishEvent: z.ZodType<T.PublishJobFinishEvent>;
  QualificationVerifyFailEvent: z.ZodType<T.QualificationVerifyFailEvent>;
  QualificationVerifySuccessEvent: z.ZodType<T.QualificationVerifySuccessEvent>;
  ScanEvent: z.ZodType<T.ScanEvent>;
  ScancodePushEvent: z.ZodType<T.ScancodePushEvent>;
  ScancodeWaitmsgEvent: z.ZodType<T.ScancodeWaitmsgEvent>;
  ShortVideoMessage: z.ZodType<T.ShortVideoMessage>;
  SubscribeEvent: z.ZodType<T.SubscribeEvent>;
  SubscribeMsgChangeEvent: z.ZodType<T.SubscribeMsgChangeEvent>;
  SubscribeMsgPopupEvent: z.ZodType<T.SubscribeMsgPopupEvent>;
  SubscribeMsgSentEvent: z.ZodType<T.SubscribeMsgSentEvent>;
  SuiteApproveSpecialAuthNotification: z.ZodType<T.SuiteApproveSpecialAuthNotification>;
  SuiteAuthDataPermissionNotification: z.ZodType<T.SuiteAuthDataPermissionNotification>;
  SuiteBatchJobResultNotification: z.ZodType<T.SuiteBatchJobResultNotification>;
  SuiteCancelAuthNotification: z.ZodType<T.SuiteCancelAuthNotification>;
  SuiteCancelSpecialAuthNotification: z.ZodType<T.SuiteCancelSpecialAuthNotification>;
  SuiteChangeAppAdminEvent: z.ZodType<T.SuiteChangeAppAdminEvent>;
  SuiteChangeAuthNotification: z.ZodType<T.SuiteChangeAuthNotification>;
  SuiteCorpArchAuthNotification: z.ZodType<T.SuiteCorpArchAuthNotification>;
  SuiteCreateAuthNotification: z.ZodType<T.SuiteCreateAuthNotification>;
  SuiteCreatePartyNotification: z.ZodType<T.SuiteCreatePartyNotification>;
  SuiteCreateUserNotification: z.ZodType<T.SuiteCreateUserNotification>;
  SuiteDeletePartyNotification: z.ZodType<T.SuiteDeletePartyNotification>;
  SuiteDeleteUserNotification: z.ZodType<T.SuiteDeleteUserNotification>;
  SuiteExpireRemindDataPermissionNotification: z.ZodType<T.SuiteExpireRemindDataPermissionNotification>;
  SuiteResetPermanentCodeNotification: z.ZodType<T.SuiteResetPermanentCodeNotification>;
  SuiteShareAgentChangeNotification: z.ZodType<T.SuiteShareAgentChangeNotification>;
  SuiteShareChainChangeNotification: z.ZodType<T.SuiteShareChainChangeNotification>;
  SuiteTicketNotification: z.ZodType<T.SuiteTicketNotification>;
  SuiteUpdatePartyNotification: z.ZodType<T.SuiteUpdatePartyNotification>;
  SuiteUpdateTagNotification: z.ZodType<T.SuiteUpdateTagNotification>;
  TemplateSendJobFinishEvent: z.ZodType<T.TemplateSendJobFinishEvent>;
  TextMessage: z.ZodType<T.TextMessage>;
  TextReply: z.ZodType<T.TextReply>;
  TransferCustomerServiceReply: z.ZodType<T.TransferCustomerServiceReply>;
  UnsubscribeEvent: z.ZodType<T.UnsubscribeEvent>;
  UserAuthorizationRevokeEvent: z.ZodType<T.UserAuthorizationRevokeEvent>;
  UserEnterTempsessionEvent: z.ZodType<T.UserEnterTempsessionEvent>;
  VerifyExpiredEvent: z.ZodType<T.VerifyExpiredEvent>;
  VideoMessage: z.ZodType<T.VideoMessage>;
  VideoReply: z.ZodType<T.VideoReply>;
  ViewEvent: z.ZodType<T.ViewEvent>;
  ViewMiniprogramEvent: z.ZodType<T.ViewMiniprogramEvent>;
  VoiceMessage: z.ZodType<T.VoiceMessage>;
  VoiceReply: z.ZodType<T.VoiceReply>;
  WeappAuditDelayEvent: z.ZodType<T.WeappAuditDelayEvent>;
  WeappAuditFailEvent: z.ZodType<T.WeappAuditFailEvent>;
  WeappAuditSuccessEvent: z.ZodType<T.WeappAuditSuccessEvent>;
  WorkAddScheduleEvent: z.ZodType<T.WorkAddScheduleEvent>;
  WorkBatchJobResultEvent: z.ZodType<T.WorkBatchJobResultEvent>;
  WorkBookMeetingRoomEvent: z.ZodType<T.WorkBookMeetingRoomEvent>;
  WorkCancelMeetingRoomEvent: z.ZodType<T.WorkCancelMeetingRoomEvent>;
  WorkClickEvent: z.ZodType<T.WorkClickEvent>;
  WorkCreatePartyEvent: z.ZodType<T.WorkCreatePartyEvent>;
  WorkCreateUserEvent: z.ZodType<T.WorkCreateUserEvent>;
  WorkDeleteCalendarEvent: z.ZodType<T.WorkDeleteCalendarEvent>;
  WorkDeletePartyEvent: z.ZodType<T.WorkDeletePartyEvent>;
  WorkDeleteScheduleEvent: z.ZodType<T.WorkDeleteScheduleEvent>;
  WorkDeleteUserEvent: z.ZodType<T.WorkDeleteUserEvent>;
  WorkEnterAgentEvent: z.ZodType<T.WorkEnterAgentEvent>;
  WorkImageMessage: z.ZodType<T.WorkImageMessage>;
  WorkLinkMessage: z.ZodType<T.WorkLinkMessage>;
  WorkLocationEvent: z.ZodType<T.WorkLocationEvent>;
  WorkLocationMessage: z.ZodType<T.WorkLocationMessage>;
  WorkModifyCalendarEvent: z.ZodType<T.WorkModifyCalendarEvent>;
  WorkModifyScheduleEvent: z.ZodType<T.WorkModifyScheduleEvent>;
  WorkRespondScheduleEvent: z.ZodType<T.WorkRespondScheduleEvent>;
  WorkSubscribeEvent: z.ZodType<T.WorkSubscribeEvent>;
  WorkSysApprovalChangeEvent: z.ZodType<T.WorkSysApprovalChangeEvent>;
  WorkTextMessage: z.ZodType<T.WorkTextMessage>;
  WorkUnsubscribeEvent: z.ZodType<T.WorkUnsubscribeEvent>;
  WorkUpdatePartyEvent: z.ZodType<T.WorkUpdatePartyEvent>;
  WorkUpdateTagEvent: z.ZodType<T.WorkUpdateTagEvent>;
  WorkUpdateUserEvent: z.ZodType<T.WorkUpdateUserEvent>;
  WorkVideoMessage: z.ZodType<T.WorkVideoMessage>;
  WorkViewEvent: z.ZodType<T.WorkViewEvent>;
  WorkVoiceMessage: z.ZodType<T.WorkVoiceMessage>;
  WxaCategoryAuditEvent: z.ZodType<T.WxaCategoryAuditEvent>;
  WxaMediaCheckEvent: z.ZodType<T.WxaMediaCheckEvent>;
  WxaNicknameAuditEvent: z.ZodType<T.WxaNicknameAuditEvent>;
  WxaPrivacyApplyEvent: z.ZodType<T.WxaPrivacyApplyEvent>;
}

/** The schemas, each built the first time it is read. */
export const messageSchemas: MessageSchemas = X.lazily<MessageSchemas>({
  AnnualRenewEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("annual_renew"),
    ExpiredTime: X.int,
  }),
  AppOrderOpenNotification: () => X.message({
    SuiteId: X.string,
    PaidCorpId: X.string,
    InfoType: X.literal("open_order"),
    TimeStamp: X.int,
    OrderId: X.string,
    OperatorId: X.optional(X.string),
  }),
  AppOrderPaySuccessNotification: () => X.message({
    SuiteId: X.string,
    PaidCorpId: X.string,
    InfoType: X.literal("pay_for_app_success"),
    TimeStamp: X.int,
    OrderId: X.string,
  }),
  ClickEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("CLICK"),
    EventKey: X.string,
  }),
  ComponentAuthorizedNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("authorized"),
    AuthorizerAppid: X.string,
    AuthorizationCode: X.string,
    AuthorizationCodeExpiredTime: X.int,
    PreAuthCode: X.string,
  }),
  ComponentFastRegisterBetaAppNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("notify_third_fastregisterbetaapp"),
    appid: X.optional(X.string),
    status: X.int,
    msg: X.optional(X.string),
    info: X.optional(X.object({
      unique_id: X.optional(X.string),
      name: X.optional(X.string),
    })),
  }),
  ComponentFastRegisterNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("notify_third_fasteregister"),
    appid: X.optional(X.string),
    status: X.int,
    auth_code: X.optional(X.string),
    msg: X.string,
    info: X.optional(X.object({
      name: X.optional(X.string),
      code: X.optional(X.string),
      code_type: X.optionalScalar(X.int),
      legal_persona_wechat: X.optional(X.string),
      legal_persona_name: X.optional(X.string),
      component_phone: X.optional(X.string),
    })),
  }),
  ComponentUnauthorizedNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("unauthorized"),
    AuthorizerAppid: X.string,
  }),
  ComponentUpdateAuthorizedNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("updateauthorized"),
    AuthorizerAppid: X.string,
    AuthorizationCode: X.string,
    AuthorizationCodeExpiredTime: X.int,
    PreAuthCode: X.string,
  }),
  ComponentVerifyTicketNotification: () => X.message({
    AppId: X.string,
    CreateTime: X.int,
    InfoType: X.literal("component_verify_ticket"),
    ComponentVerifyTicket: X.string,
  }),
  ImageMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("image"),
    PicUrl: X.string,
    MediaId: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  ImageReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("image"),
    Image: X.object({
      MediaId: X.string,
    }),
  }),
  KfCloseSessionEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("kf_close_session"),
    KfAccount: X.string,
  }),
  KfCreateSessionEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("kf_create_session"),
    KfAccount: X.string,
  }),
  KfSwitchSessionEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("kf_switch_session"),
    FromKfAccount: X.string,
    ToKfAccount: X.string,
  }),
  LicenseAutoActivateNotification: () => X.message({
    ServiceCorpId: X.string,
    InfoType: X.literal("auto_activate"),
    AuthCorpId: X.string,
    Scene: X.oneOf(X.int, [1, 2, 3]),
    TimeStamp: X.int,
    AccountList: X.array(X.object({
      ActiveCode: X.string,
      Type: X.oneOf(X.int, [1, 2]),
      ExpireTime: X.int,
      UserId: X.string,
      PreviousStatus: X.oneOf(X.int, [1, 2, 3]),
      PreviousActiveCode: X.optional(X.string),
    }), ["ActiveCode", "Type", "ExpireTime", "UserId", "PreviousStatus", "PreviousActiveCode"]),
  }),
  LicensePaySuccessNotification: () => X.message({
    ServiceCorpId: X.string,
    InfoType: X.literal("license_pay_success"),
    AuthCorpId: X.string,
    OrderId: X.string,
    BuyerUserId: X.string,
    TimeStamp: X.int,
  }),
  LicenseRefundNotification: () => X.message({
    ServiceCorpId: X.string,
    InfoType: X.literal("license_refund"),
    AuthCorpId: X.string,
    OrderId: X.string,
    OrderStatus: X.oneOf(X.int, [1, 2]),
    TimeStamp: X.int,
  }),
  LicenseUnlicensedEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("unlicensed_notify"),
    AgentID: X.int,
  }),
  LinkMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("link"),
    Title: X.string,
    Description: X.string,
    Url: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  LocationEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("LOCATION"),
    Latitude: X.number,
    Longitude: X.number,
    Precision: X.number,
  }),
  LocationMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("location"),
    Location_X: X.number,
    Location_Y: X.number,
    Scale: X.int,
    Label: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  LocationSelectEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("location_select"),
    EventKey: X.string,
    SendLocationInfo: X.object({
      Location_X: X.number,
      Location_Y: X.number,
      Scale: X.number,
      Label: X.string,
      Poiname: X.optional(X.string),
    }),
  }),
  MassSendJobFinishEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("MASSSENDJOBFINISH"),
    MsgID: X.int64,
    Status: X.string,
    TotalCount: X.int,
    FilterCount: X.int,
    SentCount: X.int,
    ErrorCount: X.int,
    CopyrightCheckResult: X.optional(X.object({
      Count: X.optionalScalar(X.int),
      ResultList: X.optional(X.array(X.object({
        ArticleIdx: X.optionalScalar(X.int),
        UserDeclareState: X.optionalScalar(X.int),
        AuditState: X.optionalScalar(X.int),
        OriginalArticleUrl: X.optional(X.string),
        OriginalArticleType: X.optionalScalar(X.int),
        CanReprint: X.optionalScalar(X.int),
        NeedReplaceContent: X.optionalScalar(X.int),
        NeedShowReprintSource: X.optionalScalar(X.int),
      }), ["ArticleIdx", "UserDeclareState", "AuditState", "OriginalArticleUrl", "OriginalArticleType", "CanReprint", "NeedReplaceContent", "NeedShowReprintSource"])),
      CheckState: X.optionalScalar(X.int),
    })),
    ArticleUrlResult: X.optional(X.object({
      Count: X.optionalScalar(X.int),
      ResultList: X.optional(X.array(X.object({
        ArticleIdx: X.optionalScalar(X.int),
        ArticleUrl: X.optional(X.string),
      }), ["ArticleIdx", "ArticleUrl"])),
    })),
  }),
  MiniProgramLiveFollowNotifyEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxalive_follow_notify"),
    FollowNotify: X.object({
      room_id: X.int,
      user_openid: X.string,
      time: X.int,
      live_status: X.oneOf(X.int, [101, 102, 103]),
      action: X.oneOf(X.string, ["add_follow", "del_follow"]),
    }),
  }),
  MiniProgramPageMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("miniprogrampage"),
    MsgId: X.int64,
    Title: X.string,
    AppId: X.string,
    PagePath: X.string,
    ThumbUrl: X.string,
    ThumbMediaId: X.string,
  }),
  MiniProgramPunishEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxa_punish_event"),
    event_type: X.int,
    punish_id: X.string,
    appid: X.string,
    punish_time: X.int,
    illegal_reason: X.optional(X.string),
    illegal_content: X.optional(X.array(X.string)),
    rule_name: X.optional(X.string),
    rule_url: X.optional(X.string),
    adjust_guide_url: X.optional(X.string),
    detail: X.optional(X.string),
  }),
  MiniProgramSubscribeMsgChangeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_change_event"),
    SubscribeMsgChangeEvent: X.optional(X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        SubscribeStatusString: X.string,
      }), ["TemplateId", "SubscribeStatusString"]),
    })),
    List: X.optional(X.array(X.object({
      TemplateId: X.string,
      SubscribeStatusString: X.string,
    }), ["TemplateId", "SubscribeStatusString"])),
  }),
  MiniProgramSubscribeMsgPopupEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_popup_event"),
    SubscribeMsgPopupEvent: X.optional(X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        SubscribeStatusString: X.string,
        PopupScene: X.int,
      }), ["TemplateId", "SubscribeStatusString", "PopupScene"]),
    })),
    List: X.optional(X.array(X.object({
      TemplateId: X.string,
      SubscribeStatusString: X.string,
      PopupScene: X.int,
    }), ["TemplateId", "SubscribeStatusString", "PopupScene"])),
  }),
  MiniProgramSubscribeMsgSentEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_sent_event"),
    SubscribeMsgSentEvent: X.optional(X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        MsgID: X.int64,
        ErrorCode: X.int,
        ErrorStatus: X.string,
      }), ["TemplateId", "MsgID", "ErrorCode", "ErrorStatus"]),
    })),
    List: X.optional(X.array(X.object({
      TemplateId: X.string,
      MsgID: X.int64,
      ErrorCode: X.int,
      ErrorStatus: X.string,
    }), ["TemplateId", "MsgID", "ErrorCode", "ErrorStatus"])),
  }),
  MiniProgramUserAuthorizationRevokeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("user_authorization_revoke"),
    OpenID: X.string,
    AppID: X.string,
    RevokeInfo: X.string,
    PluginID: X.optional(X.string),
    OpenPID: X.optional(X.string),
  }),
  MusicReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("music"),
    Music: X.object({
      Title: X.optional(X.string),
      Description: X.optional(X.string),
      MusicUrl: X.optional(X.string),
      HQMusicUrl: X.optional(X.string),
      ThumbMediaId: X.string,
    }),
  }),
  NamingVerifyFailEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("naming_verify_fail"),
    FailTime: X.int,
    FailReason: X.string,
  }),
  NamingVerifySuccessEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("naming_verify_success"),
    ExpiredTime: X.int,
  }),
  NewsReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("news"),
    ArticleCount: X.int,
    Articles: X.array(X.object({
      Title: X.string,
      Description: X.string,
      PicUrl: X.string,
      Url: X.string,
    }), ["Title", "Description", "PicUrl", "Url"]),
  }),
  PicPhotoOrAlbumEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("pic_photo_or_album"),
    EventKey: X.string,
    SendPicsInfo: X.object({
      Count: X.int,
      PicList: X.array(X.object({
        PicMd5Sum: X.string,
      }), ["PicMd5Sum"]),
    }),
  }),
  PicSysphotoEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("pic_sysphoto"),
    EventKey: X.string,
    SendPicsInfo: X.object({
      Count: X.int,
      PicList: X.array(X.object({
        PicMd5Sum: X.string,
      }), ["PicMd5Sum"]),
    }),
  }),
  PicWeixinEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("pic_weixin"),
    EventKey: X.string,
    SendPicsInfo: X.object({
      Count: X.int,
      PicList: X.array(X.object({
        PicMd5Sum: X.string,
      }), ["PicMd5Sum"]),
    }),
  }),
  PublishJobFinishEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("PUBLISHJOBFINISH"),
    PublishEventInfo: X.object({
      publish_id: X.int64,
      publish_status: X.oneOf(X.int, [0, 1, 2, 3, 4, 5, 6]),
      article_id: X.optional(X.string),
      article_detail: X.optional(X.object({
        count: X.optionalScalar(X.int),
        item: X.optional(X.array(X.object({
          idx: X.optionalScalar(X.int),
          article_url: X.optional(X.string),
        }), ["idx", "article_url"])),
      })),
      fail_idx: X.optional(X.array(X.int)),
    }),
  }),
  QualificationVerifyFailEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("qualification_verify_fail"),
    FailTime: X.int,
    FailReason: X.string,
  }),
  QualificationVerifySuccessEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("qualification_verify_success"),
    ExpiredTime: X.int,
  }),
  ScanEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("SCAN"),
    EventKey: X.string,
    Ticket: X.string,
  }),
  ScancodePushEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("scancode_push"),
    EventKey: X.string,
    ScanCodeInfo: X.object({
      ScanType: X.string,
      ScanResult: X.string,
    }),
  }),
  ScancodeWaitmsgEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("scancode_waitmsg"),
    EventKey: X.string,
    ScanCodeInfo: X.object({
      ScanType: X.string,
      ScanResult: X.string,
    }),
  }),
  ShortVideoMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("shortvideo"),
    MediaId: X.string,
    ThumbMediaId: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  SubscribeEvent: () => X.derived<T.SubscribeEvent>(X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe"),
    EventKey: X.optional(X.string),
    Ticket: X.optional(X.string),
  }), [["EventKey", { "name": "QrScene", "prefix": "qrscene_", "type": "string" }]]),
  SubscribeMsgChangeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_change_event"),
    SubscribeMsgChangeEvent: X.optional(X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        SubscribeStatusString: X.string,
      }), ["TemplateId", "SubscribeStatusString"]),
    })),
    SubscribeMsgPopupEvent: X.optional(X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        SubscribeStatusString: X.string,
      }), ["TemplateId", "SubscribeStatusString"]),
    })),
  }),
  SubscribeMsgPopupEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_popup_event"),
    SubscribeMsgPopupEvent: X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        SubscribeStatusString: X.string,
        PopupScene: X.int,
      }), ["TemplateId", "SubscribeStatusString", "PopupScene"]),
    }),
  }),
  SubscribeMsgSentEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe_msg_sent_event"),
    SubscribeMsgSentEvent: X.object({
      List: X.array(X.object({
        TemplateId: X.string,
        MsgID: X.int64,
        ErrorCode: X.int,
        ErrorStatus: X.string,
      }), ["TemplateId", "MsgID", "ErrorCode", "ErrorStatus"]),
    }),
  }),
  SuiteApproveSpecialAuthNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("approve_special_auth"),
    TimeStamp: X.int,
    AuthType: X.oneOf(X.string, ["customer_acquisition"]),
  }),
  SuiteAuthDataPermissionNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("auth_data_permission"),
    TimeStamp: X.int,
    AuthType: X.string,
  }),
  SuiteBatchJobResultNotification: () => X.message({
    SuiteId: X.optional(X.string),
    ServiceCorpId: X.optional(X.string),
    AuthCorpId: X.optional(X.string),
    InfoType: X.literal("batch_job_result"),
    TimeStamp: X.int,
    BatchJob: X.object({
      JobId: X.string,
      JobType: X.string,
      ErrCode: X.optionalScalar(X.int),
      ErrMsg: X.optional(X.string),
    }),
  }),
  SuiteCancelAuthNotification: () => X.message({
    SuiteId: X.string,
    InfoType: X.literal("cancel_auth"),
    TimeStamp: X.int,
    AuthCorpId: X.string,
  }),
  SuiteCancelSpecialAuthNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("cancel_special_auth"),
    TimeStamp: X.int,
    AuthType: X.oneOf(X.string, ["customer_acquisition"]),
  }),
  SuiteChangeAppAdminEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_app_admin"),
    AgentID: X.int,
  }),
  SuiteChangeAuthNotification: () => X.message({
    SuiteId: X.string,
    InfoType: X.literal("change_auth"),
    TimeStamp: X.int,
    AuthCorpId: X.string,
    State: X.optional(X.string),
  }),
  SuiteCorpArchAuthNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("corp_arch_auth"),
    TimeStamp: X.int,
  }),
  SuiteCreateAuthNotification: () => X.message({
    SuiteId: X.string,
    AuthCode: X.string,
    InfoType: X.literal("create_auth"),
    TimeStamp: X.int,
    State: X.optional(X.string),
    ExtraInfo: X.optional(X.string),
  }),
  SuiteCreatePartyNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("create_party"),
    Id: X.int,
    Name: X.optional(X.string),
    ParentId: X.int,
    Order: X.optionalScalar(X.int),
  }),
  SuiteCreateUserNotification: () => X.derived<T.SuiteCreateUserNotification>(X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("create_user"),
    UserID: X.string,
    OpenUserID: X.optional(X.string),
    Name: X.optional(X.string),
    Department: X.optional(X.string),
    MainDepartment: X.optionalScalar(X.int),
    IsLeaderInDept: X.optional(X.string),
    DirectLeader: X.optional(X.string),
    Mobile: X.optional(X.string),
    Position: X.optional(X.string),
    Gender: X.optionalScalar(X.int),
    Email: X.optional(X.string),
    BizMail: X.optional(X.string),
    Status: X.optionalScalar(X.int),
    Avatar: X.optional(X.string),
    Alias: X.optional(X.string),
    Telephone: X.optional(X.string),
    ExtAttr: X.optional(X.array(WorkContactExtAttrSchema, ["Name", "Type", "Text", "Web"])),
  }), [["Department", { "name": "DepartmentList", "split": ",", "type": "int" }], ["IsLeaderInDept", { "name": "IsLeaderInDeptList", "split": ",", "type": "int" }], ["DirectLeader", { "name": "DirectLeaderList", "split": ",", "type": "string" }]]),
  SuiteDeletePartyNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("delete_party"),
    Id: X.int,
  }),
  SuiteDeleteUserNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("delete_user"),
    UserID: X.string,
  }),
  SuiteExpireRemindDataPermissionNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("expire_remind_data_permission"),
    TimeStamp: X.int,
    AuthType: X.string,
  }),
  SuiteResetPermanentCodeNotification: () => X.message({
    SuiteId: X.string,
    AuthCode: X.string,
    InfoType: X.literal("reset_permanent_code"),
    TimeStamp: X.int,
  }),
  SuiteShareAgentChangeNotification: () => X.message({
    SuiteId: X.string,
    InfoType: X.literal("share_agent_change"),
    TimeStamp: X.int,
    AppId: X.optionalScalar(X.int),
    CorpId: X.string,
    AgentId: X.int,
  }),
  SuiteShareChainChangeNotification: () => X.message({
    SuiteId: X.string,
    InfoType: X.literal("share_chain_change"),
    TimeStamp: X.int,
    AppId: X.optionalScalar(X.int),
    CorpId: X.string,
    AgentId: X.int,
  }),
  SuiteTicketNotification: () => X.message({
    SuiteId: X.string,
    InfoType: X.literal("suite_ticket"),
    TimeStamp: X.int,
    SuiteTicket: X.string,
  }),
  SuiteUpdatePartyNotification: () => X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("update_party"),
    Id: X.int,
    Name: X.optional(X.string),
    ParentId: X.optionalScalar(X.int),
  }),
  SuiteUpdateTagNotification: () => X.derived<T.SuiteUpdateTagNotification>(X.message({
    SuiteId: X.string,
    AuthCorpId: X.string,
    InfoType: X.literal("change_contact"),
    TimeStamp: X.int,
    ChangeType: X.literal("update_tag"),
    TagId: X.int,
    AddUserItems: X.optional(X.string),
    DelUserItems: X.optional(X.string),
    AddPartyItems: X.optional(X.string),
    DelPartyItems: X.optional(X.string),
  }), [["AddUserItems", { "name": "AddUserItemsList", "split": ",", "type": "string" }], ["DelUserItems", { "name": "DelUserItemsList", "split": ",", "type": "string" }], ["AddPartyItems", { "name": "AddPartyItemsList", "split": ",", "type": "int" }], ["DelPartyItems", { "name": "DelPartyItemsList", "split": ",", "type": "int" }]]),
  TemplateSendJobFinishEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("TEMPLATESENDJOBFINISH"),
    MsgID: X.int64,
    Status: X.string,
  }),
  TextMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("text"),
    Content: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  TextReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("text"),
    Content: X.string,
  }),
  TransferCustomerServiceReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("transfer_customer_service"),
    TransInfo: X.optional(X.object({
      KfAccount: X.string,
    })),
  }),
  UnsubscribeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("unsubscribe"),
  }),
  UserAuthorizationRevokeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("user_authorization_revoke"),
    OpenID: X.string,
    UnionID: X.optional(X.string),
    AppID: X.string,
    RevokeInfo: X.string,
  }),
  UserEnterTempsessionEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("user_enter_tempsession"),
    SessionFrom: X.optional(X.string),
  }),
  VerifyExpiredEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("verify_expired"),
    ExpiredTime: X.int,
  }),
  VideoMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("video"),
    MediaId: X.string,
    ThumbMediaId: X.string,
    MsgId: X.int64,
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  VideoReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("video"),
    Video: X.object({
      MediaId: X.string,
      Title: X.optional(X.string),
      Description: X.optional(X.string),
    }),
  }),
  ViewEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("VIEW"),
    EventKey: X.string,
    MenuId: X.optional(X.string),
  }),
  ViewMiniprogramEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("view_miniprogram"),
    EventKey: X.string,
    MenuId: X.optional(X.string),
  }),
  VoiceMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("voice"),
    MediaId: X.string,
    Format: X.string,
    MsgId: X.int64,
    MediaId16K: X.optional(X.string),
    Recognition: X.optional(X.string),
    MsgDataId: X.optional(X.string),
    Idx: X.optional(X.string),
  }),
  VoiceReply: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("voice"),
    Voice: X.object({
      MediaId: X.string,
    }),
  }),
  WeappAuditDelayEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("weapp_audit_delay"),
    Reason: X.optional(X.string),
    DelayTime: X.int,
  }),
  WeappAuditFailEvent: () => X.derived<T.WeappAuditFailEvent>(X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("weapp_audit_fail"),
    Reason: X.string,
    FailTime: X.int,
    ScreenShot: X.optional(X.string),
  }), [["ScreenShot", { "name": "ScreenShotList", "split": "|", "type": "string" }]]),
  WeappAuditSuccessEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("weapp_audit_success"),
    SuccTime: X.int,
  }),
  WorkAddScheduleEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("add_schedule"),
    CalId: X.string,
    ScheduleId: X.string,
  }),
  WorkBatchJobResultEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("batch_job_result"),
    BatchJob: X.object({
      JobId: X.string,
      JobType: X.string,
      ErrCode: X.int,
      ErrMsg: X.string,
    }),
  }),
  WorkBookMeetingRoomEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("book_meeting_room"),
    MeetingRoomId: X.int,
    BookingId: X.string,
  }),
  WorkCancelMeetingRoomEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("cancel_meeting_room"),
    BookingId: X.string,
    MeetingRoomId: X.int,
  }),
  WorkClickEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("click"),
    EventKey: X.string,
    AgentID: X.int,
  }),
  WorkCreatePartyEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("create_party"),
    Id: X.int,
    Name: X.optional(X.string),
    ParentId: X.int,
    Order: X.optionalScalar(X.int),
  }),
  WorkCreateUserEvent: () => X.derived<T.WorkCreateUserEvent>(X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("create_user"),
    UserID: X.string,
    Name: X.optional(X.string),
    Department: X.optional(X.string),
    MainDepartment: X.optionalScalar(X.int),
    IsLeaderInDept: X.optional(X.string),
    DirectLeader: X.optional(X.string),
    Position: X.optional(X.string),
    Mobile: X.optional(X.string),
    Gender: X.optionalScalar(X.int),
    Email: X.optional(X.string),
    BizMail: X.optional(X.string),
    Status: X.optionalScalar(X.int),
    Avatar: X.optional(X.string),
    Alias: X.optional(X.string),
    Telephone: X.optional(X.string),
    Address: X.optional(X.string),
    ExtAttr: X.optional(X.array(WorkContactExtAttrSchema, ["Name", "Type", "Text", "Web"])),
  }), [["Department", { "name": "DepartmentList", "split": ",", "type": "int" }], ["IsLeaderInDept", { "name": "IsLeaderInDeptList", "split": ",", "type": "int" }], ["DirectLeader", { "name": "DirectLeaderList", "split": ",", "type": "string" }]]),
  WorkDeleteCalendarEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("delete_calendar"),
    CalId: X.string,
  }),
  WorkDeletePartyEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("delete_party"),
    Id: X.int,
  }),
  WorkDeleteScheduleEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("delete_schedule"),
    CalId: X.string,
    ScheduleId: X.string,
  }),
  WorkDeleteUserEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("delete_user"),
    UserID: X.string,
  }),
  WorkEnterAgentEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("enter_agent"),
    EventKey: X.optional(X.string),
    AgentID: X.int,
  }),
  WorkImageMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("image"),
    PicUrl: X.string,
    MediaId: X.string,
    MsgId: X.int64,
    AgentID: X.int,
  }),
  WorkLinkMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("link"),
    Title: X.string,
    Description: X.string,
    Url: X.string,
    PicUrl: X.string,
    MsgId: X.int64,
    AgentID: X.int,
  }),
  WorkLocationEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("LOCATION"),
    Latitude: X.number,
    Longitude: X.number,
    Precision: X.number,
    AgentID: X.int,
    AppType: X.optional(X.string),
  }),
  WorkLocationMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("location"),
    Location_X: X.number,
    Location_Y: X.number,
    Scale: X.int,
    Label: X.string,
    MsgId: X.int64,
    AgentID: X.int,
    AppType: X.optional(X.string),
  }),
  WorkModifyCalendarEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("modify_calendar"),
    CalId: X.string,
  }),
  WorkModifyScheduleEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("modify_schedule"),
    CalId: X.string,
    ScheduleId: X.string,
  }),
  WorkRespondScheduleEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("respond_schedule"),
    CalId: X.string,
    ScheduleId: X.string,
  }),
  WorkSubscribeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("subscribe"),
    AgentID: X.int,
  }),
  WorkSysApprovalChangeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("sys_approval_change"),
    AgentID: X.optionalScalar(X.int),
    ApprovalInfo: X.object({
      SpNoStr: X.optional(X.string),
      SpNo: X.int64,
      SpName: X.optional(X.string),
      SpStatus: X.optionalScalar(X.int),
      TemplateId: X.optional(X.string),
      ApplyTime: X.optionalScalar(X.int),
      Applyer: X.optional(X.object({
        UserId: X.optional(X.string),
        Party: X.optional(X.string),
      })),
      SpRecord: X.optional(X.array(X.object({
        SpStatus: X.optionalScalar(X.int),
        ApproverAttr: X.optionalScalar(X.int),
        Details: X.optional(X.array(X.object({
          Approver: X.optional(X.object({
            UserId: X.optional(X.string),
          })),
          Speech: X.optional(X.string),
          SpStatus: X.optionalScalar(X.int),
          SpTime: X.optionalScalar(X.int),
          MediaId: X.optional(X.string),
        }), ["Approver", "Speech", "SpStatus", "SpTime", "MediaId"])),
      }), ["SpStatus", "ApproverAttr", "Details"])),
      Notifyer: X.optional(X.array(X.object({
        UserId: X.optional(X.string),
      }), ["UserId"])),
      Comments: X.optional(X.array(X.object({
        CommentUserInfo: X.optional(X.object({
          UserId: X.optional(X.string),
        })),
        CommentTime: X.optionalScalar(X.int),
        CommentContent: X.optional(X.string),
        CommentId: X.optional(X.string),
        MediaId: X.optional(X.string),
      }), ["CommentUserInfo", "CommentTime", "CommentContent", "CommentId", "MediaId"])),
      StatuChangeEvent: X.optionalScalar(X.int),
    }),
  }),
  WorkTextMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("text"),
    Content: X.string,
    MsgId: X.int64,
    AgentID: X.int,
  }),
  WorkUnsubscribeEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("unsubscribe"),
    AgentID: X.int,
  }),
  WorkUpdatePartyEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("update_party"),
    Id: X.int,
    Name: X.optional(X.string),
    ParentId: X.optionalScalar(X.int),
  }),
  WorkUpdateTagEvent: () => X.derived<T.WorkUpdateTagEvent>(X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("update_tag"),
    TagId: X.int,
    AddUserItems: X.optional(X.string),
    DelUserItems: X.optional(X.string),
    AddPartyItems: X.optional(X.string),
    DelPartyItems: X.optional(X.string),
  }), [["AddUserItems", { "name": "AddUserItemsList", "split": ",", "type": "string" }], ["DelUserItems", { "name": "DelUserItemsList", "split": ",", "type": "string" }], ["AddPartyItems", { "name": "AddPartyItemsList", "split": ",", "type": "int" }], ["DelPartyItems", { "name": "DelPartyItemsList", "split": ",", "type": "int" }]]),
  WorkUpdateUserEvent: () => X.derived<T.WorkUpdateUserEvent>(X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("change_contact"),
    ChangeType: X.literal("update_user"),
    UserID: X.string,
    NewUserID: X.optional(X.string),
    Name: X.optional(X.string),
    Department: X.optional(X.string),
    MainDepartment: X.optionalScalar(X.int),
    IsLeaderInDept: X.optional(X.string),
    Position: X.optional(X.string),
    Mobile: X.optional(X.string),
    Gender: X.optionalScalar(X.int),
    Email: X.optional(X.string),
    Status: X.optionalScalar(X.int),
    Avatar: X.optional(X.string),
    Alias: X.optional(X.string),
    Telephone: X.optional(X.string),
    Address: X.optional(X.string),
    ExtAttr: X.optional(X.array(WorkContactExtAttrSchema, ["Name", "Type", "Text", "Web"])),
  }), [["Department", { "name": "DepartmentList", "split": ",", "type": "int" }], ["IsLeaderInDept", { "name": "IsLeaderInDeptList", "split": ",", "type": "int" }]]),
  WorkVideoMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("video"),
    MediaId: X.string,
    ThumbMediaId: X.string,
    MsgId: X.int64,
    AgentID: X.int,
  }),
  WorkViewEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("view"),
    EventKey: X.string,
    AgentID: X.int,
  }),
  WorkVoiceMessage: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("voice"),
    MediaId: X.string,
    Format: X.string,
    MsgId: X.int64,
    AgentID: X.int,
  }),
  WxaCategoryAuditEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxa_category_audit"),
    ret: X.oneOf(X.int, [2, 3]),
    first: X.string,
    second: X.string,
    reason: X.optional(X.string),
  }),
  WxaMediaCheckEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxa_media_check"),
    appid: X.string,
    trace_id: X.string,
    version: X.int,
    result: X.object({
      suggest: X.string,
      label: X.int,
    }),
    detail: X.array(X.object({
      strategy: X.string,
      errcode: X.int,
      suggest: X.optional(X.string),
      label: X.optionalScalar(X.int),
      prob: X.optionalScalar(X.int),
    }), ["strategy", "errcode", "suggest", "label", "prob"]),
    errcode: X.optionalScalar(X.int),
    errmsg: X.optional(X.string),
  }),
  WxaNicknameAuditEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxa_nickname_audit"),
    ret: X.oneOf(X.int, [2, 3]),
    nickname: X.string,
    reason: X.optional(X.string),
  }),
  WxaPrivacyApplyEvent: () => X.message({
    ToUserName: X.string,
    FromUserName: X.string,
    CreateTime: X.int,
    MsgType: X.literal("event"),
    Event: X.literal("wxa_privacy_apply"),
    result_info: X.object({
      api_name: X.string,
      apply_time: X.string,
      audit_id: X.string,
      audit_time: X.string,
      reason: X.optional(X.string),
      status: X.string,
    }),
  }),
});
