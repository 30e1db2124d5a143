// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { tag } from '../../src/messages/tag.js';
import type * as T from './types.js';
/** True when `m` carries AnnualRenewEvent's match tags (MsgType=event, Event=annual_renew). */
export function isAnnualRenewEvent(m: unknown): m is T.AnnualRenewEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "annual_renew";
}

/** True when `m` carries AppOrderOpenNotification's match tags (InfoType=open_order). */
export function isAppOrderOpenNotification(m: unknown): m is T.AppOrderOpenNotification {
  return tag(m, "InfoType") === "open_order";
}

/** True when `m` carries AppOrderPaySuccessNotification's match tags (InfoType=pay_for_app_success). */
export function isAppOrderPaySuccessNotification(m: unknown): m is T.AppOrderPaySuccessNotification {
  return tag(m, "InfoType") === "pay_for_app_success";
}

/** True when `m` carries ClickEvent's match tags (MsgType=event, Event=CLICK). */
export function isClickEvent(m: unknown): m is T.ClickEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "CLICK";
}

/** True when `m` carries ComponentAuthorizedNotification's match tags (InfoType=authorized). */
export function isComponentAuthorizedNotification(m: unknown): m is T.ComponentAuthorizedNotification {
  return tag(m, "InfoType") === "authorized";
}

/** True when `m` carries ComponentFastRegisterBetaAppNotification's match tags (InfoType=notify_third_fastregisterbetaapp). */
export function isComponentFastRegisterBetaAppNotification(m: unknown): m is T.ComponentFastRegisterBetaAppNotification {
  return tag(m, "InfoType") === "notify_third_fastregisterbetaapp";
}

/** True when `m` carries ComponentFastRegisterNotification's match tags (InfoType=notify_third_fasteregister). */
export function isComponentFastRegisterNotification(m: unknown): m is T.ComponentFastRegisterNotification {
  return tag(m, "InfoType") === "notify_third_fasteregister";
}

/** True when `m` carries ComponentUnauthorizedNotification's match tags (InfoType=unauthorized). */
export function isComponentUnauthorizedNotification(m: unknown): m is T.ComponentUnauthorizedNotification {
  return tag(m, "InfoType") === "unauthorized";
}

/** True when `m` carries ComponentUpdateAuthorizedNotification's match tags (InfoType=updateauthorized). */
export function isComponentUpdateAuthorizedNotification(m: unknown): m is T.ComponentUpdateAuthorizedNotification {
  return tag(m, "InfoType") === "updateauthorized";
}

/** True when `m` carries ComponentVerifyTicketNotification's match tags (InfoType=component_verify_ticket). */
export function isComponentVerifyTicketNotification(m: unknown): m is T.ComponentVerifyTicketNotification {
  return tag(m, "InfoType") === "component_verify_ticket";
}

/** True when `m` carries ImageMessage's match tags (MsgType=image). */
export function isImageMessage(m: unknown): m is T.ImageMessage {
  return tag(m, "MsgType") === "image";
}

/** True when `m` carries KfCloseSessionEvent's match tags (MsgType=event, Event=kf_close_session). */
export function isKfCloseSessionEvent(m: unknown): m is T.KfCloseSessionEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "kf_close_session";
}

/** True when `m` carries KfCreateSessionEvent's match tags (MsgType=event, Event=kf_create_session). */
export function isKfCreateSessionEvent(m: unknown): m is T.KfCreateSessionEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "kf_create_session";
}

/** True when `m` carries KfSwitchSessionEvent's match tags (MsgType=event, Event=kf_switch_session). */
export function isKfSwitchSessionEvent(m: unknown): m is T.KfSwitchSessionEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "kf_switch_session";
}

/** True when `m` carries LicenseAutoActivateNotification's match tags (InfoType=auto_activate). */
export function isLicenseAutoActivateNotification(m: unknown): m is T.LicenseAutoActivateNotification {
  return tag(m, "InfoType") === "auto_activate";
}

