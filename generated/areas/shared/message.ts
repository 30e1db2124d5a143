// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/message`, by id: row and schemas. */
export const endpoints = {
  "message.custom.send": {
    "operationId": "shared.message.custom.send", "id": "message.custom.send", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/send", "token": "access_token",
    params: z.object({
      touser: z.string(),
      msgtype: z.enum(["text", "image", "voice", "video", "music", "news", "mpnews", "mpnewsarticle", "msgmenu", "wxcard", "miniprogrampage"]),
      text: z.optional(z.object({
        content: z.string(),
      })),
      image: z.optional(z.object({
        media_id: z.string(),
      })),
      voice: z.optional(z.object({
        media_id: z.string(),
      })),
      video: z.optional(z.object({
        media_id: z.string(),
        thumb_media_id: z.string(),
        title: z.optional(z.string()),
        description: z.optional(z.string()),
      })),
      music: z.optional(z.object({
        title: z.string(),
        description: z.string(),
        musicurl: z.string(),
        hqmusicurl: z.optional(z.string()),
        thumb_media_id: z.string(),
      })),
      news: z.optional(z.object({
        articles: z.array(z.object({
          title: z.string(),
          description: z.string(),
          picurl: z.string(),
          url: z.string(),
        })),
      })),
      mpnews: z.optional(z.object({
        media_id: z.string(),
      })),
      mpnewsarticle: z.optional(z.object({
        article_id: z.string(),
      })),
      msgmenu: z.optional(z.object({
        head_content: z.optional(z.string()),
        list: z.array(z.object({
          id: z.string(),
          content: z.string(),
        })),
        tail_content: z.optional(z.string()),
      })),
      wxcard: z.optional(z.object({
        card_id: z.string(),
      })),
      miniprogrampage: z.optional(z.object({
        title: z.string(),
        appid: z.string(),
        pagepath: z.string(),
        thumb_media_id: z.string(),
      })),
      customservice: z.optional(z.object({
        kf_account: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
  "message.custom.typing": {
    "operationId": "shared.message.custom.typing", "id": "message.custom.typing", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/custom/typing", "token": "access_token",
    params: z.object({
      touser: z.string(),
      command: z.enum(["Typing", "CancelTyping"]),
    }),
    result: z.looseObject({})
  },
} as const;
