// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/quota`, by id: row and schemas. */
export const endpoints = {
  "quota.clear": {
    "operationId": "shared.quota.clear", "id": "quota.clear", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/clear_quota", "token": "access_token", "fills": { "appid": "appId" },
    params: z.object({
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "quota.clearApi": {
    "operationId": "shared.quota.clearApi", "id": "quota.clearApi", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/openapi/quota/clear", "token": "access_token",
    params: z.object({
      cgi_path: z.string(),
    }),
    result: z.looseObject({})
  },
  "quota.clearByAppSecret": {
    "operationId": "shared.quota.clearByAppSecret", "id": "quota.clearByAppSecret", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/clear_quota/v2", "token": "none", "query": ["appid", "appsecret"], "fills": { "appid": "appId", "appsecret": "appSecret" }, "secrets": ["appsecret"],
    params: z.object({
      appid: z.optional(z.string()),
      appsecret: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "quota.get": {
    "operationId": "shared.quota.get", "id": "quota.get", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/openapi/quota/get", "token": "access_token", "idempotent": true,
    params: z.object({
      cgi_path: z.string(),
    }),
    result: z.looseObject({
      quota: z.optional(z.looseObject({
        daily_limit: z.optional(z.int()),
        used: z.optional(z.int()),
        remain: z.optional(z.int()),
      })),
      rate_limit: z.optional(z.looseObject({
        call_count: z.optional(z.int()),
        refresh_second: z.optional(z.int()),
      })),
      component_rate_limit: z.optional(z.looseObject({
        call_count: z.optional(z.int()),
        refresh_second: z.optional(z.int()),
      })),
    })
  },
  "quota.getRid": {
    "operationId": "shared.quota.getRid", "id": "quota.getRid", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/openapi/rid/get", "token": "access_token", "idempotent": true,
    params: z.object({
      rid: z.string(),
    }),
    result: z.looseObject({
      request: z.optional(z.looseObject({
        invoke_time: z.optional(z.int()),
        cost_in_ms: z.optional(z.int()),
        request_url: z.optional(z.string()),
        request_body: z.optional(z.string()),
        response_body: z.optional(z.string()),
        client_ip: z.optional(z.string()),
      })),
    })
  },
} as const;
