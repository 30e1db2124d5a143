// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/license`, by id: row and schemas. */
export const endpoints = {
  "license.createRenewOrderJob": {
    "operationId": "work-suite.license.createRenewOrderJob", "id": "license.createRenewOrderJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/create_renew_order_job", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      account_list: z.array(z.object({
        userid: z.string(),
        type: z.union([z.literal(1), z.literal(2)]),
      })).check(z.maxLength(1000)),
      jobid: z.optional(z.string()),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
      invalid_account_list: z.optional(z.array(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        userid: z.optional(z.string()),
        type: z.optional(z.int()),
      }))),
    })
  },
  "license.getUnionOrder": {
    "operationId": "work-suite.license.getUnionOrder", "id": "license.getUnionOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_union_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
      limit: z.optional(z.int().check(z.lte(1000))),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      order: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        order_type: z.optional(z.int()),
        order_status: z.optional(z.int()),
        price: z.optional(z.int()),
        create_time: z.optional(z.int()),
        pay_time: z.optional(z.int()),
      })),
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      next_cursor: z.optional(z.string()),
      buy_list: z.optional(z.array(z.looseObject({
        sub_order_id: z.optional(z.string()),
        corpid: z.optional(z.string()),
        account_count: z.optional(z.looseObject({
          base_count: z.optional(z.int()),
          external_contact_count: z.optional(z.int()),
        })),
        account_duration: z.optional(z.looseObject({
          months: z.optional(z.int()),
          days: z.optional(z.int()),
        })),
      }))),
    })
  },
  "license.listOrderAccount": {
    "operationId": "work-suite.license.listOrderAccount", "id": "license.listOrderAccount", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/list_order_account", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
      limit: z.optional(z.int()),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      next_cursor: z.string(),
      has_more: z.int(),
      account_list: z.optional(z.array(z.looseObject({
        active_code: z.string(),
        userid: z.string(),
        type: z.int(),
      }))),
    })
  },
} as const;
