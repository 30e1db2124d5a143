// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/wxVerify`, by id: row and schemas. */
export const endpoints = {
  "wxVerify.checkNickName": {
    "operationId": "open.wxVerify.checkNickName", "id": "wxVerify.checkNickName", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxverify/checkwxverifynickname", "token": "access_token", "idempotent": true,
    params: z.object({
      nick_name: z.string(),
    }),
    result: z.looseObject({
      hit_condition: z.optional(z.boolean()),
      wording: z.optional(z.string()),
    })
  },
} as const;
