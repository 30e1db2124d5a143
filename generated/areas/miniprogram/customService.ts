// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/customService`, by id: row and schemas. */
export const endpoints = {
  "customService.bindKfWork": {
    "operationId": "miniprogram.customService.bindKfWork", "id": "customService.bindKfWork", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/work/bind", "token": "access_token",
    params: z.object({
      corpid: z.string(),
    }),
    result: z.looseObject({})
  },
  "customService.cancelAdmin": {
    "operationId": "miniprogram.customService.cancelAdmin", "id": "customService.cancelAdmin", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/canceladmin", "token": "access_token", "query": ["kf_openid", "business_id"],
    params: z.object({
      kf_openid: z.string(),
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "customService.getKfWorkBound": {
    "operationId": "miniprogram.customService.getKfWorkBound", "id": "customService.getKfWorkBound", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/work/get", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      entityName: z.optional(z.string()),
      corpid: z.optional(z.string()),
      bindTime: z.optional(z.int()),
    })
  },
  "customService.setAdmin": {
    "operationId": "miniprogram.customService.setAdmin", "id": "customService.setAdmin", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/setadmin", "token": "access_token", "query": ["kf_openid", "business_id"],
    params: z.object({
      kf_openid: z.string(),
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "customService.unbindKfWork": {
    "operationId": "miniprogram.customService.unbindKfWork", "id": "customService.unbindKfWork", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/work/unbind", "token": "access_token",
    params: z.object({
      corpid: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
