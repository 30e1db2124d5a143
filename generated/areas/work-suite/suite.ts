// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work-suite/suite`, by id: row and schemas. */
export const endpoints = {
  "suite.externalContact.unionIdToExternalUserId": {
    "operationId": "work-suite.suite.externalContact.unionIdToExternalUserId", "id": "suite.externalContact.unionIdToExternalUserId", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/externalcontact/unionid_to_external_userid_3rd", "token": "suite_access_token", "idempotent": true,
    params: z.object({
      unionid: z.string(),
      openid: z.string(),
      corpid: z.optional(z.string()),
    }),
    result: z.looseObject({
      external_userid_info: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        external_userid: z.optional(z.string()),
      }))),
    })
  },
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
  "suite.miniprogram.code2Session": {
    "operationId": "work-suite.suite.miniprogram.code2Session", "id": "suite.miniprogram.code2Session", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/miniprogram/jscode2session", "token": "suite_access_token", "query": ["js_code", "grant_type"], "secrets": ["js_code"],
    params: z.object({
      js_code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      corpid: z.optional(z.string()),
      userid: z.optional(z.string()),
      session_key: z.optional(z.string()),
      open_userid: z.optional(z.string()),
    })
  },
  "suite.oauth.getUserDetail": {
    "operationId": "work-suite.suite.oauth.getUserDetail", "id": "suite.oauth.getUserDetail", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/auth/getuserdetail3rd", "token": "suite_access_token", "idempotent": true, "secrets": ["user_ticket"],
    params: z.object({
      user_ticket: z.string(),
    }),
    result: z.looseObject({
      corpid: z.optional(z.string()),
      userid: z.optional(z.string()),
      name: z.optional(z.string()),
      gender: z.optional(z.string()),
      avatar: z.optional(z.string()),
      qr_code: z.optional(z.string()),
    })
  },
  "suite.oauth.getUserInfo": {
    "operationId": "work-suite.suite.oauth.getUserInfo", "id": "suite.oauth.getUserInfo", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/auth/getuserinfo3rd", "token": "suite_access_token", "query": ["code"], "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      corpid: z.optional(z.string()),
      userid: z.optional(z.string()),
      user_ticket: z.optional(z.string()),
      expires_in: z.optional(z.int()),
      open_userid: z.optional(z.string()),
      openid: z.optional(z.string()),
    })
  },
  "suite.oauth.getUserInfoLegacy": {
    "operationId": "work-suite.suite.oauth.getUserInfoLegacy", "id": "suite.oauth.getUserInfoLegacy", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/getuserinfo3rd", "token": "suite_access_token", "query": ["code"], "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      CorpId: z.optional(z.string()),
      UserId: z.optional(z.string()),
      DeviceId: z.optional(z.string()),
      external_userid: z.optional(z.string()),
      parents: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        parent_userid: z.optional(z.string()),
        external_userid: z.optional(z.string()),
      }))),
      OpenId: z.optional(z.string()),
    })
  },
  "suite.order.get": {
    "operationId": "work-suite.suite.order.get", "id": "suite.order.get", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_order", "token": "suite_access_token", "idempotent": true,
    params: z.object({
      orderid: z.string(),
    }),
    result: z.looseObject({
      orderid: z.optional(z.string()),
      order_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
      order_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      paid_corpid: z.optional(z.string()),
      operator_id: z.optional(z.string()),
      suiteid: z.optional(z.string()),
      appid: z.optional(z.int()),
      edition_id: z.optional(z.string()),
      edition_name: z.optional(z.string()),
      price: z.optional(z.int()),
      user_count: z.optional(z.int()),
      order_period: z.optional(z.int()),
      order_time: z.optional(z.int()),
      paid_time: z.optional(z.int()),
      begin_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      order_from: z.optional(z.int()),
      operator_corpid: z.optional(z.string()),
      service_share_amount: z.optional(z.int()),
      platform_share_amount: z.optional(z.int()),
      dealer_share_amount: z.optional(z.int()),
      dealer_corp_info: z.optional(S.WorkSuiteDealerCorpInfo),
    })
  },
  "suite.order.list": {
    "operationId": "work-suite.suite.order.list", "id": "suite.order.list", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_order_list", "token": "suite_access_token", "idempotent": true,
    params: z.object({
      start_time: z.int(),
      end_time: z.int(),
      test_mode: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      order_list: z.optional(z.array(z.looseObject({
        orderid: z.optional(z.string()),
        order_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
        order_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        paid_corpid: z.optional(z.string()),
        operator_id: z.optional(z.string()),
        suiteid: z.optional(z.string()),
        appid: z.optional(z.int()),
        edition_id: z.optional(z.string()),
        edition_name: z.optional(z.string()),
        price: z.optional(z.int()),
        user_count: z.optional(z.int()),
        order_period: z.optional(z.int()),
        order_time: z.optional(z.int()),
        paid_time: z.optional(z.int()),
        begin_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        order_from: z.optional(z.int()),
        operator_corpid: z.optional(z.string()),
        service_share_amount: z.optional(z.int()),
        platform_share_amount: z.optional(z.int()),
        dealer_share_amount: z.optional(z.int()),
        dealer_corp_info: z.optional(S.WorkSuiteDealerCorpInfo),
      }))),
    })
  },
  "suite.order.prolongTry": {
    "operationId": "work-suite.suite.order.prolongTry", "id": "suite.order.prolongTry", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/prolong_try", "token": "suite_access_token",
    params: z.object({
      buyer_corpid: z.string(),
      prolong_days: z.int(),
      appid: z.optional(z.int()),
    }),
    result: z.looseObject({
      try_end_time: z.optional(z.int()),
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
