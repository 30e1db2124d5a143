// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/phone`, by id: row and schemas. */
export const endpoints = {
  "phone.getNumber": {
    "operationId": "miniprogram.phone.getNumber", "id": "phone.getNumber", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/getuserphonenumber", "token": "access_token", "secrets": ["code"],
    params: z.object({
      code: z.string(),
      openid: z.optional(z.string()),
    }),
    result: z.looseObject({
      phone_info: z.looseObject({
        phoneNumber: z.string(),
        purePhoneNumber: z.string(),
        countryCode: z.string(),
        watermark: z.looseObject({
          timestamp: z.int(),
          appid: z.string(),
        }),
      }),
    })
  },
} as const;
