// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/ticket`, by id: row and schemas. */
export const endpoints = {
  "ticket.get": {
    "operationId": "oa.ticket.get", "id": "ticket.get", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/ticket/getticket", "token": "access_token", "query": ["type"],
    params: z.object({
      type: z.enum(["jsapi", "wx_card"]),
    }),
    result: z.looseObject({
      ticket: z.string(),
      expires_in: z.int(),
    })
  },
} as const;
