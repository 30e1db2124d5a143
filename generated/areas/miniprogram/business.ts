// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/business`, by id: row and schemas. */
export const endpoints = {
  "business.get": {
    "operationId": "miniprogram.business.get", "id": "business.get", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/business/get", "token": "access_token", "idempotent": true,
    params: z.object({
      business_id: z.optional(z.string()),
      account_name: z.optional(z.string()),
    }),
    result: z.looseObject({
      business_info: z.optional(z.looseObject({
        business_id: z.optional(z.string()),
        account_name: z.optional(z.string()),
        nickname: z.optional(z.string()),
        icon_media_id: z.optional(z.string()),
        icon_url: z.optional(z.string()),
      })),
    })
  },
  "business.list": {
    "operationId": "miniprogram.business.list", "id": "business.list", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/business/list", "token": "access_token", "idempotent": true,
    params: z.object({
      offset: z.int().check(z.gte(0)),
      count: z.int().check(z.lte(200)),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        business_id: z.optional(z.string()),
        account_name: z.optional(z.string()),
        nickname: z.optional(z.string()),
        icon_media_id: z.optional(z.string()),
        icon_url: z.optional(z.string()),
      }))),
    })
  },
  "business.register": {
    "operationId": "miniprogram.business.register", "id": "business.register", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/business/register", "token": "access_token",
    params: z.object({
      account_name: z.string().check(z.maxLength(30)),
      nickname: z.string(),
      icon_media_id: z.string(),
      transfer_to_commkf: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      business_id: z.optional(z.string()),
    })
  },
  "business.update": {
    "operationId": "miniprogram.business.update", "id": "business.update", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/business/update", "token": "access_token",
    params: z.object({
      business_id: z.string(),
      nickname: z.optional(z.string()),
      icon_media_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
