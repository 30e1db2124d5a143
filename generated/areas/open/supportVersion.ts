// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/supportVersion`, by id: row and schemas. */
export const endpoints = {
  "supportVersion.get": {
    "operationId": "open.supportVersion.get", "id": "supportVersion.get", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/getweappsupportversion", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      now_version: z.optional(z.string()),
      uv_info: z.optional(z.looseObject({
        items: z.optional(z.array(z.looseObject({
          version: z.optional(z.string()),
          percentage: z.optional(z.number()),
        }))),
      })),
    })
  },
  "supportVersion.set": {
    "operationId": "open.supportVersion.set", "id": "supportVersion.set", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/setweappsupportversion", "token": "access_token",
    params: z.object({
      version: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
