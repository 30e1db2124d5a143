// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/advancedApi`, by id: row and schemas. */
export const endpoints = {
  "advancedApi.cancelOrder": {
    "operationId": "work-suite.advancedApi.cancelOrder", "id": "advancedApi.cancelOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/cancel_order", "token": "provider_access_token",
    params: z.object({
      order_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "advancedApi.createOrder": {
    "operationId": "work-suite.advancedApi.createOrder", "id": "advancedApi.createOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/create_order", "token": "provider_access_token",
    params: z.object({
      advanced_api_type: z.optional(z.literal(1)),
      custom_corpid: z.string(),
      buyer_userid: z.string(),
      order_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      chat_archive_api: z.optional(z.object({
        edition: z.union([z.literal(2), z.literal(3)]),
        old_edition: z.optional(z.literal(2)),
        purchase_count: z.optional(z.int()),
        take_effect_time: z.optional(z.int()),
        old_edition_info: z.optional(z.object({
          begin_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
        })),
        target_edition_info: z.optional(z.object({
          begin_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
        })),
      })),
    }),
    result: z.looseObject({
      order_id: z.optional(z.string()),
    })
  },
  "advancedApi.getCorpBuyInfo": {
    "operationId": "work-suite.advancedApi.getCorpBuyInfo", "id": "advancedApi.getCorpBuyInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/get_corp_buy_info", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      advanced_api_type: z.optional(z.literal(1)),
      custom_corpid: z.string(),
    }),
    result: z.looseObject({
      chat_archive_api_buy_info: z.optional(z.looseObject({
        edition_list: z.optional(z.array(z.looseObject({
          edition: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
          purchase_count: z.optional(z.int()),
          begin_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
        }))),
      })),
    })
  },
  "advancedApi.getOrder": {
    "operationId": "work-suite.advancedApi.getOrder", "id": "advancedApi.getOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/get_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
    }),
    result: z.looseObject({
      order: z.optional(z.looseObject({
        advanced_api_type: z.optional(z.int()),
        order_id: z.optional(z.string()),
        order_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        order_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
        custom_corpid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        buyer_userid: z.optional(z.string()),
        paid_price: z.optional(z.int()),
        chat_archive_api: z.optional(z.looseObject({
          edition: z.optional(z.union([z.literal(2), z.literal(3)])),
          purchase_count: z.optional(z.int()),
          purchase_duration_days: z.optional(z.int()),
          take_effect_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
          original_price: z.optional(z.int()),
        })),
      })),
    })
  },
  "advancedApi.listOrder": {
    "operationId": "work-suite.advancedApi.listOrder", "id": "advancedApi.listOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/list_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      custom_corpid: z.optional(z.string()),
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      advanced_api_type: z.optional(z.literal(1)),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        order_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        order_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
        create_time: z.optional(z.int()),
      }))),
    })
  },
  "advancedApi.submitPay": {
    "operationId": "work-suite.advancedApi.submitPay", "id": "advancedApi.submitPay", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_api/submit_pay", "token": "provider_access_token",
    params: z.object({
      payer_userid: z.string(),
      order_id: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