/** True when `m` carries LicensePaySuccessNotification's match tags (InfoType=license_pay_success). */
export function isLicensePaySuccessNotification(m: unknown): m is T.LicensePaySuccessNotification {
  return tag(m, "InfoType") === "license_pay_success";
}

/** True when `m` carries LicenseRefundNotification's match tags (InfoType=license_refund). */
export function isLicenseRefundNotification(m: unknown): m is T.LicenseRefundNotification {
  return tag(m, "InfoType") === "license_refund";
}

/** True when `m` carries LicenseUnlicensedEvent's match tags (MsgType=event, Event=unlicensed_notify). */
export function isLicenseUnlicensedEvent(m: unknown): m is T.LicenseUnlicensedEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "unlicensed_notify";
}

/** True when `m` carries LinkMessage's match tags (MsgType=link). */
export function isLinkMessage(m: unknown): m is T.LinkMessage {
  return tag(m, "MsgType") === "link";
}

/** True when `m` carries LocationEvent's match tags (MsgType=event, Event=LOCATION). */
export function isLocationEvent(m: unknown): m is T.LocationEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "LOCATION";
}

/** True when `m` carries LocationMessage's match tags (MsgType=location). */
export function isLocationMessage(m: unknown): m is T.LocationMessage {
  return tag(m, "MsgType") === "location";
}

/** True when `m` carries LocationSelectEvent's match tags (MsgType=event, Event=location_select). */
export function isLocationSelectEvent(m: unknown): m is T.LocationSelectEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "location_select";
}

/** True when `m` carries MassSendJobFinishEvent's match tags (MsgType=event, Event=MASSSENDJOBFINISH). */
export function isMassSendJobFinishEvent(m: unknown): m is T.MassSendJobFinishEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "MASSSENDJOBFINISH";
}

/** True when `m` carries MiniProgramLiveFollowNotifyEvent's match tags (MsgType=event, Event=wxalive_follow_notify). */
export function isMiniProgramLiveFollowNotifyEvent(m: unknown): m is T.MiniProgramLiveFollowNotifyEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxalive_follow_notify";
}

/** True when `m` carries MiniProgramPageMessage's match tags (MsgType=miniprogrampage). */
export function isMiniProgramPageMessage(m: unknown): m is T.MiniProgramPageMessage {
  return tag(m, "MsgType") === "miniprogrampage";
}

/** True when `m` carries MiniProgramPunishEvent's match tags (MsgType=event, Event=wxa_punish_event). */
export function isMiniProgramPunishEvent(m: unknown): m is T.MiniProgramPunishEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxa_punish_event";
}

/** True when `m` carries MiniProgramSubscribeMsgChangeEvent's match tags (MsgType=event, Event=subscribe_msg_change_event). */
export function isMiniProgramSubscribeMsgChangeEvent(m: unknown): m is T.MiniProgramSubscribeMsgChangeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_change_event";
}

/** True when `m` carries MiniProgramSubscribeMsgPopupEvent's match tags (MsgType=event, Event=subscribe_msg_popup_event). */
export function isMiniProgramSubscribeMsgPopupEvent(m: unknown): m is T.MiniProgramSubscribeMsgPopupEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_popup_event";
}

/** True when `m` carries MiniProgramSubscribeMsgSentEvent's match tags (MsgType=event, Event=subscribe_msg_sent_event). */
export function isMiniProgramSubscribeMsgSentEvent(m: unknown): m is T.MiniProgramSubscribeMsgSentEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_sent_event";
}

/** True when `m` carries MiniProgramUserAuthorizationRevokeEvent's match tags (MsgType=event, Event=user_authorization_revoke). */
export function isMiniProgramUserAuthorizationRevokeEvent(m: unknown): m is T.MiniProgramUserAuthorizationRevokeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "user_authorization_revoke";
}

/** True when `m` carries NamingVerifyFailEvent's match tags (MsgType=event, Event=naming_verify_fail). */
export function isNamingVerifyFailEvent(m: unknown): m is T.NamingVerifyFailEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "naming_verify_fail";
}

