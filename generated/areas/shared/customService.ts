// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/customService`, by id: row and schemas. */
export const endpoints = {
  "customService.addAccount": {
    "operationId": "shared.customService.addAccount", "id": "customService.addAccount", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/add", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      nickname: z.string().check(z.maxLength(16)),
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "customService.deleteAccount": {
    "operationId": "shared.customService.deleteAccount", "id": "customService.deleteAccount", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/del", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "customService.getAccountList": {
    "operationId": "shared.customService.getAccountList", "id": "customService.getAccountList", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/customservice/getkflist", "token": "access_token", "query": ["business_id"], "idempotent": true,
    params: z.object({
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      kf_list: z.optional(z.array(z.looseObject({
        kf_account: z.optional(z.string()),
        kf_nick: z.optional(z.string()),
        kf_id: z.optional(z.string()),
        kf_headimgurl: z.optional(z.string()),
        kf_wx: z.optional(z.string()),
        invite_wx: z.optional(z.string()),
        invite_expire_time: z.optional(z.int()),
        invite_status: z.optional(z.enum(["waiting", "rejected", "expired"])),
        kf_openid: z.optional(z.string()),
      }))),
    })
  },
  "customService.getOnlineAccountList": {
    "operationId": "shared.customService.getOnlineAccountList", "id": "customService.getOnlineAccountList", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/customservice/getonlinekflist", "token": "access_token", "query": ["business_id"], "idempotent": true,
    params: z.object({
      business_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      kf_online_list: z.optional(z.array(z.looseObject({
        kf_account: z.optional(z.string()),
        status: z.optional(z.union([z.literal(0), z.literal(1)])),
        kf_id: z.optional(z.string()),
        accepted_case: z.optional(z.int()),
        kf_openid: z.optional(z.string()),
      }))),
    })
  },
} as const;
