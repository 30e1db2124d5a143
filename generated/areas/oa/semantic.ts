// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/semantic`, by id: row and schemas. */
export const endpoints = {
  "semantic.search": {
    "operationId": "oa.semantic.search", "id": "semantic.search", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/semantic/semproxy/search", "token": "access_token",
    params: z.object({
      query: z.string(),
      category: z.string(),
      latitude: z.optional(z.number()),
      longitude: z.optional(z.number()),
      city: z.optional(z.string()),
      region: z.optional(z.string()),
      appid: z.string(),
      uid: z.optional(z.string()),
    }),
    result: z.looseObject({
      query: z.string(),
      type: z.string(),
      semantic: z.unknown(),
      result: z.optional(z.array(z.unknown())),
      answer: z.optional(z.string()),
      text: z.optional(z.string()),
    })
  },
} as const;
