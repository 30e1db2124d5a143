// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/plugin`, by id: row and schemas. */
export const endpoints = {
  "plugin.manage": {
    "operationId": "miniprogram.plugin.manage", "id": "plugin.manage", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/plugin", "token": "access_token",
    params: z.discriminatedUnion("action", [
      z.object({
        action: z.enum(["list"]),
      }),
      z.object({
        action: z.enum(["apply"]),
        plugin_appid: z.string(),
        reason: z.string(),
      }),
      z.object({
        action: z.enum(["unbind"]),
        plugin_appid: z.string(),
      }),
      z.object({
        action: z.enum(["update"]),
        plugin_appid: z.string(),
        user_version: z.optional(z.string()),
      })
    ]),
    result: z.looseObject({
      plugin_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        nickname: z.optional(z.string()),
        headimgurl: z.optional(z.string()),
      }))),
    })
  },
  "plugin.manageApplication": {
    "operationId": "miniprogram.plugin.manageApplication", "id": "plugin.manageApplication", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/devplugin", "token": "access_token",
    params: z.discriminatedUnion("action", [
      z.object({
        action: z.enum(["dev_agree"]),
        appid: z.string(),
      }),
      z.object({
        action: z.enum(["dev_refuse"]),
        reason: z.string(),
      }),
      z.object({
        action: z.enum(["dev_delete"]),
      }),
      z.object({
        action: z.enum(["dev_apply_list"]),
        page: z.int(),
        num: z.int(),
      })
    ]),
    result: z.looseObject({
      apply_list: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        status: z.optional(z.int()),
        nickname: z.optional(z.string()),
        headimgurl: z.optional(z.string()),
        reason: z.optional(z.string()),
        apply_url: z.optional(z.string()),
        create_time: z.optional(z.string()),
        categories: z.optional(z.array(z.looseObject({
          first: z.optional(z.string()),
          second: z.optional(z.string()),
        }))),
      }))),
    })
  },
} as const;
