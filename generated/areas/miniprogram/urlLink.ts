// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/urlLink`, by id: row and schemas. */
export const endpoints = {
  "urlLink.generate": {
    "operationId": "miniprogram.urlLink.generate", "id": "urlLink.generate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/generate_urllink", "token": "access_token",
    params: z.object({
      path: z.optional(z.string()),
      query: z.optional(z.string().check(z.maxLength(1024))),
      expire_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      expire_time: z.optional(z.int()),
      expire_interval: z.optional(z.int()),
      cloud_base: z.optional(z.object({
        env: z.string(),
        domain: z.optional(z.string()),
        path: z.optional(z.string()),
        query: z.optional(z.string().check(z.maxLength(1024))),
        resource_appid: z.optional(z.string()),
      })),
      env_version: z.optional(z.enum(["release", "trial", "develop"])),
    }),
    result: z.looseObject({
      url_link: z.string(),
    })
  },
  "urlLink.query": {
    "operationId": "miniprogram.urlLink.query", "id": "urlLink.query", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/query_urllink", "token": "access_token", "idempotent": true,
    params: z.object({
      url_link: z.optional(z.string()),
      query_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      url_link_info: z.optional(z.looseObject({
        appid: z.optional(z.string()),
        path: z.optional(z.string()),
        query: z.optional(z.string()),
        create_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
        env_version: z.optional(z.enum(["release", "trial", "develop"])),
        cloud_base: z.optional(z.unknown()),
      })),
      quota_info: z.optional(z.looseObject({
        remain_visit_quota: z.optional(z.int()),
      })),
    })
  },
} as const;
