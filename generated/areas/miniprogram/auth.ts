// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/auth`, by id: row and schemas. */
export const endpoints = {
  "auth.code2Session": {
    "operationId": "miniprogram.auth.code2Session", "id": "auth.code2Session", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/jscode2session", "token": "none", "query": ["appid", "secret", "js_code", "grant_type"], "secrets": ["secret", "js_code"],
    params: z.object({
      appid: z.string(),
      secret: z.string(),
      js_code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      openid: z.string(),
      session_key: z.string(),
      unionid: z.optional(z.string()),
    })
  },
} as const;
