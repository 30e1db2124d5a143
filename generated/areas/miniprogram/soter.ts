// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/soter`, by id: row and schemas. */
export const endpoints = {
  "soter.verifySignature": {
    "operationId": "miniprogram.soter.verifySignature", "id": "soter.verifySignature", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/soter/verify_signature", "token": "access_token", "idempotent": true,
    params: z.object({
      openid: z.string(),
      json_string: z.string(),
      json_signature: z.string(),
    }),
    result: z.looseObject({
      is_ok: z.boolean(),
    })
  },
} as const;
