// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/donut`, by id: row and schemas. */
export const endpoints = {
  "donut.code2VerifyInfo": {
    "operationId": "shared.donut.code2VerifyInfo", "id": "donut.code2VerifyInfo", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/donut/code2verifyinfo", "token": "access_token", "query": ["appid", "appsecret", "code", "grant_type"], "secrets": ["appsecret", "code"],
    params: z.object({
      appid: z.string(),
      appsecret: z.string(),
      code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      login_info: z.optional(z.looseObject({
        type: z.optional(z.enum(["weixinApp", "weixinMiniProgram", "phoneSms", "apple", "phoneOneClick"])),
        login_time: z.optional(z.int()),
        appid: z.optional(z.string()),
      })),
      user_info: z.optional(z.looseObject({
        user_id: z.optional(z.string()),
        openapp_info: z.optional(z.looseObject({
          appid: z.optional(z.string()),
          openid: z.optional(z.string()),
          unionid: z.optional(z.string()),
          headimgurl: z.optional(z.string()),
          nickname: z.optional(z.string()),
        })),
        miniprogram_info: z.optional(z.looseObject({
          appid: z.optional(z.string()),
          openid: z.optional(z.string()),
          unionid: z.optional(z.string()),
        })),
        phone_info: z.optional(z.looseObject({
          phone: z.optional(z.string()),
        })),
        apple_info: z.optional(z.looseObject({
          bundleid: z.optional(z.string()),
          apple_user_id: z.optional(z.string()),
          apple_email: z.optional(z.string()),
          is_apple_email_verified: z.optional(z.boolean()),
          is_apple_email_private: z.optional(z.boolean()),
        })),
        huawei_info: z.optional(z.looseObject({
          client_id: z.optional(z.string()),
          huawei_open_id: z.optional(z.string()),
          huawei_union_id: z.optional(z.string()),
          huawei_display_name: z.optional(z.string()),
          huawei_picture: z.optional(z.string()),
          huawei_email: z.optional(z.string()),
          is_huawei_email_verified: z.optional(z.boolean()),
          type: z.optional(z.string()),
        })),
      })),
    })
  },
  "donut.unbindApple": {
    "operationId": "shared.donut.unbindApple", "id": "donut.unbindApple", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/donut/unbindapple", "token": "access_token",
    params: z.object({
      user_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "donut.unbindPhone": {
    "operationId": "shared.donut.unbindPhone", "id": "donut.unbindPhone", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/donut/unbindphone", "token": "access_token",
    params: z.object({
      user_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "donut.unbindWeixin": {
    "operationId": "shared.donut.unbindWeixin", "id": "donut.unbindWeixin", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/donut/unbindweixin", "token": "access_token",
    params: z.object({
      user_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "donut.unregisterUser": {
    "operationId": "shared.donut.unregisterUser", "id": "donut.unregisterUser", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/donut/unregisteruser", "token": "access_token",
    params: z.object({
      user_id: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
