// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/autoReply`, by id: row and schemas. */
export const endpoints = {
  "autoReply.getCurrentInfo": {
    "operationId": "oa.autoReply.getCurrentInfo", "id": "autoReply.getCurrentInfo", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/get_current_autoreply_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      is_add_friend_reply_open: z.optional(z.union([z.literal(0), z.literal(1)])),
      is_autoreply_open: z.optional(z.union([z.literal(0), z.literal(1)])),
      add_friend_autoreply_info: z.optional(z.looseObject({
        type: z.optional(z.enum(["text", "img", "voice", "video", "news"])),
        content: z.optional(z.string()),
      })),
      message_default_autoreply_info: z.optional(z.looseObject({
        type: z.optional(z.enum(["text", "img", "voice", "video", "news"])),
        content: z.optional(z.string()),
      })),
      keyword_autoreply_info: z.optional(z.looseObject({
        list: z.optional(z.array(z.looseObject({
          rule_name: z.optional(z.string()),
          create_time: z.optional(z.int()),
          reply_mode: z.optional(z.enum(["reply_all", "random_one"])),
          keyword_list_info: z.optional(z.array(z.looseObject({
            type: z.optional(z.string()),
            match_mode: z.optional(z.enum(["contain", "equal"])),
            content: z.optional(z.string()),
          }))),
          reply_list_info: z.optional(z.array(z.looseObject({
            type: z.optional(z.enum(["text", "img", "voice", "video", "news"])),
            content: z.optional(z.string()),
            news_info: z.optional(z.looseObject({
              list: z.optional(z.array(z.looseObject({
                title: z.optional(z.string()),
                author: z.optional(z.string()),
                digest: z.optional(z.string()),
                show_cover: z.optional(z.union([z.literal(0), z.literal(1)])),
                cover_url: z.optional(z.string()),
                content_url: z.optional(z.string()),
                source_url: z.optional(z.string()),
              }))),
            })),
          }))),
        }))),
      })),
    })
  },
} as const;
