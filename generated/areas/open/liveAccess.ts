// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/liveAccess`, by id: row and schemas. */
export const endpoints = {
  "liveAccess.apply": {
    "operationId": "open.liveAccess.apply", "id": "liveAccess.apply", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/applyliveinfo", "token": "access_token",
    params: z.object({
      action: z.enum(["apply"]),
    }),
    result: z.looseObject({
      action: z.optional(z.string()),
    })
  },
} as const;
