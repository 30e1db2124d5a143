// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/cityService`, by id: row and schemas. */
export const endpoints = {
  "cityService.getServicePath": {
    "operationId": "miniprogram.cityService.getServicePath", "id": "cityService.getServicePath", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cityservice/getservicepath", "token": "access_token", "idempotent": true,
    params: z.object({
      page_type: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(5)]),
      src_channel: z.int(),
      need_path_type: z.optional(z.int()),
      device_type: z.optional(z.int()),
      city_name: z.optional(z.string()),
      content_name: z.optional(z.string()),
      ext_params: z.optional(z.array(z.object({
        key: z.string(),
        value: z.string(),
      }))),
      service_id: z.optional(z.int()),
      params: z.optional(z.string()),
      city_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      path: z.optional(z.string()),
      query_string: z.optional(z.string()),
      business_type: z.optional(z.string()),
      app_id: z.optional(z.string()),
      username: z.optional(z.string()),
    })
  },
  "cityService.sendMsgData": {
    "operationId": "miniprogram.cityService.sendMsgData", "id": "cityService.sendMsgData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cityservice/sendmsgdata", "token": "access_token",
    params: z.object({
      openid: z.string(),
      biz_template_id: z.string(),
      result_page_style_id: z.optional(z.string()),
      deal_msg_style_id: z.optional(z.string()),
      card_style_id: z.optional(z.string()),
      order_no: z.string(),
      url: z.optional(z.string()),
      data: z.record(z.string(), z.object({
        value: z.string(),
        color: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      result_page_url: z.optional(z.string()),
    })
  },
} as const;
