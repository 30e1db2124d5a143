// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/fastRegister`, by id: row and schemas. */
export const endpoints = {
  "fastRegister.rebindAdmin": {
    "operationId": "open.fastRegister.rebindAdmin", "id": "fastRegister.rebindAdmin", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/account/componentrebindadmin", "token": "access_token",
    params: z.object({
      taskid: z.string(),
    }),
    result: z.looseObject({})
  },
  "fastRegister.registerMiniProgram": {
    "operationId": "open.fastRegister.registerMiniProgram", "id": "fastRegister.registerMiniProgram", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/account/fastregister", "token": "access_token", "secrets": ["ticket"],
    params: z.object({
      ticket: z.string(),
    }),
    result: z.looseObject({
      appid: z.optional(z.string()),
      authorization_code: z.optional(z.string()),
      is_wx_verify_succ: z.optional(z.unknown()),
      is_link_succ: z.optional(z.unknown()),
    })
  },
} as const;
