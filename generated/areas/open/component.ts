// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `open/component`, by id: row and schemas. */
export const endpoints = {
  "component.code2Session": {
    "operationId": "open.component.code2Session", "id": "component.code2Session", "products": ["open"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/component/jscode2session", "token": "component_access_token", "query": ["appid", "js_code", "grant_type", "component_appid"], "fills": { "component_appid": "componentAppId" }, "secrets": ["js_code"],
    params: z.object({
      appid: z.string(),
      js_code: z.string(),
      grant_type: z.enum(["authorization_code"]),
      component_appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      openid: z.string(),
      session_key: z.string(),
      unionid: z.optional(z.string()),
    })
  },
  "component.createPreAuthCode": {
    "operationId": "open.component.createPreAuthCode", "id": "component.createPreAuthCode", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_create_preauthcode", "token": "component_access_token", "fills": { "component_appid": "componentAppId" },
    params: z.object({
      component_appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      pre_auth_code: z.string(),
      expires_in: z.int(),
    })
  },
  "component.getAuthorizerInfo": {
    "operationId": "open.component.getAuthorizerInfo", "id": "component.getAuthorizerInfo", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_get_authorizer_info", "token": "component_access_token", "idempotent": true, "fills": { "component_appid": "componentAppId" },
    params: z.object({
      component_appid: z.optional(z.string()),
      authorizer_appid: z.string(),
    }),
    result: z.looseObject({
      authorizer_info: z.looseObject({
        nick_name: z.optional(z.string()),
        head_img: z.optional(z.string()),
        service_type_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
        })),
        verify_type_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
        })),
        user_name: z.optional(z.string()),
        alias: z.optional(z.string()),
        qrcode_url: z.optional(z.string()),
        business_info: z.optional(z.looseObject({
          open_pay: z.optional(z.int()),
          open_shake: z.optional(z.int()),
          open_scan: z.optional(z.int()),
          open_card: z.optional(z.int()),
          open_store: z.optional(z.int()),
        })),
        idc: z.optional(z.int()),
        principal_name: z.optional(z.string()),
        signature: z.optional(z.string()),
        MiniProgramInfo: z.optional(z.looseObject({
          network: z.optional(z.looseObject({
            RequestDomain: z.optional(z.array(z.string())),
            WsRequestDomain: z.optional(z.array(z.string())),
            UploadDomain: z.optional(z.array(z.string())),
            DownloadDomain: z.optional(z.array(z.string())),
            UDPDomain: z.optional(z.array(z.string())),
            TCPDomain: z.optional(z.array(z.string())),
            BizDomain: z.optional(z.array(z.string())),
          })),
          categories: z.optional(z.array(z.looseObject({
            first: z.optional(z.string()),
            second: z.optional(z.string()),
          }))),
          visit_status: z.optional(z.int()),
        })),
        register_type: z.optional(z.int()),
        account_status: z.optional(z.int()),
        basic_config: z.optional(z.looseObject({
          is_phone_configured: z.optional(z.boolean()),
          is_email_configured: z.optional(z.boolean()),
        })),
        channels_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
        })),
        store_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
        })),
        talent_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
        })),
        supplier_info: z.optional(z.looseObject({
          id: z.optional(z.int()),
        })),
      }),
      authorization_info: z.looseObject({
        authorizer_appid: z.string(),
        authorizer_refresh_token: z.optional(z.string()),
        func_info: z.optional(z.array(S.ComponentFuncInfo)),
      }),
    })
  },
  "component.getAuthorizerList": {
    "operationId": "open.component.getAuthorizerList", "id": "component.getAuthorizerList", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_get_authorizer_list", "token": "component_access_token", "idempotent": true, "fills": { "component_appid": "componentAppId" },
    params: z.object({
      component_appid: z.optional(z.string()),
      offset: z.int(),
      count: z.int(),
    }),
    result: z.looseObject({
      total_count: z.int(),
      list: z.array(z.looseObject({
        authorizer_appid: z.string(),
        refresh_token: z.optional(z.string()),
        auth_time: z.optional(z.int()),
      })),
    })
  },
  "component.getAuthorizerOption": {
    "operationId": "open.component.getAuthorizerOption", "id": "component.getAuthorizerOption", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_get_authorizer_option", "token": "component_access_token", "idempotent": true, "fills": { "component_appid": "componentAppId" },
    params: z.object({
      component_appid: z.optional(z.string()),
      authorizer_appid: z.string(),
      option_name: z.string(),
    }),
    result: z.looseObject({
      authorizer_appid: z.optional(z.string()),
      option_name: z.string(),
      option_value: z.string(),
    })
  },
  "component.getAuthorizerToken": {
    "operationId": "open.component.getAuthorizerToken", "id": "component.getAuthorizerToken", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_authorizer_token", "token": "component_access_token", "fills": { "component_appid": "componentAppId" }, "secrets": ["authorizer_refresh_token"],
    params: z.object({
      component_appid: z.optional(z.string()),
      authorizer_appid: z.string(),
      authorizer_refresh_token: z.string(),
    }),
    result: z.looseObject({
      authorizer_access_token: z.string(),
      expires_in: z.int(),
      authorizer_refresh_token: z.string(),
    })
  },
  "component.getToken": {
    "operationId": "open.component.getToken", "id": "component.getToken", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_component_token", "token": "none", "fills": { "component_appid": "componentAppId", "component_appsecret": "componentAppSecret" }, "secrets": ["component_appsecret", "component_verify_ticket"],
    params: z.object({
      component_appid: z.optional(z.string()),
      component_appsecret: z.optional(z.string()),
      component_verify_ticket: z.string(),
    }),
    result: z.looseObject({
      component_access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "component.queryAuth": {
    "operationId": "open.component.queryAuth", "id": "component.queryAuth", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_query_auth", "token": "component_access_token", "fills": { "component_appid": "componentAppId" }, "secrets": ["authorization_code"],
    params: z.object({
      component_appid: z.optional(z.string()),
      authorization_code: z.string(),
    }),
    result: z.looseObject({
      authorization_info: z.looseObject({
        authorizer_appid: z.string(),
        authorizer_access_token: z.optional(z.string()),
        expires_in: z.optional(z.int()),
        authorizer_refresh_token: z.optional(z.string()),
        func_info: z.optional(z.array(S.ComponentFuncInfo)),
      }),
    })
  },
  "component.setAuthorizerOption": {
    "operationId": "open.component.setAuthorizerOption", "id": "component.setAuthorizerOption", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_set_authorizer_option", "token": "component_access_token", "fills": { "component_appid": "componentAppId" },
    params: z.object({
      component_appid: z.optional(z.string()),
      authorizer_appid: z.string(),
      option_name: z.string(),
      option_value: z.string(),
    }),
    result: z.looseObject({})
  },
  "component.startPushTicket": {
    "operationId": "open.component.startPushTicket", "id": "component.startPushTicket", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/api_start_push_ticket", "token": "none", "fills": { "component_appid": "componentAppId" }, "secrets": ["component_secret"],
    params: z.object({
      component_appid: z.optional(z.string()),
      component_secret: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