/** True when `m` carries NamingVerifySuccessEvent's match tags (MsgType=event, Event=naming_verify_success). */
export function isNamingVerifySuccessEvent(m: unknown): m is T.NamingVerifySuccessEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "naming_verify_success";
}

/** True when `m` carries PicPhotoOrAlbumEvent's match tags (MsgType=event, Event=pic_photo_or_album). */
export function isPicPhotoOrAlbumEvent(m: unknown): m is T.PicPhotoOrAlbumEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "pic_photo_or_album";
}

/** True when `m` carries PicSysphotoEvent's match tags (MsgType=event, Event=pic_sysphoto). */
export function isPicSysphotoEvent(m: unknown): m is T.PicSysphotoEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "pic_sysphoto";
}

/** True when `m` carries PicWeixinEvent's match tags (MsgType=event, Event=pic_weixin). */
export function isPicWeixinEvent(m: unknown): m is T.PicWeixinEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "pic_weixin";
}

/** True when `m` carries PublishJobFinishEvent's match tags (MsgType=event, Event=PUBLISHJOBFINISH). */
export function isPublishJobFinishEvent(m: unknown): m is T.PublishJobFinishEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "PUBLISHJOBFINISH";
}

/** True when `m` carries QualificationVerifyFailEvent's match tags (MsgType=event, Event=qualification_verify_fail). */
export function isQualificationVerifyFailEvent(m: unknown): m is T.QualificationVerifyFailEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "qualification_verify_fail";
}

/** True when `m` carries QualificationVerifySuccessEvent's match tags (MsgType=event, Event=qualification_verify_success). */
export function isQualificationVerifySuccessEvent(m: unknown): m is T.QualificationVerifySuccessEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "qualification_verify_success";
}

/** True when `m` carries ScanEvent's match tags (MsgType=event, Event=SCAN). */
export function isScanEvent(m: unknown): m is T.ScanEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "SCAN";
}

/** True when `m` carries ScancodePushEvent's match tags (MsgType=event, Event=scancode_push). */
export function isScancodePushEvent(m: unknown): m is T.ScancodePushEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "scancode_push";
}

/** True when `m` carries ScancodeWaitmsgEvent's match tags (MsgType=event, Event=scancode_waitmsg). */
export function isScancodeWaitmsgEvent(m: unknown): m is T.ScancodeWaitmsgEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "scancode_waitmsg";
}

/** True when `m` carries ShortVideoMessage's match tags (MsgType=shortvideo). */
export function isShortVideoMessage(m: unknown): m is T.ShortVideoMessage {
  return tag(m, "MsgType") === "shortvideo";
}

/** True when `m` carries SubscribeEvent's match tags (MsgType=event, Event=subscribe). */
export function isSubscribeEvent(m: unknown): m is T.SubscribeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe";
}

/** True when `m` carries SubscribeMsgChangeEvent's match tags (MsgType=event, Event=subscribe_msg_change_event). */
export function isSubscribeMsgChangeEvent(m: unknown): m is T.SubscribeMsgChangeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_change_event";
}

/** True when `m` carries SubscribeMsgPopupEvent's match tags (MsgType=event, Event=subscribe_msg_popup_event). */
export function isSubscribeMsgPopupEvent(m: unknown): m is T.SubscribeMsgPopupEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_popup_event";
}

/** True when `m` carries SubscribeMsgSentEvent's match tags (MsgType=event, Event=subscribe_msg_sent_event). */
export function isSubscribeMsgSentEvent(m: unknown): m is T.SubscribeMsgSentEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe_msg_sent_event";
}

/** True when `m` carries SuiteApproveSpecialAuthNotification's match tags (InfoType=approve_special_auth). */
export function isSuiteApproveSpecialAuthNotification(m: unknown): m is T.SuiteApproveSpecialAuthNotification {
  return tag(m, "InfoType") === "approve_special_auth";
}

