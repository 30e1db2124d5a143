// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/shortUrl`, by id: row and schemas. */
export const endpoints = {
  "shortUrl.create": {
    "operationId": "oa.shortUrl.create", "id": "shortUrl.create", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/shorturl", "token": "access_token", "deprecated": "Stopped making short links after 2021-03-15: short_url now returns the long_url unchanged",
    params: z.object({
      action: z.enum(["long2short"]),
      long_url: z.string(),
    }),
    result: z.looseObject({
      short_url: z.string(),
    })
  },
} as const;
