// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/qrcodeJump`, by id: row and schemas. */
export const endpoints = {
  "qrcodeJump.add": {
    "operationId": "miniprogram.qrcodeJump.add", "id": "qrcodeJump.add", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/qrcodejumpadd", "token": "access_token",
    params: z.object({
      prefix: z.string(),
      appid: z.optional(z.string()),
      path: z.string(),
      is_edit: z.union([z.literal(0), z.literal(1)]),
      open_version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      debug_url: z.optional(z.array(z.string()).check(z.maxLength(5))),
      permit_sub_rule: z.union([z.literal(1), z.literal(2)]),
    }),
    result: z.looseObject({})
  },
  "qrcodeJump.delete": {
    "operationId": "miniprogram.qrcodeJump.delete", "id": "qrcodeJump.delete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/qrcodejumpdelete", "token": "access_token",
    params: z.object({
      prefix: z.string(),
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "qrcodeJump.download": {
    "operationId": "miniprogram.qrcodeJump.download", "id": "qrcodeJump.download", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/qrcodejumpdownload", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      file_name: z.optional(z.string()),
      file_content: z.optional(z.string()),
    })
  },
  "qrcodeJump.get": {
    "operationId": "miniprogram.qrcodeJump.get", "id": "qrcodeJump.get", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/qrcodejumpget", "token": "access_token", "idempotent": true,
    params: z.object({
      appid: z.optional(z.string()),
      get_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      prefix_list: z.optional(z.array(z.string()).check(z.maxLength(200))),
      page_num: z.optional(z.int().check(z.gte(1))),
      page_size: z.optional(z.int().check(z.lte(200))),
    }),
    result: z.looseObject({
      rule_list: z.optional(z.array(z.looseObject({
        prefix: z.optional(z.string()),
        path: z.optional(z.string()),
        state: z.optional(z.union([z.literal(1), z.literal(2)])),
        open_version: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        permit_sub_rule: z.optional(z.union([z.literal(1), z.literal(2)])),
        debug_url: z.optional(z.array(z.string())),
      }))),
      qrcodejump_open: z.optional(z.int()),
      list_size: z.optional(z.int()),
      qrcodejump_pub_quota: z.optional(z.int()),
      total_count: z.optional(z.int()),
    })
  },
  "qrcodeJump.publish": {
    "operationId": "miniprogram.qrcodeJump.publish", "id": "qrcodeJump.publish", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/qrcodejumppublish", "token": "access_token",
    params: z.object({
      prefix: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
