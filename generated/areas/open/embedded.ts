// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/embedded`, by id: row and schemas. */
export const endpoints = {
  "embedded.add": {
    "operationId": "open.embedded.add", "id": "embedded.add", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/add_embedded", "token": "access_token",
    params: z.object({
      appid: z.string(),
      apply_reason: z.optional(z.string().check(z.maxLength(30))),
    }),
    result: z.looseObject({})
  },
  "embedded.delete": {
    "operationId": "open.embedded.delete", "id": "embedded.delete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/del_embedded", "token": "access_token",
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({})
  },
  "embedded.list": {
    "operationId": "open.embedded.list", "id": "embedded.list", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/get_list", "token": "access_token", "query": ["start", "num"], "idempotent": true,
    params: z.object({
      start: z.optional(z.int().check(z.gte(0))),
      num: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      wxa_embedded_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        headimg: z.optional(z.string()),
        nickname: z.optional(z.string()),
        reason: z.optional(z.string()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
        name: z.optional(z.string()),
      }))),
      embedded_flag: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    })
  },
  "embedded.listAuthorized": {
    "operationId": "open.embedded.listAuthorized", "id": "embedded.listAuthorized", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/get_own_list", "token": "access_token", "query": ["start", "num"], "idempotent": true,
    params: z.object({
      start: z.optional(z.int().check(z.gte(0))),
      num: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      wxa_embedded_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        headimg: z.optional(z.string()),
        nickname: z.optional(z.string()),
        reason: z.optional(z.string()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
      }))),
      embedded_flag: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    })
  },
  "embedded.revokeAuthorization": {
    "operationId": "open.embedded.revokeAuthorization", "id": "embedded.revokeAuthorization", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/del_authorize", "token": "access_token",
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({})
  },
  "embedded.setAuthorizeMode": {
    "operationId": "open.embedded.setAuthorizeMode", "id": "embedded.setAuthorizeMode", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/wxaembedded/set_authorize", "token": "access_token",
    params: z.object({
      flag: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    }),
    result: z.looseObject({})
  },
} as const;
