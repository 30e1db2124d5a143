// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/appChat`, by id: row and schemas. */
export const endpoints = {
  "appChat.create": {
    "operationId": "work.appChat.create", "id": "appChat.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/appchat/create", "token": "access_token",
    params: z.object({
      name: z.optional(z.string().check(z.maxLength(50))),
      owner: z.optional(z.string()),
      userlist: z.array(z.string()).check(z.minLength(2), z.maxLength(2000)),
      chatid: z.optional(z.string().check(z.maxLength(32))),
    }),
    result: z.looseObject({
      chatid: z.optional(z.string()),
    })
  },
  "appChat.get": {
    "operationId": "work.appChat.get", "id": "appChat.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/appchat/get", "token": "access_token", "query": ["chatid"], "idempotent": true,
    params: z.object({
      chatid: z.string(),
    }),
    result: z.looseObject({
      chat_info: z.optional(z.looseObject({
        chatid: z.optional(z.string()),
        name: z.optional(z.string()),
        owner: z.optional(z.string()),
        userlist: z.optional(z.array(z.string())),
        chat_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      })),
    })
  },
  "appChat.send": {
    "operationId": "work.appChat.send", "id": "appChat.send", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/appchat/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["text"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["image"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["voice"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        voice: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["video"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        video: z.object({
          media_id: z.string(),
          title: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["file"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        file: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["textcard"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        textcard: z.object({
          title: z.string(),
          description: z.string(),
          url: z.string(),
          btntxt: z.optional(z.string()),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["news"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        news: z.object({
          articles: z.array(S.WorkNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["mpnews"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        mpnews: z.object({
          articles: z.array(S.WorkMpNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        chatid: z.string(),
        msgtype: z.enum(["markdown"]),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        markdown: z.object({
          content: z.string(),
        }),
      })
    ]),
    result: z.looseObject({})
  },
  "appChat.update": {
    "operationId": "work.appChat.update", "id": "appChat.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/appchat/update", "token": "access_token",
    params: z.object({
      chatid: z.string(),
      name: z.optional(z.string().check(z.maxLength(50))),
      owner: z.optional(z.string()),
      add_user_list: z.optional(z.array(z.string())),
      del_user_list: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({})
  },
} as const;
