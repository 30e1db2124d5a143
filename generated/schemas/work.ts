// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/work.js';
export const WorkAgentGetParams: z.ZodType<T.WorkAgentGetParams> = z.object({
  agentid: z.number().int(),
});
export const WorkAgentGetResult: z.ZodType<T.WorkAgentGetResult> = z.looseObject({
  agentid: z.number().int(),
  name: z.string().optional(),
  square_logo_url: z.string().optional(),
  description: z.string().optional(),
  allow_userinfos: z.looseObject({
    user: z.array(z.looseObject({
      userid: z.string(),
    })).optional(),
  }).optional(),
  allow_partys: z.looseObject({
    partyid: z.array(z.number().int()).optional(),
  }).optional(),
  allow_tags: z.looseObject({
    tagid: z.array(z.number().int()).optional(),
  }).optional(),
  close: z.union([z.literal(0), z.literal(1)]).optional(),
  redirect_domain: z.string().optional(),
  report_location_flag: z.number().int().optional(),
  isreportenter: z.union([z.literal(0), z.literal(1)]).optional(),
  home_url: z.string().optional(),
  customized_publish_status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
});
export const WorkAgentSetParams: z.ZodType<T.WorkAgentSetParams> = z.object({
  agentid: z.number().int(),
  report_location_flag: z.union([z.literal(0), z.literal(1)]).optional(),
  logo_mediaid: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  redirect_domain: z.string().optional(),
  isreportenter: z.union([z.literal(0), z.literal(1)]).optional(),
  home_url: z.string().optional(),
});
export const WorkAgentSetResult: z.ZodType<T.WorkAgentSetResult> = z.looseObject({});
export const WorkBasicGetApiDomainIpParams: z.ZodType<T.WorkBasicGetApiDomainIpParams> = z.object({});
export const WorkBasicGetApiDomainIpResult: z.ZodType<T.WorkBasicGetApiDomainIpResult> = z.looseObject({
  ip_list: z.array(z.string()),
});
export const WorkBasicGetCallbackIpParams: z.ZodType<T.WorkBasicGetCallbackIpParams> = z.object({});
export const WorkBasicGetCallbackIpResult: z.ZodType<T.WorkBasicGetCallbackIpResult> = z.looseObject({
  ip_list: z.array(z.string()),
});
export const WorkJssdkGetAgentTicketParams: z.ZodType<T.WorkJssdkGetAgentTicketParams> = z.object({});
export const WorkJssdkGetAgentTicketResult: z.ZodType<T.WorkJssdkGetAgentTicketResult> = z.looseObject({
  ticket: z.string(),
  expires_in: z.number().int(),
});
export const WorkJssdkGetCorpTicketParams: z.ZodType<T.WorkJssdkGetCorpTicketParams> = z.object({});
export const WorkJssdkGetCorpTicketResult: z.ZodType<T.WorkJssdkGetCorpTicketResult> = z.looseObject({
  ticket: z.string(),
  expires_in: z.number().int(),
});
export const WorkMediaGetParams: z.ZodType<T.WorkMediaGetParams> = z.object({
  media_id: z.string(),
});
export const WorkMediaUploadParams: z.ZodType<T.WorkMediaUploadParams> = z.object({
  type: z.enum(["image", "voice", "video", "file"]),
  media: H.upload,
});
export const WorkMediaUploadResult: z.ZodType<T.WorkMediaUploadResult> = z.looseObject({
  type: z.string().optional(),
  media_id: z.string(),
  created_at: z.string().optional(),
});
export const WorkMenuCreateParams: z.ZodType<T.WorkMenuCreateParams> = z.object({
  agentid: z.number().int(),
  button: z.array(S.WorkMenuButton),
});
export const WorkMenuCreateResult: z.ZodType<T.WorkMenuCreateResult> = z.looseObject({});
export const WorkMenuDeleteParams: z.ZodType<T.WorkMenuDeleteParams> = z.object({
  agentid: z.number().int(),
});
export const WorkMenuDeleteResult: z.ZodType<T.WorkMenuDeleteResult> = z.looseObject({});
export const WorkMenuGetParams: z.ZodType<T.WorkMenuGetParams> = z.object({
  agentid: z.number().int(),
});
export const WorkMenuGetResult: z.ZodType<T.WorkMenuGetResult> = z.looseObject({
  button: z.array(S.WorkMenuButton).optional(),
});
export const WorkTokenGetParams: z.ZodType<T.WorkTokenGetParams> = z.object({
  corpid: z.string(),
  corpsecret: z.string(),
});
export const WorkTokenGetResult: z.ZodType<T.WorkTokenGetResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
});
export const WorkUserGetParams: z.ZodType<T.WorkUserGetParams> = z.object({
  userid: z.string(),
});
export const WorkUserGetResult: z.ZodType<T.WorkUserGetResult> = z.looseObject({
  userid: z.string(),
  name: z.string(),
  mobile: z.string().optional(),
  department: z.array(z.number().int()),
  order: z.array(z.number().int()).optional(),
  position: z.string().optional(),
  gender: z.enum(["0", "1", "2"]).optional(),
  email: z.string().optional(),
  biz_mail: z.string().optional(),
  is_leader_in_dept: z.array(z.number().int()).optional(),
  direct_leader: z.array(z.string()).optional(),
  avatar: z.string().optional(),
  thumb_avatar: z.string().optional(),
  telephone: z.string().optional(),
  alias: z.string().optional(),
  extattr: z.looseObject({
    attrs: z.array(S.WorkUserAttr).optional(),
  }).optional(),
  status: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(5)]).optional(),
  qr_code: z.string().optional(),
  external_profile: z.looseObject({
    external_corp_name: z.string().optional(),
    wechat_channels: z.looseObject({
      nickname: z.string().optional(),
      status: z.number().int().optional(),
    }).optional(),
    external_attr: z.array(S.WorkUserAttr).optional(),
  }).optional(),
  external_position: z.string().optional(),
  address: z.string().optional(),
  open_userid: z.string().optional(),
  main_department: z.number().int().optional(),
});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "work.agent.get": { params: WorkAgentGetParams, result: WorkAgentGetResult },
  "work.agent.set": { params: WorkAgentSetParams, result: WorkAgentSetResult },
  "work.basic.getApiDomainIp": { params: WorkBasicGetApiDomainIpParams, result: WorkBasicGetApiDomainIpResult },
  "work.basic.getCallbackIp": { params: WorkBasicGetCallbackIpParams, result: WorkBasicGetCallbackIpResult },
  "work.jssdk.getAgentTicket": { params: WorkJssdkGetAgentTicketParams, result: WorkJssdkGetAgentTicketResult },
  "work.jssdk.getCorpTicket": { params: WorkJssdkGetCorpTicketParams, result: WorkJssdkGetCorpTicketResult },
  "work.media.get": { params: WorkMediaGetParams },
  "work.media.upload": { params: WorkMediaUploadParams, result: WorkMediaUploadResult },
  "work.menu.create": { params: WorkMenuCreateParams, result: WorkMenuCreateResult },
  "work.menu.delete": { params: WorkMenuDeleteParams, result: WorkMenuDeleteResult },
  "work.menu.get": { params: WorkMenuGetParams, result: WorkMenuGetResult },
  "work.token.get": { params: WorkTokenGetParams, result: WorkTokenGetResult },
  "work.user.get": { params: WorkUserGetParams, result: WorkUserGetResult },
};
