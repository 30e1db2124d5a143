// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/user`, by id: row and schemas. */
export const endpoints = {
  "user.batchGetInfo": {
    "operationId": "oa.user.batchGetInfo", "id": "user.batchGetInfo", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/user/info/batchget", "token": "access_token", "idempotent": true,
    params: z.object({
      user_list: z.array(z.object({
        openid: z.string(),
        lang: z.optional(z.enum(["zh_CN", "zh_TW", "en"])),
      })),
    }),
    result: z.looseObject({
      user_info_list: z.array(z.looseObject({
        subscribe: z.union([z.literal(0), z.literal(1)]),
        openid: z.string(),
        nickname: z.optional(z.string()),
        sex: z.optional(z.int()),
        language: z.optional(z.string()),
        city: z.optional(z.string()),
        province: z.optional(z.string()),
        country: z.optional(z.string()),
        headimgurl: z.optional(z.string()),
        subscribe_time: z.optional(z.int()),
        unionid: z.optional(z.string()),
        remark: z.optional(z.string()),
        groupid: z.optional(z.int()),
        tagid_list: z.optional(z.array(z.int())),
        subscribe_scene: z.optional(z.string()),
        qr_scene: z.optional(z.int()),
        qr_scene_str: z.optional(z.string()),
      })),
    })
  },
  "user.changeOpenId": {
    "operationId": "oa.user.changeOpenId", "id": "user.changeOpenId", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/changeopenid", "token": "access_token",
    params: z.object({
      from_appid: z.string(),
      openid_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      result_list: z.array(z.looseObject({
        ori_openid: z.optional(z.string()),
        new_openid: z.optional(z.string()),
        err_msg: z.optional(z.string()),
      })),
    })
  },
  "user.info": {
    "operationId": "oa.user.info", "id": "user.info", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/user/info", "token": "access_token", "query": ["openid", "lang"], "idempotent": true,
    params: z.object({
      openid: z.string(),
      lang: z.optional(z.enum(["zh_CN", "zh_TW", "en"])),
    }),
    result: z.looseObject({
      subscribe: z.union([z.literal(0), z.literal(1)]),
      openid: z.string(),
      language: z.optional(z.string()),
      subscribe_time: z.optional(z.int()),
      unionid: z.optional(z.string()),
      remark: z.optional(z.string()),
      groupid: z.optional(z.int()),
      tagid_list: z.optional(z.array(z.int())),
      subscribe_scene: z.optional(z.string()),
      qr_scene: z.optional(z.int()),
      qr_scene_str: z.optional(z.string()),
    })
  },
  "user.list": {
    "operationId": "oa.user.list", "id": "user.list", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/user/get", "token": "access_token", "query": ["next_openid"], "idempotent": true,
    params: z.object({
      next_openid: z.optional(z.string()),
    }),
    result: z.looseObject({
      total: z.int(),
      count: z.int(),
      data: z.optional(z.looseObject({
        openid: z.optional(z.array(z.string())),
      })),
      next_openid: z.optional(z.string()),
    })
  },
  "user.updateRemark": {
    "operationId": "oa.user.updateRemark", "id": "user.updateRemark", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/user/info/updateremark", "token": "access_token",
    params: z.object({
      openid: z.string(),
      remark: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