/** True when `m` carries SuiteAuthDataPermissionNotification's match tags (InfoType=auth_data_permission). */
export function isSuiteAuthDataPermissionNotification(m: unknown): m is T.SuiteAuthDataPermissionNotification {
  return tag(m, "InfoType") === "auth_data_permission";
}

/** True when `m` carries SuiteBatchJobResultNotification's match tags (InfoType=batch_job_result). */
export function isSuiteBatchJobResultNotification(m: unknown): m is T.SuiteBatchJobResultNotification {
  return tag(m, "InfoType") === "batch_job_result";
}

/** True when `m` carries SuiteCancelAuthNotification's match tags (InfoType=cancel_auth). */
export function isSuiteCancelAuthNotification(m: unknown): m is T.SuiteCancelAuthNotification {
  return tag(m, "InfoType") === "cancel_auth";
}

/** True when `m` carries SuiteCancelSpecialAuthNotification's match tags (InfoType=cancel_special_auth). */
export function isSuiteCancelSpecialAuthNotification(m: unknown): m is T.SuiteCancelSpecialAuthNotification {
  return tag(m, "InfoType") === "cancel_special_auth";
}

/** True when `m` carries SuiteChangeAppAdminEvent's match tags (MsgType=event, Event=change_app_admin). */
export function isSuiteChangeAppAdminEvent(m: unknown): m is T.SuiteChangeAppAdminEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_app_admin";
}

/** True when `m` carries SuiteChangeAuthNotification's match tags (InfoType=change_auth). */
export function isSuiteChangeAuthNotification(m: unknown): m is T.SuiteChangeAuthNotification {
  return tag(m, "InfoType") === "change_auth";
}

/** True when `m` carries SuiteCorpArchAuthNotification's match tags (InfoType=corp_arch_auth). */
export function isSuiteCorpArchAuthNotification(m: unknown): m is T.SuiteCorpArchAuthNotification {
  return tag(m, "InfoType") === "corp_arch_auth";
}

/** True when `m` carries SuiteCreateAuthNotification's match tags (InfoType=create_auth). */
export function isSuiteCreateAuthNotification(m: unknown): m is T.SuiteCreateAuthNotification {
  return tag(m, "InfoType") === "create_auth";
}

/** True when `m` carries SuiteCreatePartyNotification's match tags (InfoType=change_contact, ChangeType=create_party). */
export function isSuiteCreatePartyNotification(m: unknown): m is T.SuiteCreatePartyNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "create_party";
}

/** True when `m` carries SuiteCreateUserNotification's match tags (InfoType=change_contact, ChangeType=create_user). */
export function isSuiteCreateUserNotification(m: unknown): m is T.SuiteCreateUserNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "create_user";
}

/** True when `m` carries SuiteDeletePartyNotification's match tags (InfoType=change_contact, ChangeType=delete_party). */
export function isSuiteDeletePartyNotification(m: unknown): m is T.SuiteDeletePartyNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "delete_party";
}

/** True when `m` carries SuiteDeleteUserNotification's match tags (InfoType=change_contact, ChangeType=delete_user). */
export function isSuiteDeleteUserNotification(m: unknown): m is T.SuiteDeleteUserNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "delete_user";
}

/** True when `m` carries SuiteExpireRemindDataPermissionNotification's match tags (InfoType=expire_remind_data_permission). */
export function isSuiteExpireRemindDataPermissionNotification(m: unknown): m is T.SuiteExpireRemindDataPermissionNotification {
  return tag(m, "InfoType") === "expire_remind_data_permission";
}

/** True when `m` carries SuiteResetPermanentCodeNotification's match tags (InfoType=reset_permanent_code). */
export function isSuiteResetPermanentCodeNotification(m: unknown): m is T.SuiteResetPermanentCodeNotification {
  return tag(m, "InfoType") === "reset_permanent_code";
}

/** True when `m` carries SuiteShareAgentChangeNotification's match tags (InfoType=share_agent_change). */
export function isSuiteShareAgentChangeNotification(m: unknown): m is T.SuiteShareAgentChangeNotification {
  return tag(m, "InfoType") === "share_agent_change";
}

