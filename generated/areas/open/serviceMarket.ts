// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/serviceMarket`, by id: row and schemas. */
export const endpoints = {
  "serviceMarket.getPaidOrderList": {
    "operationId": "open.serviceMarket.getPaidOrderList", "id": "serviceMarket.getPaidOrderList", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/servicemarket/get_paid_order_list", "token": "component_access_token", "idempotent": true,
    params: z.object({
      service_id: z.optional(H.int64In),
      appid: z.optional(z.string()),
      offset: z.int(),
      limit: z.int(),
      openid: z.optional(z.string()),
      buyer_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(H.int64Out),
        effective_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
        specification_id: z.optional(z.string()),
        service_id: z.optional(H.int64Out),
        total_price: z.optional(z.int()),
        phone: z.optional(z.string()),
      }))),
    })
  },
  "serviceMarket.getServiceBuyer": {
    "operationId": "open.serviceMarket.getServiceBuyer", "id": "serviceMarket.getServiceBuyer", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/servicemarket/service/get_service_buyer", "token": "component_access_token", "idempotent": true,
    params: z.object({
      service_id: H.int64In,
      appid: z.optional(z.string()),
      openid: z.optional(z.string()),
      buyer_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      buyer: z.optional(z.looseObject({
        appid: z.optional(z.string()),
        service_id: z.optional(H.int64Out),
        spec_list: z.optional(z.array(z.looseObject({
          specification_id: z.optional(z.string()),
          expire_time: z.optional(z.int()),
        }))),
        openid: z.optional(z.string()),
      })),
    })
  },
  "serviceMarket.getServiceBuyerList": {
    "operationId": "open.serviceMarket.getServiceBuyerList", "id": "serviceMarket.getServiceBuyerList", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/servicemarket/service/get_service_buyer_list", "token": "component_access_token", "idempotent": true,
    params: z.object({
      service_id: H.int64In,
      offset: z.int(),
      limit: z.int().check(z.lte(10)),
      buyer_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      buyer_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        service_id: z.optional(H.int64Out),
        spec_list: z.optional(z.array(z.looseObject({
          specification_id: z.optional(z.string()),
          expire_time: z.optional(z.int()),
        }))),
        openid: z.optional(z.string()),
      }))),
    })
  },
  "serviceMarket.loginAuth": {
    "operationId": "open.serviceMarket.loginAuth", "id": "serviceMarket.loginAuth", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/servicemarket/service/login_auth", "token": "access_token", "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      order_id: z.optional(H.int64Out),
      openid: z.optional(z.string()),
      appid: z.optional(z.string()),
      service_id: z.optional(H.int64Out),
      sku_id: z.optional(z.string()),
      spec_id: z.optional(z.string()),
    })
  },
} as const;
