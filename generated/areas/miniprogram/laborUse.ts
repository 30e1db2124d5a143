// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/laborUse`, by id: row and schemas. */
export const endpoints = {
  "laborUse.unbindUserB2cAuthInfo": {
    "operationId": "miniprogram.laborUse.unbindUserB2cAuthInfo", "id": "laborUse.unbindUserB2cAuthInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/unbinduserb2cauthinfo", "token": "access_token",
    params: z.object({
      openid_list: z.array(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
