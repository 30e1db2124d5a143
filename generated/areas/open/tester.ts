// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/tester`, by id: row and schemas. */
export const endpoints = {
  "tester.bind": {
    "operationId": "open.tester.bind", "id": "tester.bind", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/bind_tester", "token": "access_token",
    params: z.object({
      wechatid: z.string(),
    }),
    result: z.looseObject({
      userstr: z.optional(z.string()),
    })
  },
  "tester.list": {
    "operationId": "open.tester.list", "id": "tester.list", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/memberauth", "token": "access_token", "idempotent": true,
    params: z.object({
      action: z.enum(["get_experiencer"]),
    }),
    result: z.looseObject({
      members: z.optional(z.array(z.looseObject({
        userstr: z.optional(z.string()),
      }))),
    })
  },
  "tester.unbind": {
    "operationId": "open.tester.unbind", "id": "tester.unbind", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/unbind_tester", "token": "access_token",
    params: z.object({
      wechatid: z.optional(z.string()),
      userstr: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
