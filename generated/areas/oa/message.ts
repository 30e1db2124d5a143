// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/message`, by id: row and schemas. */
export const endpoints = {
  "message.template.send": {
    "operationId": "oa.message.template.send", "id": "message.template.send", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/template/send", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      url: z.optional(z.string()),
      miniprogram: z.optional(z.object({
        appid: z.string(),
        pagepath: z.optional(z.string()),
      })),
      client_msg_id: z.optional(z.string()),
      data: z.unknown(),
    }),
    result: z.looseObject({
      msgid: H.int64Out,
    })
  },
} as const;
