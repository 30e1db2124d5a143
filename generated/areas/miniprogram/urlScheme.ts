// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/urlScheme`, by id: row and schemas. */
export const endpoints = {
  "urlScheme.generate": {
    "operationId": "miniprogram.urlScheme.generate", "id": "urlScheme.generate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/generatescheme", "token": "access_token",
    params: z.object({
      jump_wxa: z.optional(z.object({
        path: z.optional(z.string()),
        query: z.optional(z.string().check(z.maxLength(1024))),
        env_version: z.optional(z.enum(["release", "trial", "develop"])),
      })),
      is_expire: z.optional(z.boolean()),
      expire_time: z.optional(z.int()),
      expire_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      expire_interval: z.optional(z.int()),
    }),
    result: z.looseObject({
      openlink: z.string(),
    })
  },
  "urlScheme.generateNfc": {
    "operationId": "miniprogram.urlScheme.generateNfc", "id": "urlScheme.generateNfc", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/generatenfcscheme", "token": "access_token",
    params: z.object({
      jump_wxa: z.optional(z.object({
        path: z.optional(z.string()),
        query: z.optional(z.string().check(z.maxLength(1024))),
        env_version: z.optional(z.enum(["release", "trial", "develop"])),
      })),
      model_id: z.string(),
      sn: z.optional(z.string()),
    }),
    result: z.looseObject({
      openlink: z.string(),
    })
  },
  "urlScheme.query": {
    "operationId": "miniprogram.urlScheme.query", "id": "urlScheme.query", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/queryscheme", "token": "access_token", "idempotent": true,
    params: z.object({
      scheme: z.optional(z.string()),
      query_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      scheme_info: z.optional(z.looseObject({
        appid: z.optional(z.string()),
        path: z.optional(z.string()),
        query: z.optional(z.string()),
        create_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
        env_version: z.optional(z.enum(["release", "trial", "develop"])),
      })),
      quota_info: z.optional(z.looseObject({
        remain_visit_quota: z.optional(z.int()),
      })),
    })
  },
} as const;
