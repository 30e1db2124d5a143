// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/showItem`, by id: row and schemas. */
export const endpoints = {
  "showItem.get": {
    "operationId": "open.showItem.get", "id": "showItem.get", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/getshowwxaitem", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      can_open: z.optional(z.union([z.literal(0), z.literal(1)])),
      is_open: z.optional(z.union([z.literal(0), z.literal(1)])),
      appid: z.optional(z.string()),
      nickname: z.optional(z.string()),
      headimg: z.optional(z.string()),
    })
  },
  "showItem.listLinkable": {
    "operationId": "open.showItem.listLinkable", "id": "showItem.listLinkable", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/getwxamplinkforshow", "token": "access_token", "query": ["page", "num"], "idempotent": true,
    params: z.object({
      page: z.int().check(z.gte(0)),
      num: z.int().check(z.lte(20)),
    }),
    result: z.looseObject({
      total_num: z.optional(z.int()),
      biz_info_list: z.optional(z.array(z.looseObject({
        nickname: z.optional(z.string()),
        appid: z.optional(z.string()),
        headimg: z.optional(z.string()),
      }))),
    })
  },
  "showItem.set": {
    "operationId": "open.showItem.set", "id": "showItem.set", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/updateshowwxaitem", "token": "access_token",
    params: z.object({
      wxa_subscribe_biz_flag: z.union([z.literal(0), z.literal(1)]),
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
