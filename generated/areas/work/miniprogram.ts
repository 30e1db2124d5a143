// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/miniprogram`, by id: row and schemas. */
export const endpoints = {
  "miniprogram.code2Session": {
    "operationId": "work.miniprogram.code2Session", "id": "miniprogram.code2Session", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/miniprogram/jscode2session", "token": "access_token", "query": ["js_code", "grant_type"], "secrets": ["js_code"],
    params: z.object({
      js_code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      corpid: z.optional(z.string()),
      userid: z.optional(z.string()),
      session_key: z.optional(z.string()),
    })
  },
  "miniprogram.transferSession": {
    "operationId": "work.miniprogram.transferSession", "id": "miniprogram.transferSession", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/miniprogram/transfer_session", "token": "access_token", "secrets": ["session_key"],
    params: z.object({
      userid: z.string(),
      session_key: z.string(),
    }),
    result: z.looseObject({
      userid: z.optional(z.string()),
      session_key: z.optional(z.string()),
    })
  },
} as const;
