// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `open/wxaAuth`, by id: row and schemas. */
export const endpoints = {
  "wxaAuth.getIdentityTree": {
    "operationId": "open.wxaAuth.getIdentityTree", "id": "wxaAuth.getIdentityTree", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/sec/authidentitytree", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      identity_tree_list: z.optional(z.array(S.WxaAuthIdentityNode)),
    })
  },
  "wxaAuth.queryTask": {
    "operationId": "open.wxaAuth.queryTask", "id": "wxaAuth.queryTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/queryauth", "token": "access_token", "idempotent": true,
    params: z.object({
      taskid: z.string(),
    }),
    result: z.looseObject({
      task_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(11), z.literal(12), z.literal(14), z.literal(15)])),
      auth_url: z.optional(z.string()),
      apply_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
      orderid: z.optional(H.int64Out),
      appid: z.optional(z.string()),
      refill_reason: z.optional(z.string()),
      fail_reason: z.optional(z.string()),
    })
  },
  "wxaAuth.resubmit": {
    "operationId": "open.wxaAuth.resubmit", "id": "wxaAuth.resubmit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/reauth", "token": "access_token",
    params: z.object({
      auth_data: z.object({
        customer_type: z.optional(z.union([z.literal(1), z.literal(12), z.literal(15)])),
        taskid: z.string(),
        contact_info: S.WxaAuthContactInfo,
        invoice_info: z.optional(S.WxaAuthInvoiceInfo),
        qualification: z.optional(z.string()),
        qualification_other: z.optional(z.array(z.string())),
        account_name: z.string(),
        account_name_type: z.int(),
        account_supplemental: z.optional(z.array(z.string())),
        pay_type: z.int(),
        auth_identification: z.optional(z.string()),
        auth_ident_material: z.optional(z.array(z.string())),
        third_party_phone: z.string(),
        service_appid: z.optional(z.string()),
      }),
    }),
    result: z.looseObject({
      taskid: z.optional(z.string()),
    })
  },
  "wxaAuth.submit": {
    "operationId": "open.wxaAuth.submit", "id": "wxaAuth.submit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/wxaauth", "token": "access_token",
    params: z.object({
      auth_data: z.object({
        customer_type: z.union([z.literal(1), z.literal(12), z.literal(15)]),
        taskid: z.optional(z.string()),
        contact_info: S.WxaAuthContactInfo,
        invoice_info: z.optional(S.WxaAuthInvoiceInfo),
        qualification: z.optional(z.string()),
        qualification_other: z.optional(z.array(z.string())),
        account_name: z.string(),
        account_name_type: z.int(),
        account_supplemental: z.optional(z.array(z.string())),
        pay_type: z.int(),
        auth_identification: z.optional(z.string()),
        auth_ident_material: z.optional(z.array(z.string())),
        third_party_phone: z.string(),
        service_appid: z.optional(z.string()),
      }),
    }),
    result: z.looseObject({
      taskid: z.optional(z.string()),
      auth_url: z.optional(z.string()),
    })
  },
  "wxaAuth.uploadMaterial": {
    "operationId": "open.wxaAuth.uploadMaterial", "id": "wxaAuth.uploadMaterial", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/uploadauthmaterial", "token": "access_token", "multipart": true,
    params: z.object({
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      mediaid: z.optional(z.string()),
    })
  },
} as const;
