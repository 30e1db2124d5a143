// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/shortKey`, by id: row and schemas. */
export const endpoints = {
  "shortKey.fetch": {
    "operationId": "oa.shortKey.fetch", "id": "shortKey.fetch", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/shorten/fetch", "token": "access_token", "idempotent": true,
    params: z.object({
      short_key: z.string(),
    }),
    result: z.looseObject({
      long_data: z.string(),
      create_time: z.optional(z.int()),
      expire_seconds: z.optional(z.int()),
    })
  },
  "shortKey.gen": {
    "operationId": "oa.shortKey.gen", "id": "shortKey.gen", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/shorten/gen", "token": "access_token",
    params: z.object({
      long_data: z.string(),
      expire_seconds: z.optional(z.int().check(z.lte(2592000))),
    }),
    result: z.looseObject({
      short_key: z.string(),
    })
  },
} as const;
