// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/intp`, by id: row and schemas. */
export const endpoints = {
  "intp.activateCode": {
    "operationId": "oa.intp.activateCode", "id": "intp.activateCode", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/codeactive", "token": "access_token",
    params: z.object({
      application_id: H.int64In,
      activity_name: z.string(),
      product_brand: z.string(),
      product_title: z.string(),
      product_code: z.string(),
      wxa_appid: z.string(),
      wxa_path: z.string(),
      wxa_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      code_start: z.int(),
      code_end: z.int(),
    }),
    result: z.looseObject({})
  },
  "intp.applyCode": {
    "operationId": "oa.intp.applyCode", "id": "intp.applyCode", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/applycode", "token": "access_token",
    params: z.object({
      code_count: z.int().check(z.gte(10000), z.lte(20000000)),
      isv_application_id: z.string(),
    }),
    result: z.looseObject({
      application_id: H.int64Out,
    })
  },
  "intp.downloadCodePackage": {
    "operationId": "oa.intp.downloadCodePackage", "id": "intp.downloadCodePackage", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/applycodedownload", "token": "access_token", "idempotent": true,
    params: z.object({
      application_id: H.int64In,
      code_start: z.int(),
      code_end: z.int(),
    }),
    result: z.looseObject({
      buffer: z.optional(z.string()),
    })
  },
  "intp.getRealNameAuthUrl": {
    "operationId": "oa.intp.getRealNameAuthUrl", "id": "intp.getRealNameAuthUrl", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/realname/getauthurl", "token": "access_token",
    params: z.object({
      redirect_url: z.optional(z.string()),
    }),
    result: z.looseObject({
      auth_url: z.optional(z.string()),
      expires_in: z.optional(z.int()),
      appid: z.optional(z.string()),
    })
  },
  "intp.queryCodeActivation": {
    "operationId": "oa.intp.queryCodeActivation", "id": "intp.queryCodeActivation", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/codeactivequery", "token": "access_token", "idempotent": true,
    params: z.object({
      application_id: z.optional(H.int64In),
      code_index: z.optional(z.int()),
      code_url: z.optional(z.string()),
      code: z.optional(z.string()),
    }),
    result: z.looseObject({
      code: z.optional(z.string()),
      application_id: z.optional(H.int64Out),
      isv_application_id: z.optional(z.string()),
      activity_name: z.optional(z.string()),
      product_brand: z.optional(z.string()),
      product_title: z.optional(z.string()),
      wxa_appid: z.optional(z.string()),
      wxa_path: z.optional(z.string()),
      wxa_type: z.optional(z.int()),
      code_start: z.optional(z.int()),
      code_end: z.optional(z.int()),
    })
  },
  "intp.queryCodeApplication": {
    "operationId": "oa.intp.queryCodeApplication", "id": "intp.queryCodeApplication", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/applycodequery", "token": "access_token", "idempotent": true,
    params: z.object({
      application_id: z.optional(H.int64In),
      isv_application_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      status: z.optional(z.string()),
      application_id: z.optional(H.int64Out),
      isv_application_id: z.optional(z.string()),
      code_generate_list: z.optional(z.array(z.looseObject({
        code_start: z.optional(z.int()),
        code_end: z.optional(z.int()),
      }))),
      create_time: z.optional(z.int()),
      update_time: z.optional(z.int()),
    })
  },
  "intp.ticketToCode": {
    "operationId": "oa.intp.ticketToCode", "id": "intp.ticketToCode", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/intp/marketcode/tickettocode", "token": "access_token", "idempotent": true, "secrets": ["code_ticket"],
    params: z.object({
      openid: z.string(),
      code_ticket: z.string(),
    }),
    result: z.looseObject({
      code: z.optional(z.string()),
      application_id: z.optional(H.int64Out),
      isv_application_id: z.optional(z.string()),
      activity_name: z.optional(z.string()),
      product_brand: z.optional(z.string()),
      product_title: z.optional(z.string()),
      product_code: z.optional(z.string()),
      wxa_appid: z.optional(z.string()),
      wxa_path: z.optional(z.string()),
      code_start: z.optional(z.int()),
      code_end: z.optional(z.int()),
    })
  },
} as const;
