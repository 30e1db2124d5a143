// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/userOrder`, by id: row and schemas. */
export const endpoints = {
  "userOrder.confirmPermission": {
    "operationId": "open.userOrder.confirmPermission", "id": "userOrder.confirmPermission", "products": ["miniprogram", "oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/user-order/orders-permission/confirm", "token": "access_token", "deprecated": "WeChat no longer maintains the shopping-order feature (购物订单: 该功能已停止维护)",
    params: z.object({}),
    result: z.looseObject({
      last_result: z.optional(z.string()),
    })
  },
  "userOrder.openPermission": {
    "operationId": "open.userOrder.openPermission", "id": "userOrder.openPermission", "products": ["miniprogram", "oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/user-order/orders-permission/open", "token": "access_token", "deprecated": "WeChat no longer maintains the shopping-order feature (购物订单: 该功能已停止维护)",
    params: z.object({}),
    result: z.looseObject({})
  },
} as const;
