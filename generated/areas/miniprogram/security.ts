// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/security`, by id: row and schemas. */
export const endpoints = {
  "security.getUserRiskRank": {
    "operationId": "miniprogram.security.getUserRiskRank", "id": "security.getUserRiskRank", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getuserriskrank", "token": "access_token",
    params: z.object({
      appid: z.string(),
      openid: z.string(),
      scene: z.union([z.literal(0), z.literal(1), z.literal(2)]),
      mobile_no: z.optional(z.string()),
      client_ip: z.string(),
      email_address: z.optional(z.string()),
      extended_info: z.optional(z.string()),
      is_test: z.optional(z.boolean()),
      bank_card_no: z.optional(z.string()),
      cert_no: z.optional(z.string()),
    }),
    result: z.looseObject({
      risk_rank: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      unoin_id: z.optional(z.int()),
    })
  },
  "security.imgSecCheck": {
    "operationId": "miniprogram.security.imgSecCheck", "id": "security.imgSecCheck", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/img_sec_check", "token": "access_token", "multipart": true, "deprecated": "version 1.0, no longer updated or maintained since 2021-09-01; use security.mediaCheckAsync",
    params: z.object({
      media: H.upload,
    }),
    result: z.looseObject({})
  },
  "security.mediaCheckAsync": {
    "operationId": "miniprogram.security.mediaCheckAsync", "id": "security.mediaCheckAsync", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/media_check_async", "token": "access_token",
    params: z.object({
      media_url: z.string(),
      media_type: z.union([z.literal(1), z.literal(2)]),
      version: z.literal(2),
      scene: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      openid: z.string(),
    }),
    result: z.looseObject({
      trace_id: z.optional(z.string()),
    })
  },
  "security.msgSecCheck": {
    "operationId": "miniprogram.security.msgSecCheck", "id": "security.msgSecCheck", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/msg_sec_check", "token": "access_token",
    params: z.object({
      content: z.string().check(z.maxLength(2500)),
      version: z.literal(2),
      scene: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      openid: z.string(),
      title: z.optional(z.string()),
      nickname: z.optional(z.string()),
      signature: z.optional(z.string()),
    }),
    result: z.looseObject({
      detail: z.optional(z.array(z.looseObject({
        strategy: z.optional(z.string()),
        errcode: z.optional(z.int()),
        suggest: z.optional(z.enum(["risky", "pass", "review"])),
        label: z.optional(z.int()),
        keyword: z.optional(z.string()),
        prob: z.optional(z.int()),
        level: z.optional(z.int()),
      }))),
      trace_id: z.optional(z.string()),
      result: z.optional(z.looseObject({
        suggest: z.optional(z.enum(["risky", "pass", "review"])),
        label: z.optional(z.int()),
      })),
    })
  },
} as const;
