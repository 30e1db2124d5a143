// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/oa.js';
export const BasicCheckCallbackParams: z.ZodType<T.BasicCheckCallbackParams> = z.object({
  action: z.enum(["all", "dns", "ping"]),
  check_operator: z.enum(["CHINANET", "UNICOM", "CAP", "DEFAULT"]),
});
export const BasicCheckCallbackResult: z.ZodType<T.BasicCheckCallbackResult> = z.looseObject({
  dns: z.array(z.looseObject({
    ip: z.string().optional(),
    real_operator: z.string().optional(),
  })).optional(),
  ping: z.array(z.looseObject({
    ip: z.string().optional(),
    from_operator: z.string().optional(),
    package_loss: z.string().optional(),
    time: z.string().optional(),
  })).optional(),
});
export const BasicGetApiDomainIpParams: z.ZodType<T.BasicGetApiDomainIpParams> = z.object({});
export const BasicGetApiDomainIpResult: z.ZodType<T.BasicGetApiDomainIpResult> = z.looseObject({
  ip_list: z.array(z.string()),
});
export const BasicGetCallbackIpParams: z.ZodType<T.BasicGetCallbackIpParams> = z.object({});
export const BasicGetCallbackIpResult: z.ZodType<T.BasicGetCallbackIpResult> = z.looseObject({
  ip_list: z.array(z.string()),
});
export const MenuAddConditionalParams: z.ZodType<T.MenuAddConditionalParams> = z.object({
  button: z.array(S.MenuButton),
  matchrule: z.object({
    tag_id: z.string().optional(),
    client_platform_type: z.enum(["1", "2", "3"]).optional(),
    group_id: z.string().optional(),
    sex: z.string().optional(),
    country: z.string().optional(),
    province: z.string().optional(),
    city: z.string().optional(),
    language: z.string().optional(),
  }),
});
export const MenuAddConditionalResult: z.ZodType<T.MenuAddConditionalResult> = z.looseObject({
  menuid: z.string(),
});
export const MenuCreateParams: z.ZodType<T.MenuCreateParams> = z.object({
  button: z.array(S.MenuButton),
});
export const MenuCreateResult: z.ZodType<T.MenuCreateResult> = z.looseObject({});
export const MenuDeleteParams: z.ZodType<T.MenuDeleteParams> = z.object({});
export const MenuDeleteResult: z.ZodType<T.MenuDeleteResult> = z.looseObject({});
export const MenuDeleteConditionalParams: z.ZodType<T.MenuDeleteConditionalParams> = z.object({
  menuid: z.string(),
});
export const MenuDeleteConditionalResult: z.ZodType<T.MenuDeleteConditionalResult> = z.looseObject({});
export const MenuGetParams: z.ZodType<T.MenuGetParams> = z.object({});
export const MenuGetResult: z.ZodType<T.MenuGetResult> = z.looseObject({
  menu: z.looseObject({
    button: z.array(S.MenuButton),
    menuid: H.int64Out.optional(),
  }).optional(),
  conditionalmenu: z.array(z.looseObject({
    button: z.array(S.MenuButton),
    matchrule: z.unknown(),
    menuid: H.int64Out.optional(),
  })).optional(),
});
export const MenuGetCurrentSelfMenuInfoParams: z.ZodType<T.MenuGetCurrentSelfMenuInfoParams> = z.object({});
export const MenuGetCurrentSelfMenuInfoResult: z.ZodType<T.MenuGetCurrentSelfMenuInfoResult> = z.looseObject({
  is_menu_open: z.union([z.literal(0), z.literal(1)]),
  selfmenu_info: z.looseObject({
    button: z.array(S.SelfMenuButton).optional(),
  }).optional(),
});
export const MenuTryMatchParams: z.ZodType<T.MenuTryMatchParams> = z.object({
  user_id: z.string(),
});
export const MenuTryMatchResult: z.ZodType<T.MenuTryMatchResult> = z.looseObject({
  button: z.array(S.MenuButton),
});
export const MessageTemplateSendParams: z.ZodType<T.MessageTemplateSendParams> = z.object({
  touser: z.string(),
  template_id: z.string(),
  url: z.string().optional(),
  miniprogram: z.object({
    appid: z.string(),
    pagepath: z.string().optional(),
  }).optional(),
  client_msg_id: z.string().optional(),
  data: z.unknown(),
});
export const MessageTemplateSendResult: z.ZodType<T.MessageTemplateSendResult> = z.looseObject({
  msgid: H.int64Out,
});
export const OauthCheckAccessTokenParams: z.ZodType<T.OauthCheckAccessTokenParams> = z.object({
  access_token: z.string(),
  openid: z.string(),
});
export const OauthCheckAccessTokenResult: z.ZodType<T.OauthCheckAccessTokenResult> = z.looseObject({});
export const OauthGetAccessTokenParams: z.ZodType<T.OauthGetAccessTokenParams> = z.object({
  appid: z.string(),
  secret: z.string(),
  code: z.string(),
  grant_type: z.enum(["authorization_code"]),
});
export const OauthGetAccessTokenResult: z.ZodType<T.OauthGetAccessTokenResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
  refresh_token: z.string(),
  openid: z.string(),
  scope: z.string().optional(),
  is_snapshotuser: z.literal(1).optional(),
  unionid: z.string().optional(),
});
export const OauthGetUserInfoParams: z.ZodType<T.OauthGetUserInfoParams> = z.object({
  access_token: z.string(),
  openid: z.string(),
  lang: z.enum(["zh_CN", "zh_TW", "en"]).optional(),
});
export const OauthGetUserInfoResult: z.ZodType<T.OauthGetUserInfoResult> = z.looseObject({
  openid: z.string(),
  nickname: z.string().optional(),
  sex: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  province: z.string().optional(),
  city: z.string().optional(),
  country: z.string().optional(),
  headimgurl: z.string().optional(),
  privilege: z.array(z.string()).optional(),
  unionid: z.string().optional(),
});
export const OauthRefreshAccessTokenParams: z.ZodType<T.OauthRefreshAccessTokenParams> = z.object({
  appid: z.string(),
  grant_type: z.enum(["refresh_token"]),
  refresh_token: z.string(),
});
export const OauthRefreshAccessTokenResult: z.ZodType<T.OauthRefreshAccessTokenResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
  refresh_token: z.string(),
  openid: z.string(),
  scope: z.string().optional(),
});
export const QrcodeCreateParams: z.ZodType<T.QrcodeCreateParams> = z.object({
  expire_seconds: z.number().int().optional(),
  action_name: z.enum(["QR_SCENE", "QR_STR_SCENE", "QR_LIMIT_SCENE", "QR_LIMIT_STR_SCENE"]),
  action_info: z.object({
    scene: z.object({
      scene_id: z.number().int().optional(),
      scene_str: z.string().optional(),
    }).optional(),
  }),
});
export const QrcodeCreateResult: z.ZodType<T.QrcodeCreateResult> = z.looseObject({
  ticket: z.string(),
  expire_seconds: z.number().int().optional(),
  url: z.string(),
});
export const QrcodeShowParams: z.ZodType<T.QrcodeShowParams> = z.object({
  ticket: z.string(),
});
export const TagsCreateParams: z.ZodType<T.TagsCreateParams> = z.object({
  tag: z.object({
    name: z.string(),
  }),
});
export const TagsCreateResult: z.ZodType<T.TagsCreateResult> = z.looseObject({
  tag: z.looseObject({
    id: z.number().int(),
    name: z.string(),
  }),
});
export const TagsDeleteParams: z.ZodType<T.TagsDeleteParams> = z.object({
  tag: z.object({
    id: z.number().int().optional(),
  }).optional(),
});
export const TagsDeleteResult: z.ZodType<T.TagsDeleteResult> = z.looseObject({});
export const TagsGetParams: z.ZodType<T.TagsGetParams> = z.object({});
export const TagsGetResult: z.ZodType<T.TagsGetResult> = z.looseObject({
  tags: z.array(z.looseObject({
    id: z.number().int(),
    name: z.string(),
    count: z.number().int().optional(),
  })),
});
export const TagsGetIdListParams: z.ZodType<T.TagsGetIdListParams> = z.object({
  openid: z.string(),
});
export const TagsGetIdListResult: z.ZodType<T.TagsGetIdListResult> = z.looseObject({
  tagid_list: z.array(z.number().int()),
});
export const TagsMembersBatchBlacklistParams: z.ZodType<T.TagsMembersBatchBlacklistParams> = z.object({
  openid_list: z.array(z.string()),
});
export const TagsMembersBatchBlacklistResult: z.ZodType<T.TagsMembersBatchBlacklistResult> = z.looseObject({});
export const TagsMembersBatchTagParams: z.ZodType<T.TagsMembersBatchTagParams> = z.object({
  openid_list: z.array(z.string()),
  tagid: z.number().int(),
});
export const TagsMembersBatchTagResult: z.ZodType<T.TagsMembersBatchTagResult> = z.looseObject({});
export const TagsMembersBatchUnblacklistParams: z.ZodType<T.TagsMembersBatchUnblacklistParams> = z.object({
  openid_list: z.array(z.string()),
});
export const TagsMembersBatchUnblacklistResult: z.ZodType<T.TagsMembersBatchUnblacklistResult> = z.looseObject({});
export const TagsMembersBatchUntagParams: z.ZodType<T.TagsMembersBatchUntagParams> = z.object({
  openid_list: z.array(z.string()),
  tagid: z.number().int(),
});
export const TagsMembersBatchUntagResult: z.ZodType<T.TagsMembersBatchUntagResult> = z.looseObject({});
export const TagsMembersGetBlacklistParams: z.ZodType<T.TagsMembersGetBlacklistParams> = z.object({
  begin_openid: z.string().optional(),
});
export const TagsMembersGetBlacklistResult: z.ZodType<T.TagsMembersGetBlacklistResult> = z.looseObject({
  total: z.number().int(),
  count: z.number().int(),
  data: z.looseObject({
    openid: z.array(z.string()).optional(),
  }).optional(),
  next_openid: z.string().optional(),
});
export const TagsUpdateParams: z.ZodType<T.TagsUpdateParams> = z.object({
  tag: z.object({
    id: z.number().int(),
    name: z.string(),
  }),
});
export const TagsUpdateResult: z.ZodType<T.TagsUpdateResult> = z.looseObject({});
export const TagsUsersParams: z.ZodType<T.TagsUsersParams> = z.object({
  tagid: z.number().int().optional(),
  next_openid: z.string().optional(),
});
export const TagsUsersResult: z.ZodType<T.TagsUsersResult> = z.looseObject({
  count: z.number().int(),
  data: z.looseObject({
    openid: z.array(z.string()).optional(),
  }).optional(),
  next_openid: z.string().optional(),
});
export const TicketGetParams: z.ZodType<T.TicketGetParams> = z.object({
  type: z.enum(["jsapi", "wx_card"]),
});
export const TicketGetResult: z.ZodType<T.TicketGetResult> = z.looseObject({
  ticket: z.string(),
  expires_in: z.number().int(),
});
export const UserBatchGetInfoParams: z.ZodType<T.UserBatchGetInfoParams> = z.object({
  user_list: z.array(z.object({
    openid: z.string(),
    lang: z.enum(["zh_CN", "zh_TW", "en"]).optional(),
  })),
});
export const UserBatchGetInfoResult: z.ZodType<T.UserBatchGetInfoResult> = z.looseObject({
  user_info_list: z.array(z.looseObject({
    subscribe: z.union([z.literal(0), z.literal(1)]),
    openid: z.string(),
    nickname: z.string().optional(),
    sex: z.number().int().optional(),
    language: z.string().optional(),
    city: z.string().optional(),
    province: z.string().optional(),
    country: z.string().optional(),
    headimgurl: z.string().optional(),
    subscribe_time: z.number().int().optional(),
    unionid: z.string().optional(),
    remark: z.string().optional(),
    groupid: z.number().int().optional(),
    tagid_list: z.array(z.number().int()).optional(),
    subscribe_scene: z.string().optional(),
    qr_scene: z.number().int().optional(),
    qr_scene_str: z.string().optional(),
  })),
});
export const UserInfoParams: z.ZodType<T.UserInfoParams> = z.object({
  openid: z.string(),
  lang: z.enum(["zh_CN", "zh_TW", "en"]).optional(),
});
export const UserInfoResult: z.ZodType<T.UserInfoResult> = z.looseObject({
  subscribe: z.union([z.literal(0), z.literal(1)]),
  openid: z.string(),
  language: z.string().optional(),
  subscribe_time: z.number().int().optional(),
  unionid: z.string().optional(),
  remark: z.string().optional(),
  groupid: z.number().int().optional(),
  tagid_list: z.array(z.number().int()).optional(),
  subscribe_scene: z.string().optional(),
  qr_scene: z.number().int().optional(),
  qr_scene_str: z.string().optional(),
});
export const UserListParams: z.ZodType<T.UserListParams> = z.object({
  next_openid: z.string().optional(),
});
export const UserListResult: z.ZodType<T.UserListResult> = z.looseObject({
  total: z.number().int(),
  count: z.number().int(),
  data: z.looseObject({
    openid: z.array(z.string()).optional(),
  }).optional(),
  next_openid: z.string().optional(),
});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "oa.basic.checkCallback": { params: BasicCheckCallbackParams, result: BasicCheckCallbackResult },
  "oa.basic.getApiDomainIp": { params: BasicGetApiDomainIpParams, result: BasicGetApiDomainIpResult },
  "oa.basic.getCallbackIp": { params: BasicGetCallbackIpParams, result: BasicGetCallbackIpResult },
  "oa.menu.addConditional": { params: MenuAddConditionalParams, result: MenuAddConditionalResult },
  "oa.menu.create": { params: MenuCreateParams, result: MenuCreateResult },
  "oa.menu.delete": { params: MenuDeleteParams, result: MenuDeleteResult },
  "oa.menu.deleteConditional": { params: MenuDeleteConditionalParams, result: MenuDeleteConditionalResult },
  "oa.menu.get": { params: MenuGetParams, result: MenuGetResult },
  "oa.menu.getCurrentSelfMenuInfo": { params: MenuGetCurrentSelfMenuInfoParams, result: MenuGetCurrentSelfMenuInfoResult },
  "oa.menu.tryMatch": { params: MenuTryMatchParams, result: MenuTryMatchResult },
  "oa.message.template.send": { params: MessageTemplateSendParams, result: MessageTemplateSendResult },
  "oa.oauth.checkAccessToken": { params: OauthCheckAccessTokenParams, result: OauthCheckAccessTokenResult },
  "oa.oauth.getAccessToken": { params: OauthGetAccessTokenParams, result: OauthGetAccessTokenResult },
  "oa.oauth.getUserInfo": { params: OauthGetUserInfoParams, result: OauthGetUserInfoResult },
  "oa.oauth.refreshAccessToken": { params: OauthRefreshAccessTokenParams, result: OauthRefreshAccessTokenResult },
  "oa.qrcode.create": { params: QrcodeCreateParams, result: QrcodeCreateResult },
  "oa.qrcode.show": { params: QrcodeShowParams },
  "oa.tags.create": { params: TagsCreateParams, result: TagsCreateResult },
  "oa.tags.delete": { params: TagsDeleteParams, result: TagsDeleteResult },
  "oa.tags.get": { params: TagsGetParams, result: TagsGetResult },
  "oa.tags.getIdList": { params: TagsGetIdListParams, result: TagsGetIdListResult },
  "oa.tags.members.batchBlacklist": { params: TagsMembersBatchBlacklistParams, result: TagsMembersBatchBlacklistResult },
  "oa.tags.members.batchTag": { params: TagsMembersBatchTagParams, result: TagsMembersBatchTagResult },
  "oa.tags.members.batchUnblacklist": { params: TagsMembersBatchUnblacklistParams, result: TagsMembersBatchUnblacklistResult },
  "oa.tags.members.batchUntag": { params: TagsMembersBatchUntagParams, result: TagsMembersBatchUntagResult },
  "oa.tags.members.getBlacklist": { params: TagsMembersGetBlacklistParams, result: TagsMembersGetBlacklistResult },
  "oa.tags.update": { params: TagsUpdateParams, result: TagsUpdateResult },
  "oa.tags.users": { params: TagsUsersParams, result: TagsUsersResult },
  "oa.ticket.get": { params: TicketGetParams, result: TicketGetResult },
  "oa.user.batchGetInfo": { params: UserBatchGetInfoParams, result: UserBatchGetInfoResult },
  "oa.user.info": { params: UserInfoParams, result: UserInfoResult },
  "oa.user.list": { params: UserListParams, result: UserListResult },
};
