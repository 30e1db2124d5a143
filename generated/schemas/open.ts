// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/open.js';
export const OpenComponentCode2SessionParams: z.ZodType<T.OpenComponentCode2SessionParams> = z.object({
  appid: z.string(),
  js_code: z.string(),
  grant_type: z.enum(["authorization_code"]),
  component_appid: z.string(),
});
export const OpenComponentCode2SessionResult: z.ZodType<T.OpenComponentCode2SessionResult> = z.looseObject({
  openid: z.string(),
  session_key: z.string(),
  unionid: z.string().optional(),
});
export const OpenComponentCreatePreAuthCodeParams: z.ZodType<T.OpenComponentCreatePreAuthCodeParams> = z.object({
  component_appid: z.string(),
});
export const OpenComponentCreatePreAuthCodeResult: z.ZodType<T.OpenComponentCreatePreAuthCodeResult> = z.looseObject({
  pre_auth_code: z.string(),
  expires_in: z.number().int(),
});
export const OpenComponentGetAuthorizerInfoParams: z.ZodType<T.OpenComponentGetAuthorizerInfoParams> = z.object({
  component_appid: z.string(),
  authorizer_appid: z.string(),
});
export const OpenComponentGetAuthorizerInfoResult: z.ZodType<T.OpenComponentGetAuthorizerInfoResult> = z.looseObject({
  authorizer_info: z.looseObject({
    nick_name: z.string().optional(),
    head_img: z.string().optional(),
    service_type_info: z.looseObject({
      id: z.number().int().optional(),
      name: z.string().optional(),
    }).optional(),
    verify_type_info: z.looseObject({
      id: z.number().int().optional(),
      name: z.string().optional(),
    }).optional(),
    user_name: z.string().optional(),
    alias: z.string().optional(),
    qrcode_url: z.string().optional(),
    business_info: z.looseObject({
      open_pay: z.number().int().optional(),
      open_shake: z.number().int().optional(),
      open_scan: z.number().int().optional(),
      open_card: z.number().int().optional(),
      open_store: z.number().int().optional(),
    }).optional(),
    idc: z.number().int().optional(),
    principal_name: z.string().optional(),
    signature: z.string().optional(),
    MiniProgramInfo: z.looseObject({
      network: z.looseObject({
        RequestDomain: z.array(z.string()).optional(),
        WsRequestDomain: z.array(z.string()).optional(),
        UploadDomain: z.array(z.string()).optional(),
        DownloadDomain: z.array(z.string()).optional(),
        UDPDomain: z.array(z.string()).optional(),
        TCPDomain: z.array(z.string()).optional(),
        BizDomain: z.array(z.string()).optional(),
      }).optional(),
      categories: z.array(z.looseObject({
        first: z.string().optional(),
        second: z.string().optional(),
      })).optional(),
      visit_status: z.number().int().optional(),
    }).optional(),
    register_type: z.number().int().optional(),
    account_status: z.number().int().optional(),
    basic_config: z.looseObject({
      is_phone_configured: z.boolean().optional(),
      is_email_configured: z.boolean().optional(),
    }).optional(),
    channels_info: z.looseObject({
      id: z.number().int().optional(),
    }).optional(),
    store_info: z.looseObject({
      id: z.number().int().optional(),
    }).optional(),
    talent_info: z.looseObject({
      id: z.number().int().optional(),
    }).optional(),
    supplier_info: z.looseObject({
      id: z.number().int().optional(),
    }).optional(),
  }),
  authorization_info: z.looseObject({
    authorizer_appid: z.string(),
    authorizer_refresh_token: z.string().optional(),
    func_info: z.array(S.ComponentFuncInfo).optional(),
  }),
});
export const OpenComponentGetAuthorizerListParams: z.ZodType<T.OpenComponentGetAuthorizerListParams> = z.object({
  component_appid: z.string(),
  offset: z.number().int(),
  count: z.number().int(),
});
export const OpenComponentGetAuthorizerListResult: z.ZodType<T.OpenComponentGetAuthorizerListResult> = z.looseObject({
  total_count: z.number().int(),
  list: z.array(z.looseObject({
    authorizer_appid: z.string(),
    refresh_token: z.string().optional(),
    auth_time: z.number().int().optional(),
  })),
});
export const OpenComponentGetAuthorizerOptionParams: z.ZodType<T.OpenComponentGetAuthorizerOptionParams> = z.object({
  component_appid: z.string(),
  authorizer_appid: z.string(),
  option_name: z.string(),
});
export const OpenComponentGetAuthorizerOptionResult: z.ZodType<T.OpenComponentGetAuthorizerOptionResult> = z.looseObject({
  authorizer_appid: z.string().optional(),
  option_name: z.string(),
  option_value: z.string(),
});
export const OpenComponentGetAuthorizerTokenParams: z.ZodType<T.OpenComponentGetAuthorizerTokenParams> = z.object({
  component_appid: z.string(),
  authorizer_appid: z.string(),
  authorizer_refresh_token: z.string(),
});
export const OpenComponentGetAuthorizerTokenResult: z.ZodType<T.OpenComponentGetAuthorizerTokenResult> = z.looseObject({
  authorizer_access_token: z.string(),
  expires_in: z.number().int(),
  authorizer_refresh_token: z.string(),
});
export const OpenComponentGetTokenParams: z.ZodType<T.OpenComponentGetTokenParams> = z.object({
  component_appid: z.string(),
  component_appsecret: z.string(),
  component_verify_ticket: z.string(),
});
export const OpenComponentGetTokenResult: z.ZodType<T.OpenComponentGetTokenResult> = z.looseObject({
  component_access_token: z.string(),
  expires_in: z.number().int(),
});
export const OpenComponentQueryAuthParams: z.ZodType<T.OpenComponentQueryAuthParams> = z.object({
  component_appid: z.string(),
  authorization_code: z.string(),
});
export const OpenComponentQueryAuthResult: z.ZodType<T.OpenComponentQueryAuthResult> = z.looseObject({
  authorization_info: z.looseObject({
    authorizer_appid: z.string(),
    authorizer_access_token: z.string().optional(),
    expires_in: z.number().int().optional(),
    authorizer_refresh_token: z.string().optional(),
    func_info: z.array(S.ComponentFuncInfo).optional(),
  }),
});
export const OpenComponentSetAuthorizerOptionParams: z.ZodType<T.OpenComponentSetAuthorizerOptionParams> = z.object({
  component_appid: z.string(),
  authorizer_appid: z.string(),
  option_name: z.string(),
  option_value: z.string(),
});
export const OpenComponentSetAuthorizerOptionResult: z.ZodType<T.OpenComponentSetAuthorizerOptionResult> = z.looseObject({});
export const OpenComponentStartPushTicketParams: z.ZodType<T.OpenComponentStartPushTicketParams> = z.object({
  component_appid: z.string(),
  component_secret: z.string(),
});
export const OpenComponentStartPushTicketResult: z.ZodType<T.OpenComponentStartPushTicketResult> = z.looseObject({});
export const OpenOauthGetAccessTokenParams: z.ZodType<T.OpenOauthGetAccessTokenParams> = z.object({
  appid: z.string(),
  code: z.string(),
  grant_type: z.enum(["authorization_code"]),
  component_appid: z.string(),
});
export const OpenOauthGetAccessTokenResult: z.ZodType<T.OpenOauthGetAccessTokenResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
  refresh_token: z.string(),
  openid: z.string(),
  scope: z.string().optional(),
});
export const OpenOauthRefreshAccessTokenParams: z.ZodType<T.OpenOauthRefreshAccessTokenParams> = z.object({
  appid: z.string(),
  grant_type: z.enum(["refresh_token"]),
  component_appid: z.string(),
  refresh_token: z.string(),
});
export const OpenOauthRefreshAccessTokenResult: z.ZodType<T.OpenOauthRefreshAccessTokenResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
  refresh_token: z.string(),
  openid: z.string(),
  scope: z.string().optional(),
});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "open.component.code2Session": { params: OpenComponentCode2SessionParams, result: OpenComponentCode2SessionResult },
  "open.component.createPreAuthCode": { params: OpenComponentCreatePreAuthCodeParams, result: OpenComponentCreatePreAuthCodeResult },
  "open.component.getAuthorizerInfo": { params: OpenComponentGetAuthorizerInfoParams, result: OpenComponentGetAuthorizerInfoResult },
  "open.component.getAuthorizerList": { params: OpenComponentGetAuthorizerListParams, result: OpenComponentGetAuthorizerListResult },
  "open.component.getAuthorizerOption": { params: OpenComponentGetAuthorizerOptionParams, result: OpenComponentGetAuthorizerOptionResult },
  "open.component.getAuthorizerToken": { params: OpenComponentGetAuthorizerTokenParams, result: OpenComponentGetAuthorizerTokenResult },
  "open.component.getToken": { params: OpenComponentGetTokenParams, result: OpenComponentGetTokenResult },
  "open.component.queryAuth": { params: OpenComponentQueryAuthParams, result: OpenComponentQueryAuthResult },
  "open.component.setAuthorizerOption": { params: OpenComponentSetAuthorizerOptionParams, result: OpenComponentSetAuthorizerOptionResult },
  "open.component.startPushTicket": { params: OpenComponentStartPushTicketParams, result: OpenComponentStartPushTicketResult },
  "open.oauth.getAccessToken": { params: OpenOauthGetAccessTokenParams, result: OpenOauthGetAccessTokenResult },
  "open.oauth.refreshAccessToken": { params: OpenOauthRefreshAccessTokenParams, result: OpenOauthRefreshAccessTokenResult },
};
