// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/retail`, by id: row and schemas. */
export const endpoints = {
  "retail.batchCreate": {
    "operationId": "miniprogram.retail.batchCreate", "id": "retail.batchCreate", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/batchcreateretail", "token": "access_token",
    params: z.object({
      retail_info_list: z.array(z.object({
        mobile_phone: z.string(),
        retail_name: z.optional(z.string()),
        retail_type: z.optional(z.enum(["杂货店", "便利店", "超市", "餐饮店", "母婴店", "烟酒店", "其他"])),
        sub_retail_type: z.optional(z.string()),
        address_province: z.string(),
        address_city: z.string(),
        address_region: z.string(),
        address_street: z.string(),
        registration_number: z.optional(z.string()),
        biz_name: z.optional(z.string()),
        corporation_name: z.optional(z.string()),
        latitude: z.optional(z.number()),
        longitude: z.optional(z.number()),
        business_type: z.optional(z.array(z.string())),
        other_business_type: z.optional(z.string()),
      })).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      num_success: z.optional(z.int()),
      num_failure: z.optional(z.int()),
      failure_record_list: z.optional(z.array(z.looseObject({
        mobile_phone: z.optional(z.string()),
        registration_number: z.optional(z.string()),
        failure_code: z.optional(z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])),
      }))),
    })
  },
  "retail.getInfo": {
    "operationId": "miniprogram.retail.getInfo", "id": "retail.getInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/getretailinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      openid: z.optional(z.string()),
      mobile_phone: z.optional(z.string()),
    }),
    result: z.looseObject({
      info: z.optional(z.array(z.looseObject({
        mobile_phone: z.optional(z.string()),
        retail_type: z.optional(z.string()),
        sub_retail_type: z.optional(z.string()),
        retail_address: z.optional(z.string()),
        retail_name: z.optional(z.string()),
        identification: z.optional(z.string()),
        principal: z.optional(z.string()),
        legal_person_name: z.optional(z.string()),
        openid: z.optional(z.string()),
        role: z.optional(z.string()),
        status: z.optional(z.int()),
        auth_time: z.optional(z.int()),
        grant_time: z.optional(z.int()),
        longitude: z.optional(z.number()),
        latitude: z.optional(z.number()),
        business_type: z.optional(z.array(z.string())),
        other_business_type: z.optional(z.string()),
        staff_list: z.optional(z.array(z.looseObject({
          openid: z.optional(z.string()),
          role: z.optional(z.union([z.literal(1), z.literal(2)])),
          create_time: z.optional(z.int()),
        }))),
      }))),
    })
  },
  "retail.notifyBusiness": {
    "operationId": "miniprogram.retail.notifyBusiness", "id": "retail.notifyBusiness", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/retailnotifybusiness", "token": "access_token",
    params: z.object({
      type: z.int(),
      to_user_list: z.array(z.string()).check(z.maxLength(200)),
      content: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
