// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work-suite/suite`, by id: row and schemas. */
export const endpoints = {
  "suite.getAdminList": {
    "operationId": "work-suite.suite.getAdminList", "id": "suite.getAdminList", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_admin_list", "token": "suite_access_token", "idempotent": true, "deprecated": "no longer maintained (document/path/100072): use /cgi-bin/agent/get_admin_list with the corp's access_token",
    params: z.object({
      auth_corpid: z.string(),
      agentid: z.int(),
    }),
    result: z.looseObject({
      admin: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        open_userid: z.optional(z.string()),
        auth_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
    })
  },
  "suite.getAppQrcode": {
    "operationId": "work-suite.suite.getAppQrcode", "id": "suite.getAppQrcode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_app_qrcode", "token": "suite_access_token", "response": "json-or-binary", "contentTypes": ["image/png"], "idempotent": true,
    params: z.object({
      suite_id: z.string(),
      appid: z.optional(z.int()),
      state: z.optional(z.string().check(z.maxLength(32))),
      style: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      result_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      qrcode: z.optional(z.string()),
    })
  },
  "suite.getAuthInfo": {
    "operationId": "work-suite.suite.getAuthInfo", "id": "suite.getAuthInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_auth_info", "token": "suite_access_token", "idempotent": true, "secrets": ["permanent_code"],
    params: z.object({
      auth_corpid: z.string(),
      permanent_code: z.string(),
    }),
    result: z.looseObject({
      dealer_corp_info: z.optional(S.WorkSuiteDealerCorpInfo),
      auth_corp_info: z.optional(S.WorkSuiteAuthCorpInfo),
      auth_info: z.optional(S.WorkSuiteAuthInfo),
      edition_info: z.optional(S.WorkSuiteEditionInfo),
    })
  },
  "suite.getCorpToken": {
    "operationId": "work-suite.suite.getCorpToken", "id": "suite.getCorpToken", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_corp_token", "token": "suite_access_token", "secrets": ["permanent_code"],
    params: z.object({
      auth_corpid: z.string(),
      permanent_code: z.string(),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "suite.getCustomizedAuthUrl": {
    "operationId": "work-suite.suite.getCustomizedAuthUrl", "id": "suite.getCustomizedAuthUrl", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_customized_auth_url", "token": "provider_access_token",
    params: z.object({
      state: z.optional(z.string().check(z.maxLength(32))),
      templateid_list: z.array(z.string()).check(z.maxLength(9)),
    }),
    result: z.looseObject({
      qrcode_url: z.optional(z.string()),
      expires_in: z.optional(z.int()),
    })
  },
  "suite.getPermanentCode": {
    "operationId": "work-suite.suite.getPermanentCode", "id": "suite.getPermanentCode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_permanent_code", "token": "suite_access_token", "secrets": ["auth_code"],
    params: z.object({
      auth_code: z.string(),
    }),
    result: z.looseObject({
      access_token: z.optional(z.string()),
      expires_in: z.optional(z.int()),
      permanent_code: z.string(),
      dealer_corp_info: z.optional(S.WorkSuiteDealerCorpInfo),
      auth_corp_info: z.optional(S.WorkSuiteAuthCorpInfo),
      auth_info: z.optional(S.WorkSuiteAuthInfo),
      edition_info: z.optional(S.WorkSuiteEditionInfo),
      auth_user_info: z.optional(z.looseObject({
        userid: z.optional(z.string()),
        open_userid: z.optional(z.string()),
        name: z.optional(z.string()),
        avatar: z.optional(z.string()),
      })),
      register_code_info: z.optional(z.looseObject({
        register_code: z.optional(z.string()),
        template_id: z.optional(z.string()),
        state: z.optional(z.string()),
      })),
      state: z.optional(z.string()),
    })
  },
  "suite.getPreAuthCode": {
    "operationId": "work-suite.suite.getPreAuthCode", "id": "suite.getPreAuthCode", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_pre_auth_code", "token": "suite_access_token",
    params: z.object({}),
    result: z.looseObject({
      pre_auth_code: z.string(),
      expires_in: z.int(),
    })
  },
  "suite.getToken": {
    "operationId": "work-suite.suite.getToken", "id": "suite.getToken", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_suite_token", "token": "none", "fills": { "suite_id": "suiteId", "suite_secret": "suiteSecret" }, "secrets": ["suite_secret", "suite_ticket"],
    params: z.object({
      suite_id: z.optional(z.string()),
      suite_secret: z.optional(z.string()),
      suite_ticket: z.string(),
    }),
    result: z.looseObject({
      suite_access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "suite.setSessionInfo": {
    "operationId": "work-suite.suite.setSessionInfo", "id": "suite.setSessionInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/set_session_info", "token": "suite_access_token", "secrets": ["pre_auth_code"],
    params: z.object({
      pre_auth_code: z.string(),
      session_info: z.object({
        appid: z.optional(z.array(z.int())),
        auth_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }),
    }),
    result: z.looseObject({})
  },
} as const;
