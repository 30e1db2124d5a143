// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/basicInfo`, by id: row and schemas. */
export const endpoints = {
  "basicInfo.fetchDataSetting": {
    "operationId": "open.basicInfo.fetchDataSetting", "id": "basicInfo.fetchDataSetting", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/fetchdatasetting", "token": "access_token",
    params: z.discriminatedUnion("action", [
      z.object({
        action: z.enum(["get"]),
      }),
      z.object({
        action: z.enum(["set_pre_fetch"]),
        is_pre_fetch_open: z.boolean(),
        pre_fetch_type: z.union([z.literal(0), z.literal(1)]),
        pre_fetch_url: z.optional(z.string()),
        pre_env: z.optional(z.string()),
        pre_function_name: z.optional(z.string()),
      }),
      z.object({
        action: z.enum(["set_period_fetch"]),
        is_period_fetch_open: z.boolean(),
        period_fetch_type: z.union([z.literal(0), z.literal(1)]),
        period_fetch_url: z.optional(z.string()),
        period_env: z.optional(z.string()),
        period_function_name: z.optional(z.string()),
      })
    ]),
    result: z.looseObject({
      is_pre_fetch_open: z.optional(z.boolean()),
      pre_fetch_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      pre_fetch_url: z.optional(z.string()),
      pre_env: z.optional(z.string()),
      pre_function_name: z.optional(z.string()),
      is_period_fetch_open: z.optional(z.boolean()),
      period_fetch_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      period_fetch_url: z.optional(z.string()),
      period_env: z.optional(z.string()),
      period_function_name: z.optional(z.string()),
    })
  },
  "basicInfo.getNickNameStatus": {
    "operationId": "open.basicInfo.getNickNameStatus", "id": "basicInfo.getNickNameStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/api_wxa_querynickname", "token": "access_token", "idempotent": true,
    params: z.object({
      audit_id: z.int(),
    }),
    result: z.looseObject({
      nickname: z.optional(z.string()),
      audit_stat: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      fail_reason: z.optional(z.string()),
      create_time: z.optional(z.int()),
      audit_time: z.optional(z.int()),
    })
  },
  "basicInfo.getSearchStatus": {
    "operationId": "open.basicInfo.getSearchStatus", "id": "basicInfo.getSearchStatus", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/getwxasearchstatus", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(0), z.literal(1)])),
    })
  },
  "basicInfo.setNickName": {
    "operationId": "open.basicInfo.setNickName", "id": "basicInfo.setNickName", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setnickname", "token": "access_token",
    params: z.object({
      nick_name: z.string(),
      id_card: z.optional(z.string()),
      license: z.optional(z.string()),
      naming_other_stuff_1: z.optional(z.string()),
      naming_other_stuff_2: z.optional(z.string()),
      naming_other_stuff_3: z.optional(z.string()),
      naming_other_stuff_4: z.optional(z.string()),
      naming_other_stuff_5: z.optional(z.string()),
    }),
    result: z.looseObject({
      wording: z.optional(z.string()),
      audit_id: z.optional(z.int()),
    })
  },
  "basicInfo.setSearchStatus": {
    "operationId": "open.basicInfo.setSearchStatus", "id": "basicInfo.setSearchStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/changewxasearchstatus", "token": "access_token",
    params: z.object({
      status: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
} as const;
