// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/oauth`, by id: row and schemas. */
export const endpoints = {
  "oauth.completeTfa": {
    "operationId": "work.oauth.completeTfa", "id": "oauth.completeTfa", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/tfa_succ", "token": "access_token", "secrets": ["tfa_code"],
    params: z.object({
      userid: z.string(),
      tfa_code: z.string(),
    }),
    result: z.looseObject({})
  },
  "oauth.getTfaInfo": {
    "operationId": "work.oauth.getTfaInfo", "id": "oauth.getTfaInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/auth/get_tfa_info", "token": "access_token", "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      userid: z.optional(z.string()),
      tfa_code: z.optional(z.string()),
    })
  },
  "oauth.getUserDetail": {
    "operationId": "work.oauth.getUserDetail", "id": "oauth.getUserDetail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/auth/getuserdetail", "token": "access_token", "secrets": ["user_ticket"],
    params: z.object({
      user_ticket: z.string(),
    }),
    result: z.looseObject({
      userid: z.optional(z.string()),
      gender: z.optional(z.enum(["0", "1", "2"])),
      avatar: z.optional(z.string()),
      qr_code: z.optional(z.string()),
      mobile: z.optional(z.string()),
      email: z.optional(z.string()),
      biz_mail: z.optional(z.string()),
      address: z.optional(z.string()),
    })
  },
  "oauth.getUserInfo": {
    "operationId": "work.oauth.getUserInfo", "id": "oauth.getUserInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/auth/getuserinfo", "token": "access_token", "query": ["code"], "secrets": ["code"],
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      userid: z.optional(z.string()),
      user_ticket: z.optional(z.string()),
      openid: z.optional(z.string()),
      external_userid: z.optional(z.string()),
    })
  },
  "oauth.legacyGetUserInfo": {
    "operationId": "work.oauth.legacyGetUserInfo", "id": "oauth.legacyGetUserInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/getuserinfo", "token": "access_token", "query": ["code"], "secrets": ["code"], "deprecated": "replaced by /cgi-bin/auth/getuserinfo (oauth.getUserInfo)",
    params: z.object({
      code: z.string(),
    }),
    result: z.looseObject({
      UserId: z.optional(z.string()),
      DeviceId: z.optional(z.string()),
      user_ticket: z.optional(z.string()),
      OpenId: z.optional(z.string()),
      external_userid: z.optional(z.string()),
    })
  },
} as const;
