// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `open/component`, by id: row and schemas. */
export const endpoints = {
  "component.clearQuotaByAppSecret": {
    "operationId": "open.component.clearQuotaByAppSecret", "id": "component.clearQuotaByAppSecret", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/clear_quota/v2", "token": "none", "fills": { "component_appid": "componentAppId", "appsecret": "componentAppSecret" }, "secrets": ["appsecret"],
    params: z.object({
      appid: z.optional(z.string()),
      component_appid: z.optional(z.string()),
      appsecret: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
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
  "component.fastRegister.create": {
    "operationId": "open.component.fastRegister.create", "id": "component.fastRegister.create", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/fastregisterweapp", "token": "component_access_token", "fixedQuery": { "action": "create" },
    params: z.object({
      name: z.string(),
      code: z.string(),
      code_type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      legal_persona_wechat: z.string(),
      legal_persona_name: z.string(),
      component_phone: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "component.fastRegister.createBeta": {
    "operationId": "open.component.fastRegister.createBeta", "id": "component.fastRegister.createBeta", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/component/fastregisterbetaweapp", "token": "component_access_token",
    params: z.object({
      name: z.string().check(z.minLength(4), z.maxLength(30)),
      openid: z.string(),
    }),
    result: z.looseObject({
      unique_id: z.optional(z.string()),
      authorize_url: z.optional(z.string()),
    })
  },
  "component.fastRegister.createPersonal": {
    "operationId": "open.component.fastRegister.createPersonal", "id": "component.fastRegister.createPersonal", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/component/fastregisterpersonalweapp", "token": "component_access_token", "fixedQuery": { "action": "create" },
    params: z.object({
      idname: z.string(),
      wxuser: z.string(),
      component_phone: z.optional(z.string()),
      new_version: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      taskid: z.optional(z.string()),
      authorize_url: z.optional(z.string()),
      status: z.optional(z.int()),
    })
  },
  "component.fastRegister.queryPersonal": {
    "operationId": "open.component.fastRegister.queryPersonal", "id": "component.fastRegister.queryPersonal", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/component/fastregisterpersonalweapp", "token": "component_access_token", "fixedQuery": { "action": "query" }, "idempotent": true,
    params: z.object({
      taskid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.int()),
    })
  },
  "component.fastRegister.search": {
    "operationId": "open.component.fastRegister.search", "id": "component.fastRegister.search", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/fastregisterweapp", "token": "component_access_token", "fixedQuery": { "action": "search" }, "idempotent": true,
    params: z.object({
      name: z.optional(z.string()),
      legal_persona_wechat: z.optional(z.string()),
      legal_persona_name: z.optional(z.string()),
    }),
    result: z.looseObject({})
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
  "component.getJumpDomainConfirmFile": {
    "operationId": "open.component.getJumpDomainConfirmFile", "id": "component.getJumpDomainConfirmFile", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/get_domain_confirmfile", "token": "component_access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      file_name: z.optional(z.string()),
      file_content: z.optional(z.string()),
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
  "component.modifyJumpDomain": {
    "operationId": "open.component.modifyJumpDomain", "id": "component.modifyJumpDomain", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/modify_wxa_jump_domain", "token": "component_access_token",
    params: z.object({
      action: z.enum(["add", "delete", "set", "get"]),
      wxa_jump_h5_domain: z.optional(z.string()),
      is_modify_published_together: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      published_wxa_jump_h5_domain: z.optional(z.string()),
      testing_wxa_jump_h5_domain: z.optional(z.string()),
      invalid_wxa_jump_h5_domain: z.optional(z.string()),
    })
  },
  "component.modifyServerDomain": {
    "operationId": "open.component.modifyServerDomain", "id": "component.modifyServerDomain", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/modify_wxa_server_domain", "token": "component_access_token",
    params: z.object({
      action: z.enum(["add", "delete", "set", "get"]),
      wxa_server_domain: z.optional(z.string()),
      is_modify_published_together: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      published_wxa_server_domain: z.optional(z.string()),
      testing_wxa_server_domain: z.optional(z.string()),
      invalid_wxa_server_domain: z.optional(z.string()),
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
  "component.template.add": {
    "operationId": "open.component.template.add", "id": "component.template.add", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/addtotemplate", "token": "component_access_token",
    params: z.object({
      draft_id: z.int(),
      template_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({})
  },
  "component.template.delete": {
    "operationId": "open.component.template.delete", "id": "component.template.delete", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/deletetemplate", "token": "component_access_token",
    params: z.object({
      template_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "component.template.list": {
    "operationId": "open.component.template.list", "id": "component.template.list", "products": ["open"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/gettemplatelist", "token": "component_access_token", "query": ["template_type"], "idempotent": true,
    params: z.object({
      template_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      template_list: z.optional(z.array(z.looseObject({
        create_time: z.optional(z.int()),
        user_version: z.optional(z.string()),
        user_desc: z.optional(z.string()),
        template_id: z.optional(z.int()),
        draft_id: z.optional(z.int()),
        template_type: z.optional(z.union([z.literal(0), z.literal(1)])),
        source_miniprogram_appid: z.optional(z.string()),
        source_miniprogram: z.optional(z.string()),
        developer: z.optional(z.string()),
        category_list: z.optional(z.array(z.looseObject({
          address: z.optional(z.string()),
          tag: z.optional(z.string()),
          first_class: z.optional(z.string()),
          first_id: z.optional(z.int()),
          second_class: z.optional(z.string()),
          second_id: z.optional(z.int()),
        }))),
        audit_scene: z.optional(z.int()),
        audit_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        reason: z.optional(z.string()),
      }))),
    })
  },
  "component.template.listDrafts": {
    "operationId": "open.component.template.listDrafts", "id": "component.template.listDrafts", "products": ["open"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/gettemplatedraftlist", "token": "component_access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      draft_list: z.optional(z.array(z.looseObject({
        create_time: z.optional(z.int()),
        user_version: z.optional(z.string()),
        user_desc: z.optional(z.string()),
        draft_id: z.optional(z.int()),
        source_miniprogram_appid: z.optional(z.string()),
        source_miniprogram: z.optional(z.string()),
        developer: z.optional(z.string()),
        category_list: z.optional(z.array(z.unknown())),
      }))),
    })
  },
} as const;