/** True when `m` carries SuiteShareChainChangeNotification's match tags (InfoType=share_chain_change). */
export function isSuiteShareChainChangeNotification(m: unknown): m is T.SuiteShareChainChangeNotification {
  return tag(m, "InfoType") === "share_chain_change";
}

/** True when `m` carries SuiteTicketNotification's match tags (InfoType=suite_ticket). */
export function isSuiteTicketNotification(m: unknown): m is T.SuiteTicketNotification {
  return tag(m, "InfoType") === "suite_ticket";
}

/** True when `m` carries SuiteUpdatePartyNotification's match tags (InfoType=change_contact, ChangeType=update_party). */
export function isSuiteUpdatePartyNotification(m: unknown): m is T.SuiteUpdatePartyNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "update_party";
}

/** True when `m` carries SuiteUpdateTagNotification's match tags (InfoType=change_contact, ChangeType=update_tag). */
export function isSuiteUpdateTagNotification(m: unknown): m is T.SuiteUpdateTagNotification {
  return tag(m, "InfoType") === "change_contact" && tag(m, "ChangeType") === "update_tag";
}

/** True when `m` carries TemplateSendJobFinishEvent's match tags (MsgType=event, Event=TEMPLATESENDJOBFINISH). */
export function isTemplateSendJobFinishEvent(m: unknown): m is T.TemplateSendJobFinishEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "TEMPLATESENDJOBFINISH";
}

/** True when `m` carries TextMessage's match tags (MsgType=text). */
export function isTextMessage(m: unknown): m is T.TextMessage {
  return tag(m, "MsgType") === "text";
}

/** True when `m` carries UnsubscribeEvent's match tags (MsgType=event, Event=unsubscribe). */
export function isUnsubscribeEvent(m: unknown): m is T.UnsubscribeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "unsubscribe";
}

/** True when `m` carries UserAuthorizationRevokeEvent's match tags (MsgType=event, Event=user_authorization_revoke). */
export function isUserAuthorizationRevokeEvent(m: unknown): m is T.UserAuthorizationRevokeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "user_authorization_revoke";
}

/** True when `m` carries UserEnterTempsessionEvent's match tags (MsgType=event, Event=user_enter_tempsession). */
export function isUserEnterTempsessionEvent(m: unknown): m is T.UserEnterTempsessionEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "user_enter_tempsession";
}

/** True when `m` carries VerifyExpiredEvent's match tags (MsgType=event, Event=verify_expired). */
export function isVerifyExpiredEvent(m: unknown): m is T.VerifyExpiredEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "verify_expired";
}

/** True when `m` carries VideoMessage's match tags (MsgType=video). */
export function isVideoMessage(m: unknown): m is T.VideoMessage {
  return tag(m, "MsgType") === "video";
}

/** True when `m` carries ViewEvent's match tags (MsgType=event, Event=VIEW). */
export function isViewEvent(m: unknown): m is T.ViewEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "VIEW";
}

/** True when `m` carries ViewMiniprogramEvent's match tags (MsgType=event, Event=view_miniprogram). */
export function isViewMiniprogramEvent(m: unknown): m is T.ViewMiniprogramEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "view_miniprogram";
}

/** True when `m` carries VoiceMessage's match tags (MsgType=voice). */
export function isVoiceMessage(m: unknown): m is T.VoiceMessage {
  return tag(m, "MsgType") === "voice";
}

/** True when `m` carries WeappAuditDelayEvent's match tags (MsgType=event, Event=weapp_audit_delay). */
export function isWeappAuditDelayEvent(m: unknown): m is T.WeappAuditDelayEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "weapp_audit_delay";
}

/** True when `m` carries WeappAuditFailEvent's match tags (MsgType=event, Event=weapp_audit_fail). */
export function isWeappAuditFailEvent(m: unknown): m is T.WeappAuditFailEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "weapp_audit_fail";
}

/** True when `m` carries WeappAuditSuccessEvent's match tags (MsgType=event, Event=weapp_audit_success). */
export function isWeappAuditSuccessEvent(m: unknown): m is T.WeappAuditSuccessEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "weapp_audit_success";
}

