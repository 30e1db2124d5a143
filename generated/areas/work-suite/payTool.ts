// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/payTool`, by id: row and schemas. */
export const endpoints = {
  "payTool.closeOrder": {
    "operationId": "work-suite.payTool.closeOrder", "id": "payTool.closeOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/close_order", "token": "provider_access_token",
    params: z.object({
      order_id: z.string(),
      nonce_str: z.string(),
      ts: z.int(),
      sig: z.string(),
    }),
    result: z.looseObject({})
  },
  "payTool.getInvoiceList": {
    "operationId": "work-suite.payTool.getInvoiceList", "id": "payTool.getInvoiceList", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/get_invoice_list", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(100))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      next_cursor: z.optional(z.string()),
      invoice_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        custom_corpid: z.optional(z.string()),
        apply_time: z.optional(z.int()),
        invoice_type: z.optional(z.int()),
        paid_price: z.optional(z.int()),
        invoice_status: z.optional(z.int()),
        invoice_title: z.optional(z.string()),
        tax_number: z.optional(z.string()),
        send_way: z.optional(z.int()),
        contact_name: z.optional(z.string()),
        contact_tel: z.optional(z.string()),
        contact_addr: z.optional(z.string()),
        contact_postcode: z.optional(z.string()),
        receive_email: z.optional(z.string()),
        company_addr: z.optional(z.string()),
        company_tel: z.optional(z.string()),
        bank_name: z.optional(z.string()),
        bank_account_number: z.optional(z.string()),
        invoice_note: z.optional(z.string()),
      }))),
    })
  },
  "payTool.getOrderDetail": {
    "operationId": "work-suite.payTool.getOrderDetail", "id": "payTool.getOrderDetail", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/get_order_detail", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
      nonce_str: z.string(),
      ts: z.int(),
      sig: z.string(),
    }),
    result: z.looseObject({
      pay_order: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        custom_corpid: z.optional(z.string()),
        buy_content: z.optional(z.string()),
        origin_price: z.optional(z.int()),
        paid_price: z.optional(z.int()),
        order_status: z.optional(z.int()),
        order_from: z.optional(z.int()),
        creator: z.optional(z.string()),
        pay_type: z.optional(z.int()),
        custom_corp_name: z.optional(z.string()),
        pay_channel: z.optional(z.int()),
        channel_order_id: z.optional(z.string()),
        paid_time: z.optional(z.int()),
        business_type: z.optional(z.int()),
        income_type: z.optional(z.int()),
        income_time: z.optional(z.int()),
        income_amount: z.optional(z.int()),
        product_list: z.optional(z.unknown()),
      })),
    })
  },
  "payTool.getOrderList": {
    "operationId": "work-suite.payTool.getOrderList", "id": "payTool.getOrderList", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/get_order_list", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      business_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int()),
      nonce_str: z.string(),
      ts: z.int(),
      sig: z.string(),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      has_more: z.optional(z.int()),
      pay_order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        custom_corpid: z.optional(z.string()),
        buy_content: z.optional(z.string()),
        origin_price: z.optional(z.int()),
        paid_price: z.optional(z.int()),
        order_status: z.optional(z.int()),
        order_from: z.optional(z.int()),
        creator: z.optional(z.string()),
        pay_type: z.optional(z.int()),
      }))),
    })
  },
  "payTool.markInvoiceStatus": {
    "operationId": "work-suite.payTool.markInvoiceStatus", "id": "payTool.markInvoiceStatus", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/mark_invoice_status", "token": "provider_access_token",
    params: z.object({
      order_id: z.string(),
      oper_userid: z.string(),
      invoice_status: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      invoice_note: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "payTool.openOrder": {
    "operationId": "work-suite.payTool.openOrder", "id": "payTool.openOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/paytool/open_order", "token": "provider_access_token",
    params: z.object({
      business_type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      custom_corpid: z.optional(z.string()),
      pay_type: z.optional(z.int()),
      bank_receipt_media_id: z.optional(z.string()),
      creator: z.optional(z.string()),
      product_list: z.object({
        third_app: z.optional(z.unknown()),
        customized_app: z.optional(z.unknown()),
        promotion_case: z.optional(z.unknown()),
      }),
      nonce_str: z.optional(z.string()),
      ts: z.optional(z.int()),
      sig: z.optional(z.string()),
    }),
    result: z.looseObject({
      order_id: z.optional(z.string()),
      order_url: z.optional(z.string()),
      origin_price: z.optional(z.int()),
      paid_price: z.optional(z.int()),
    })
  },
} as const;
