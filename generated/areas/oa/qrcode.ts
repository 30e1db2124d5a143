// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/qrcode`, by id: row and schemas. */
export const endpoints = {
  "qrcode.create": {
    "operationId": "oa.qrcode.create", "id": "qrcode.create", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/qrcode/create", "token": "access_token",
    params: z.object({
      expire_seconds: z.optional(z.int()),
      action_name: z.enum(["QR_SCENE", "QR_STR_SCENE", "QR_LIMIT_SCENE", "QR_LIMIT_STR_SCENE"]),
      action_info: z.object({
        scene: z.optional(z.object({
          scene_id: z.optional(z.int()),
          scene_str: z.optional(z.string()),
        })),
      }),
    }),
    result: z.looseObject({
      ticket: z.string(),
      expire_seconds: z.optional(z.int()),
      url: z.string(),
    })
  },
  "qrcode.show": {
    "operationId": "oa.qrcode.show", "id": "qrcode.show", "products": ["oa"], "method": "GET", "host": "mp.weixin.qq.com", "path": "/cgi-bin/showqrcode", "token": "none", "query": ["ticket"], "response": "binary", "contentTypes": ["image/*"], "statusErrors": { "404": "the ticket is invalid or expired" }, "idempotent": true, "secrets": ["ticket"],
    params: z.object({
      ticket: z.string(),
    })
  },
} as const;