/** True when `m` carries WorkAddScheduleEvent's match tags (MsgType=event, Event=add_schedule). */
export function isWorkAddScheduleEvent(m: unknown): m is T.WorkAddScheduleEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "add_schedule";
}

/** True when `m` carries WorkBatchJobResultEvent's match tags (MsgType=event, Event=batch_job_result). */
export function isWorkBatchJobResultEvent(m: unknown): m is T.WorkBatchJobResultEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "batch_job_result";
}

/** True when `m` carries WorkBookMeetingRoomEvent's match tags (MsgType=event, Event=book_meeting_room). */
export function isWorkBookMeetingRoomEvent(m: unknown): m is T.WorkBookMeetingRoomEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "book_meeting_room";
}

/** True when `m` carries WorkCancelMeetingRoomEvent's match tags (MsgType=event, Event=cancel_meeting_room). */
export function isWorkCancelMeetingRoomEvent(m: unknown): m is T.WorkCancelMeetingRoomEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "cancel_meeting_room";
}

/** True when `m` carries WorkClickEvent's match tags (MsgType=event, Event=click). */
export function isWorkClickEvent(m: unknown): m is T.WorkClickEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "click";
}

/** True when `m` carries WorkCreatePartyEvent's match tags (MsgType=event, Event=change_contact, ChangeType=create_party). */
export function isWorkCreatePartyEvent(m: unknown): m is T.WorkCreatePartyEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "create_party";
}

/** True when `m` carries WorkCreateUserEvent's match tags (MsgType=event, Event=change_contact, ChangeType=create_user). */
export function isWorkCreateUserEvent(m: unknown): m is T.WorkCreateUserEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "create_user";
}

/** True when `m` carries WorkDeleteCalendarEvent's match tags (MsgType=event, Event=delete_calendar). */
export function isWorkDeleteCalendarEvent(m: unknown): m is T.WorkDeleteCalendarEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "delete_calendar";
}

/** True when `m` carries WorkDeletePartyEvent's match tags (MsgType=event, Event=change_contact, ChangeType=delete_party). */
export function isWorkDeletePartyEvent(m: unknown): m is T.WorkDeletePartyEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "delete_party";
}

/** True when `m` carries WorkDeleteScheduleEvent's match tags (MsgType=event, Event=delete_schedule). */
export function isWorkDeleteScheduleEvent(m: unknown): m is T.WorkDeleteScheduleEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "delete_schedule";
}

/** True when `m` carries WorkDeleteUserEvent's match tags (MsgType=event, Event=change_contact, ChangeType=delete_user). */
export function isWorkDeleteUserEvent(m: unknown): m is T.WorkDeleteUserEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "delete_user";
}

/** True when `m` carries WorkEnterAgentEvent's match tags (MsgType=event, Event=enter_agent). */
export function isWorkEnterAgentEvent(m: unknown): m is T.WorkEnterAgentEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "enter_agent";
}

/** True when `m` carries WorkImageMessage's match tags (MsgType=image). */
export function isWorkImageMessage(m: unknown): m is T.WorkImageMessage {
  return tag(m, "MsgType") === "image";
}

/** True when `m` carries WorkLinkMessage's match tags (MsgType=link). */
export function isWorkLinkMessage(m: unknown): m is T.WorkLinkMessage {
  return tag(m, "MsgType") === "link";
}

/** True when `m` carries WorkLocationEvent's match tags (MsgType=event, Event=LOCATION). */
export function isWorkLocationEvent(m: unknown): m is T.WorkLocationEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "LOCATION";
}

/** True when `m` carries WorkLocationMessage's match tags (MsgType=location). */
export function isWorkLocationMessage(m: unknown): m is T.WorkLocationMessage {
  return tag(m, "MsgType") === "location";
}

/** True when `m` carries WorkModifyCalendarEvent's match tags (MsgType=event, Event=modify_calendar). */
export function isWorkModifyCalendarEvent(m: unknown): m is T.WorkModifyCalendarEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "modify_calendar";
}

