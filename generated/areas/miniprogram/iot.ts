// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/iot`, by id: row and schemas. */
export const endpoints = {
  "iot.cloudRegisterDevice": {
    "operationId": "miniprogram.iot.cloudRegisterDevice", "id": "iot.cloudRegisterDevice", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/ilink/api/cloud_register_device", "token": "access_token",
    params: z.object({
      product_id: z.int(),
      iot_device_list: z.array(z.object({
        sn: z.string().check(z.maxLength(120)),
      })).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      iot_device_list: z.optional(z.array(z.looseObject({
        sn: z.optional(z.string()),
        ilink_im_sdk_id: z.optional(z.string()),
      }))),
      err_device_list: z.optional(z.array(z.looseObject({
        sn: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
} as const;
