// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/betaMiniProgram`, by id: row and schemas. */
export const endpoints = {
  "betaMiniProgram.setNickName": {
    "operationId": "open.betaMiniProgram.setNickName", "id": "betaMiniProgram.setNickName", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setbetaweappnickname", "token": "access_token",
    params: z.object({
      name: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
