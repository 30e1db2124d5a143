// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/auth`, by id: row and schemas. */
export const endpoints = {
  "auth.checkEncryptedData": {
    "operationId": "miniprogram.auth.checkEncryptedData", "id": "auth.checkEncryptedData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/checkencryptedmsg", "token": "access_token", "idempotent": true,
    params: z.object({
      encrypted_msg_hash: z.string(),
    }),
    result: z.looseObject({
      vaild: z.optional(z.boolean()),
      create_time: z.optional(z.int()),
    })
  },
  "auth.checkSession": {
    "operationId": "miniprogram.auth.checkSession", "id": "auth.checkSession", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/checksession", "token": "access_token", "query": ["openid", "signature", "sig_method"], "idempotent": true,
    params: z.object({
      openid: z.string(),
      signature: z.string(),
      sig_method: z.enum(["hmac_sha256"]),
    }),
    result: z.looseObject({})
  },
  "auth.code2Session": {
    "operationId": "miniprogram.auth.code2Session", "id": "auth.code2Session", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/jscode2session", "token": "none", "query": ["appid", "secret", "js_code", "grant_type"], "fills": { "appid": "appId", "secret": "appSecret" }, "secrets": ["secret", "js_code"],
    params: z.object({
      appid: z.optional(z.string()),
      secret: z.optional(z.string()),
      js_code: z.string(),
      grant_type: z.enum(["authorization_code"]),
    }),
    result: z.looseObject({
      openid: z.string(),
      session_key: z.string(),
      unionid: z.optional(z.string()),
    })
  },
  "auth.getPaidUnionId": {
    "operationId": "miniprogram.auth.getPaidUnionId", "id": "auth.getPaidUnionId", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/getpaidunionid", "token": "access_token", "query": ["openid", "transaction_id", "mch_id", "out_trade_no"], "idempotent": true,
    params: z.object({
      openid: z.string(),
      transaction_id: z.optional(z.string()),
      mch_id: z.optional(z.string()),
      out_trade_no: z.optional(z.string()),
    }),
    result: z.looseObject({
      unionid: z.optional(z.string()),
    })
  },
  "auth.getPluginOpenPId": {
    "operationId": "miniprogram.auth.getPluginOpenPId", "id": "auth.getPluginOpenPId", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getpluginopenpid", "token": "access_token", "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      openpid: z.optional(z.string()),
    })
  },
  "auth.getUserEncryptKey": {
    "operationId": "miniprogram.auth.getUserEncryptKey", "id": "auth.getUserEncryptKey", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/business/getuserencryptkey", "token": "access_token", "query": ["openid", "signature", "sig_method"], "idempotent": true,
    params: z.object({
      openid: z.string(),
      signature: z.string(),
      sig_method: z.enum(["hmac_sha256"]),
    }),
    result: z.looseObject({
      key_info_list: z.optional(z.array(z.looseObject({
        encrypt_key: z.optional(z.string()),
        version: z.optional(z.int()),
        expire_in: z.optional(z.int()),
        iv: z.optional(z.string()),
        create_time: z.optional(z.int()),
      }))),
    })
  },
  "auth.resetUserSessionKey": {
    "operationId": "miniprogram.auth.resetUserSessionKey", "id": "auth.resetUserSessionKey", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/resetusersessionkey", "token": "access_token", "query": ["openid", "signature", "sig_method"],
    params: z.object({
      openid: z.string(),
      signature: z.string(),
      sig_method: z.enum(["hmac_sha256"]),
    }),
    result: z.looseObject({
      openid: z.optional(z.string()),
      session_key: z.optional(z.string()),
    })
  },
} as const;
