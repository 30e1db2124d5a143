// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/corp`, by id: row and schemas. */
export const endpoints = {
  "corp.applyMassCallTicket": {
    "operationId": "work.corp.applyMassCallTicket", "id": "corp.applyMassCallTicket", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corp/apply_mass_call_ticket", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({
      mass_call_ticket: z.optional(z.string()),
    })
  },
  "corp.getJoinQrcode": {
    "operationId": "work.corp.getJoinQrcode", "id": "corp.getJoinQrcode", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corp/get_join_qrcode", "token": "access_token", "query": ["size_type"], "idempotent": true,
    params: z.object({
      size_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
    }),
    result: z.looseObject({
      join_qrcode: z.optional(z.string()),
    })
  },
} as const;
