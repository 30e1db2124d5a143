// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/webhook`, by id: row and schemas. */
export const endpoints = {
  "webhook.send": {
    "operationId": "work.webhook.send", "id": "webhook.send", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/webhook/send", "token": "none", "query": ["key"], "secrets": ["key"],
    params: z.discriminatedUnion("msgtype", [
      z.object({
        key: z.string(),
        msgtype: z.enum(["text"]),
        text: z.object({
          content: z.string(),
          mentioned_list: z.optional(z.array(z.string())),
          mentioned_mobile_list: z.optional(z.array(z.string())),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["markdown"]),
        markdown: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["markdown_v2"]),
        markdown_v2: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["image"]),
        image: z.object({
          base64: z.string(),
          md5: z.string(),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["news"]),
        news: z.object({
          articles: z.array(z.object({
            title: z.string(),
            description: z.optional(z.string()),
            url: z.string(),
            picurl: z.optional(z.string()),
          })).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["file"]),
        file: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["voice"]),
        voice: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        key: z.string(),
        msgtype: z.enum(["template_card"]),
        template_card: S.WorkTemplateCard,
      })
    ]),
    result: z.looseObject({})
  },
} as const;
