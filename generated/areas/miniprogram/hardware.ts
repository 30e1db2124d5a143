// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/hardware`, by id: row and schemas. */
export const endpoints = {
  "hardware.getSnTicket": {
    "operationId": "miniprogram.hardware.getSnTicket", "id": "hardware.getSnTicket", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getsnticket", "token": "access_token",
    params: z.object({
      sn: z.string().check(z.maxLength(128)),
      model_id: z.string(),
    }),
    result: z.looseObject({
      sn_ticket: z.optional(z.string()),
    })
  },
} as const;
