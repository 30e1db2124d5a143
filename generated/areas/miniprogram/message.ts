// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/message`, by id: row and schemas. */
export const endpoints = {
  "message.subscribe.send": {
    "operationId": "miniprogram.message.subscribe.send", "id": "message.subscribe.send", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/subscribe/send", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      page: z.optional(z.string()),
      data: z.unknown(),
      miniprogram_state: z.optional(z.enum(["developer", "trial", "formal"])),
      lang: z.optional(z.enum(["zh_CN", "en_US", "zh_HK", "zh_TW"])),
    }),
    result: z.looseObject({})
  },
} as const;
