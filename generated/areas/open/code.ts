// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/code`, by id: row and schemas. */
export const endpoints = {
  "code.commit": {
    "operationId": "open.code.commit", "id": "code.commit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/commit", "token": "access_token",
    params: z.object({
      template_id: z.int(),
      ext_json: z.string(),
      user_version: z.string().check(z.maxLength(64)),
      user_desc: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
