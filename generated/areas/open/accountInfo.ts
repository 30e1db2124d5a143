// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/accountInfo`, by id: row and schemas. */
export const endpoints = {
  "accountInfo.getBasicInfo": {
    "operationId": "open.accountInfo.getBasicInfo", "id": "accountInfo.getBasicInfo", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/account/getaccountbasicinfo", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      appid: z.optional(z.string()),
      account_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      principal_type: z.optional(z.int()),
      principal_name: z.optional(z.string()),
      realname_status: z.optional(z.int()),
      wx_verify_info: z.optional(z.looseObject({
        qualification_verify: z.optional(z.boolean()),
        naming_verify: z.optional(z.boolean()),
        annual_review: z.optional(z.boolean()),
      })),
      signature_info: z.optional(z.unknown()),
      head_image_info: z.optional(z.unknown()),
      nickname: z.optional(z.string()),
      registered_country: z.optional(z.int()),
      nickname_info: z.optional(z.unknown()),
      credential: z.optional(z.string()),
      customer_type: z.optional(z.int()),
    })
  },
  "accountInfo.modifyHeadImage": {
    "operationId": "open.accountInfo.modifyHeadImage", "id": "accountInfo.modifyHeadImage", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/account/modifyheadimage", "token": "access_token",
    params: z.object({
      head_img_media_id: z.string(),
      x1: z.string(),
      y1: z.string(),
      x2: z.string(),
      y2: z.string(),
    }),
    result: z.looseObject({})
  },
  "accountInfo.modifySignature": {
    "operationId": "open.accountInfo.modifySignature", "id": "accountInfo.modifySignature", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/account/modifysignature", "token": "access_token",
    params: z.object({
      signature: z.string().check(z.minLength(4), z.maxLength(120)),
    }),
    result: z.looseObject({})
  },
} as const;
