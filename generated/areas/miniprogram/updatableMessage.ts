// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/updatableMessage`, by id: row and schemas. */
export const endpoints = {
  "updatableMessage.createActivityId": {
    "operationId": "miniprogram.updatableMessage.createActivityId", "id": "updatableMessage.createActivityId", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/wxopen/activityid/create", "token": "access_token", "query": ["unionid", "openid"],
    params: z.object({
      unionid: z.optional(z.string()),
      openid: z.optional(z.string()),
    }),
    result: z.looseObject({
      activity_id: z.optional(z.string()),
      expiration_time: z.optional(z.int()),
    })
  },
  "updatableMessage.setUpdatableMsg": {
    "operationId": "miniprogram.updatableMessage.setUpdatableMsg", "id": "updatableMessage.setUpdatableMsg", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/wxopen/updatablemsg/send", "token": "access_token",
    params: z.object({
      activity_id: z.string(),
      target_state: z.union([z.literal(0), z.literal(1)]),
      template_info: z.object({
        parameter_list: z.array(z.object({
          name: z.enum(["member_count", "room_limit", "path", "version_type"]),
          value: z.string(),
        })),
      }),
    }),
    result: z.looseObject({})
  },
} as const;
