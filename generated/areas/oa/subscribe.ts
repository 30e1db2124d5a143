// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/subscribe`, by id: row and schemas. */
export const endpoints = {
  "subscribe.send": {
    "operationId": "oa.subscribe.send", "id": "subscribe.send", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/subscribe/bizsend", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      page: z.optional(z.string()),
      miniprogram: z.optional(z.object({
        appid: z.string(),
        pagepath: z.string(),
      })),
      data: z.record(z.string(), z.object({
        value: z.string(),
      })),
      miniprogram_state: z.optional(z.enum(["developer", "trial", "formal"])),
      lang: z.optional(z.enum(["zh_CN", "en_US", "zh_HK", "zh_TW"])),
    }),
    result: z.looseObject({})
  },
  "subscribe.sendOneTime": {
    "operationId": "oa.subscribe.sendOneTime", "id": "subscribe.sendOneTime", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/template/subscribe", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      url: z.optional(z.string()),
      miniprogram: z.optional(z.object({
        appid: z.string(),
        pagepath: z.string(),
      })),
      scene: z.string(),
      title: z.string().check(z.maxLength(15)),
      data: z.object({
        content: z.optional(z.object({
          value: z.optional(z.string().check(z.maxLength(200))),
          color: z.optional(z.string()),
        })),
      }),
    }),
    result: z.looseObject({})
  },
} as const;
