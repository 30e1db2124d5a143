// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/nearbyPoi`, by id: row and schemas. */
export const endpoints = {
  "nearbyPoi.add": {
    "operationId": "miniprogram.nearbyPoi.add", "id": "nearbyPoi.add", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/addnearbypoi", "token": "access_token",
    params: z.object({
      kf_info: z.optional(z.string()),
      pic_list: z.string(),
      service_infos: z.string(),
      store_name: z.string(),
      contract_phone: z.string(),
      hour: z.string(),
      company_name: z.string(),
      credential: z.string(),
      address: z.string(),
      qualification_list: z.string(),
      is_comm_nearby: z.enum(["1"]),
      poi_id: z.optional(z.string()),
      map_poi_id: z.string(),
    }),
    result: z.looseObject({
      data: z.looseObject({
        audit_id: z.optional(z.int()),
        poi_id: z.optional(z.int()),
        related_credential: z.optional(z.string()),
      }),
    })
  },
  "nearbyPoi.delete": {
    "operationId": "miniprogram.nearbyPoi.delete", "id": "nearbyPoi.delete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/delnearbypoi", "token": "access_token",
    params: z.object({
      poi_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "nearbyPoi.getList": {
    "operationId": "miniprogram.nearbyPoi.getList", "id": "nearbyPoi.getList", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getnearbypoilist", "token": "access_token", "idempotent": true,
    params: z.object({
      page: z.int().check(z.gte(1)),
      page_rows: z.int().check(z.lte(1000)),
    }),
    result: z.looseObject({
      data: z.looseObject({
        max_apply_num: z.optional(z.int()),
        left_apply_num: z.optional(z.int()),
        data: z.optional(z.string()),
      }),
    })
  },
  "nearbyPoi.setShowStatus": {
    "operationId": "miniprogram.nearbyPoi.setShowStatus", "id": "nearbyPoi.setShowStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setnearbypoishowstatus", "token": "access_token",
    params: z.object({
      poi_id: z.string(),
      status: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
} as const;
