// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/token`, by id: row and schemas. */
export const endpoints = {
  "token.get": {
    "operationId": "work.token.get", "id": "token.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/gettoken", "token": "none", "query": ["corpid", "corpsecret"], "fills": { "corpid": "corpId" }, "secrets": ["corpsecret"],
    params: z.object({
      corpid: z.optional(z.string()),
      corpsecret: z.string(),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
    })
  },
} as const;