/** True when `m` carries WorkModifyScheduleEvent's match tags (MsgType=event, Event=modify_schedule). */
export function isWorkModifyScheduleEvent(m: unknown): m is T.WorkModifyScheduleEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "modify_schedule";
}

/** True when `m` carries WorkRespondScheduleEvent's match tags (MsgType=event, Event=respond_schedule). */
export function isWorkRespondScheduleEvent(m: unknown): m is T.WorkRespondScheduleEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "respond_schedule";
}

/** True when `m` carries WorkSubscribeEvent's match tags (MsgType=event, Event=subscribe). */
export function isWorkSubscribeEvent(m: unknown): m is T.WorkSubscribeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "subscribe";
}

/** True when `m` carries WorkSysApprovalChangeEvent's match tags (MsgType=event, Event=sys_approval_change). */
export function isWorkSysApprovalChangeEvent(m: unknown): m is T.WorkSysApprovalChangeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "sys_approval_change";
}

/** True when `m` carries WorkTextMessage's match tags (MsgType=text). */
export function isWorkTextMessage(m: unknown): m is T.WorkTextMessage {
  return tag(m, "MsgType") === "text";
}

/** True when `m` carries WorkUnsubscribeEvent's match tags (MsgType=event, Event=unsubscribe). */
export function isWorkUnsubscribeEvent(m: unknown): m is T.WorkUnsubscribeEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "unsubscribe";
}

/** True when `m` carries WorkUpdatePartyEvent's match tags (MsgType=event, Event=change_contact, ChangeType=update_party). */
export function isWorkUpdatePartyEvent(m: unknown): m is T.WorkUpdatePartyEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "update_party";
}

/** True when `m` carries WorkUpdateTagEvent's match tags (MsgType=event, Event=change_contact, ChangeType=update_tag). */
export function isWorkUpdateTagEvent(m: unknown): m is T.WorkUpdateTagEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "update_tag";
}

/** True when `m` carries WorkUpdateUserEvent's match tags (MsgType=event, Event=change_contact, ChangeType=update_user). */
export function isWorkUpdateUserEvent(m: unknown): m is T.WorkUpdateUserEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "change_contact" && tag(m, "ChangeType") === "update_user";
}

/** True when `m` carries WorkVideoMessage's match tags (MsgType=video). */
export function isWorkVideoMessage(m: unknown): m is T.WorkVideoMessage {
  return tag(m, "MsgType") === "video";
}

/** True when `m` carries WorkViewEvent's match tags (MsgType=event, Event=view). */
export function isWorkViewEvent(m: unknown): m is T.WorkViewEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "view";
}

/** True when `m` carries WorkVoiceMessage's match tags (MsgType=voice). */
export function isWorkVoiceMessage(m: unknown): m is T.WorkVoiceMessage {
  return tag(m, "MsgType") === "voice";
}

/** True when `m` carries WxaCategoryAuditEvent's match tags (MsgType=event, Event=wxa_category_audit). */
export function isWxaCategoryAuditEvent(m: unknown): m is T.WxaCategoryAuditEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxa_category_audit";
}

/** True when `m` carries WxaMediaCheckEvent's match tags (MsgType=event, Event=wxa_media_check). */
export function isWxaMediaCheckEvent(m: unknown): m is T.WxaMediaCheckEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxa_media_check";
}

/** True when `m` carries WxaNicknameAuditEvent's match tags (MsgType=event, Event=wxa_nickname_audit). */
export function isWxaNicknameAuditEvent(m: unknown): m is T.WxaNicknameAuditEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxa_nickname_audit";
}

/** True when `m` carries WxaPrivacyApplyEvent's match tags (MsgType=event, Event=wxa_privacy_apply). */
export function isWxaPrivacyApplyEvent(m: unknown): m is T.WxaPrivacyApplyEvent {
  return tag(m, "MsgType") === "event" && tag(m, "Event") === "wxa_privacy_apply";
}
