// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/ams`, by id: row and schemas. */
export const endpoints = {
  "ams.checkCanOpenPublisher": {
    "operationId": "open.ams.checkCanOpenPublisher", "id": "ams.checkCanOpenPublisher", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/operationams", "token": "access_token", "fixedQuery": { "action": "agency_check_can_open_publisher" }, "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
      status: z.optional(z.union([z.literal(0), z.literal(1)])),
    })
  },
  "ams.createPublisher": {
    "operationId": "open.ams.createPublisher", "id": "ams.createPublisher", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/operationams", "token": "access_token", "fixedQuery": { "action": "agency_create_publisher" },
    params: z.object({}),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
    })
  },
  "ams.getCustomShareRatio": {
    "operationId": "open.ams.getCustomShareRatio", "id": "ams.getCustomShareRatio", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getdefaultamsinfo", "token": "component_access_token", "fixedQuery": { "action": "agency_get_custom_share_ratio" }, "idempotent": true,
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
      share_ratio: z.optional(z.int()),
    })
  },
  "ams.getShareRatio": {
    "operationId": "open.ams.getShareRatio", "id": "ams.getShareRatio", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getdefaultamsinfo", "token": "component_access_token", "fixedQuery": { "action": "get_share_ratio" }, "idempotent": true,
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
      share_ratio: z.optional(z.int()),
    })
  },
  "ams.setCustomShareRatio": {
    "operationId": "open.ams.setCustomShareRatio", "id": "ams.setCustomShareRatio", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setdefaultamsinfo", "token": "component_access_token", "fixedQuery": { "action": "agency_set_custom_share_ratio" },
    params: z.object({
      share_ratio: z.int(),
      appid: z.string(),
    }),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
    })
  },
  "ams.setShareRatio": {
    "operationId": "open.ams.setShareRatio", "id": "ams.setShareRatio", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setdefaultamsinfo", "token": "component_access_token", "fixedQuery": { "action": "set_share_ratio" },
    params: z.object({
      share_ratio: z.int(),
    }),
    result: z.looseObject({
      ret: z.optional(z.int()),
      err_msg: z.optional(z.string()),
    })
  },
} as const;
