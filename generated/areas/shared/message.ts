// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/message`, by id: row and schemas. */
export const endpoints = {
  "message.custom.typing": {
    "operationId": "shared.message.custom.typing", "id": "message.custom.typing", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/typing", "token": "access_token",
    params: z.object({
      touser: z.string(),
      command: z.enum(["Typing", "CancelTyping"]),
      businessid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
