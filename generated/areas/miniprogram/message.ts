// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/message`, by id: row and schemas. */
export const endpoints = {
  "message.custom.businessSend": {
    "operationId": "miniprogram.message.custom.businessSend", "id": "message.custom.businessSend", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/business/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.string(),
        msgtype: z.enum(["text"]),
        businessid: z.optional(z.string()),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["image"]),
        businessid: z.optional(z.string()),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["link"]),
        businessid: z.optional(z.string()),
        link: z.object({
          title: z.string(),
          description: z.string(),
          url: z.string(),
          thumb_url: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["miniprogrampage"]),
        businessid: z.optional(z.string()),
        miniprogrampage: z.object({
          title: z.string(),
          pagepath: z.string(),
          thumb_media_id: z.string(),
        }),
      })
    ]),
    result: z.looseObject({})
  },
  "message.custom.businessTyping": {
    "operationId": "miniprogram.message.custom.businessTyping", "id": "message.custom.businessTyping", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/business/typing", "token": "access_token",
    params: z.object({
      touser: z.string(),
      command: z.enum(["Typing", "CancelTyping"]),
      businessid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "message.custom.send": {
    "operationId": "miniprogram.message.custom.send", "id": "message.custom.send", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.string(),
        msgtype: z.enum(["text"]),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["image"]),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["link"]),
        link: z.object({
          title: z.string(),
          description: z.string(),
          url: z.string(),
          thumb_url: z.string(),
        }),
      }),
      z.object({
        touser: z.string(),
        msgtype: z.enum(["miniprogrampage"]),
        miniprogrampage: z.object({
          title: z.string(),
          pagepath: z.string(),
          thumb_media_id: z.string(),
        }),
      })
    ]),
    result: z.looseObject({})
  },
  "message.device.send": {
    "operationId": "miniprogram.message.device.send", "id": "message.device.send", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/device/subscribe/send", "token": "access_token",
    params: z.object({
      template_id: z.string(),
      sn: z.string(),
      page: z.string(),
      to_openid_list: z.array(z.string()),
      miniprogram_state: z.optional(z.enum(["developer", "trial", "formal"])),
      modelId: z.string(),
      data: z.record(z.string(), z.object({
        value: z.string(),
      })),
      lang: z.optional(z.enum(["zh_CN", "en_US", "zh_HK", "zh_TW"])),
    }),
    result: z.looseObject({})
  },
  "message.subscribe.getUserNotify": {
    "operationId": "miniprogram.message.subscribe.getUserNotify", "id": "message.subscribe.getUserNotify", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/get_user_notify", "token": "access_token", "idempotent": true, "secrets": ["notify_code"],
    params: z.object({
      openid: z.string(),
      notify_code: z.string(),
      notify_type: z.int(),
    }),
    result: z.looseObject({
      notify_info: z.optional(z.looseObject({
        notify_type: z.optional(z.int()),
        content_json: z.optional(z.string()),
        code_state: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(10)])),
        code_expire_time: z.optional(z.int()),
      })),
    })
  },
  "message.subscribe.send": {
    "operationId": "miniprogram.message.subscribe.send", "id": "message.subscribe.send", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/subscribe/send", "token": "access_token",
    params: z.object({
      touser: z.string(),
      template_id: z.string(),
      page: z.optional(z.string()),
      data: z.record(z.string(), z.object({
        value: z.unknown(),
      })),
      miniprogram_state: z.optional(z.enum(["developer", "trial", "formal"])),
      lang: z.optional(z.enum(["zh_CN", "en_US", "zh_HK", "zh_TW"])),
    }),
    result: z.looseObject({})
  },
  "message.subscribe.setUserNotify": {
    "operationId": "miniprogram.message.subscribe.setUserNotify", "id": "message.subscribe.setUserNotify", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/set_user_notify", "token": "access_token", "secrets": ["notify_code"],
    params: z.object({
      openid: z.string(),
      notify_type: z.int(),
      notify_code: z.string(),
      content_json: z.string(),
      check_json: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "message.subscribe.setUserNotifyExt": {
    "operationId": "miniprogram.message.subscribe.setUserNotifyExt", "id": "message.subscribe.setUserNotifyExt", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/set_user_notifyext", "token": "access_token", "secrets": ["notify_code"],
    params: z.object({
      openid: z.string(),
      notify_type: z.int(),
      notify_code: z.string(),
      ext_json: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
