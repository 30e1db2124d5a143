// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/oauth`, by id: row and schemas. */
export const endpoints = {
  "oauth.checkAccessToken": {
    "operationId": "oa.oauth.checkAccessToken", "id": "oauth.checkAccessToken", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/auth", "token": "none", "query": ["access_token", "openid"], "idempotent": true, "secrets": ["access_token"],
    params: z.object({
      access_token: z.string(),
      openid: z.string(),
    }),
    result: z.looseObject({})
  },
  "oauth.getAccessToken": {
    "operationId": "oa.oauth.getAccessToken", "id": "oauth.getAccessToken", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/oauth2/access_token", "token": "none", "query": ["appid", "secret", "code", "grant_type"], "fills": { "appid": "appId", "secret": "appSecret" }, "secrets": ["secret", "code"],
    params: z.object({
      appid: z.optional(z.string()),
      secret: z.optional(z.string()),
      code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
      refresh_token: z.string(),
      openid: z.string(),
      scope: z.optional(z.string()),
      is_snapshotuser: z.optional(z.literal(1)),
      unionid: z.optional(z.string()),
    })
  },
  "oauth.getUserInfo": {
    "operationId": "oa.oauth.getUserInfo", "id": "oauth.getUserInfo", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/userinfo", "token": "none", "query": ["access_token", "openid", "lang"], "idempotent": true, "secrets": ["access_token"],
    params: z.object({
      access_token: z.string(),
      openid: z.string(),
      lang: z.optional(z.enum(["zh_CN", "zh_TW", "en"])),
    }),
    result: z.looseObject({
      openid: z.string(),
      nickname: z.optional(z.string()),
      sex: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      province: z.optional(z.string()),
      city: z.optional(z.string()),
      country: z.optional(z.string()),
      headimgurl: z.optional(z.string()),
      privilege: z.optional(z.array(z.string())),
      unionid: z.optional(z.string()),
    })
  },
  "oauth.refreshAccessToken": {
    "operationId": "oa.oauth.refreshAccessToken", "id": "oauth.refreshAccessToken", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/oauth2/refresh_token", "token": "none", "query": ["appid", "grant_type", "refresh_token"], "fills": { "appid": "appId" }, "secrets": ["refresh_token"],
    params: z.object({
      appid: z.optional(z.string()),
      grant_type: z.enum(["refresh_token"]),
      refresh_token: z.string(),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
      refresh_token: z.string(),
      openid: z.string(),
      scope: z.optional(z.string()),
    })
  },
} as const;
