// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/wxaLink`, by id: row and schemas. */
export const endpoints = {
  "wxaLink.link": {
    "operationId": "open.wxaLink.link", "id": "wxaLink.link", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/wxamplink", "token": "access_token",
    params: z.object({
      appid: z.string(),
      notify_users: z.union([z.literal(0), z.literal(1)]),
      show_profile: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "wxaLink.list": {
    "operationId": "open.wxaLink.list", "id": "wxaLink.list", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/wxamplinkget", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      wxopens: z.optional(z.looseObject({
        items: z.optional(z.array(z.looseObject({
          nickname: z.optional(z.string()),
          headimg_url: z.optional(z.string()),
          status: z.optional(z.int()),
          appid: z.optional(z.string()),
          func_infos: z.optional(z.array(z.looseObject({
            id: z.optional(z.int()),
            status: z.optional(z.union([z.literal(0), z.literal(1)])),
            name: z.optional(z.string()),
          }))),
          selected: z.optional(z.union([z.literal(0), z.literal(1)])),
          username: z.optional(z.string()),
          email: z.optional(z.string()),
          nearby_display_status: z.optional(z.union([z.literal(0), z.literal(1)])),
          released: z.optional(z.union([z.literal(0), z.literal(1)])),
          source: z.optional(z.string()),
          copy_verify_status: z.optional(z.int()),
        }))),
      })),
    })
  },
  "wxaLink.unlink": {
    "operationId": "open.wxaLink.unlink", "id": "wxaLink.unlink", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/wxampunlink", "token": "access_token",
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
