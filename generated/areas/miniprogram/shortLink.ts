// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/shortLink`, by id: row and schemas. */
export const endpoints = {
  "shortLink.generate": {
    "operationId": "miniprogram.shortLink.generate", "id": "shortLink.generate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/genwxashortlink", "token": "access_token",
    params: z.object({
      page_url: z.string().check(z.maxLength(1024)),
      page_title: z.optional(z.string()),
      is_permanent: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      link: z.string(),
    })
  },
} as const;
