// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/message`, by id: row and schemas. */
export const endpoints = {
  "message.getStatistics": {
    "operationId": "work.message.getStatistics", "id": "message.getStatistics", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/message/get_statistics", "token": "access_token", "idempotent": true,
    params: z.object({
      time_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      statistics: z.optional(z.array(z.looseObject({
        agentid: z.optional(z.int()),
        app_name: z.optional(z.string()),
        count: z.optional(z.int()),
      }))),
    })
  },
  "message.recall": {
    "operationId": "work.message.recall", "id": "message.recall", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/message/recall", "token": "access_token",
    params: z.object({
      msgid: z.string(),
    }),
    result: z.looseObject({})
  },
  "message.send": {
    "operationId": "work.message.send", "id": "message.send", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/message/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["text"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["image"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["voice"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        voice: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["video"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        video: z.object({
          media_id: z.string(),
          title: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["file"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        file: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["textcard"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        textcard: z.object({
          title: z.string(),
          description: z.string(),
          url: z.string(),
          btntxt: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["news"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        news: z.object({
          articles: z.array(S.WorkNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["mpnews"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        mpnews: z.object({
          articles: z.array(S.WorkMpNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["markdown"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        markdown: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["miniprogram_notice"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        miniprogram_notice: z.object({
          appid: z.string(),
          page: z.optional(z.string()),
          title: z.string(),
          description: z.optional(z.string()),
          emphasis_first_item: z.optional(z.boolean()),
          content_item: z.optional(z.array(z.object({
            key: z.string(),
            value: z.string(),
          })).check(z.maxLength(10))),
        }),
      }),
      z.object({
        touser: z.optional(z.string()),
        toparty: z.optional(z.string()),
        totag: z.optional(z.string()),
        msgtype: z.enum(["template_card"]),
        agentid: z.optional(z.int()),
        safe: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        enable_id_trans: z.optional(z.union([z.literal(0), z.literal(1)])),
        enable_duplicate_check: z.optional(z.union([z.literal(0), z.literal(1)])),
        duplicate_check_interval: z.optional(z.int().check(z.lte(14400))),
        template_card: S.WorkTemplateCard,
      })
    ]),
    result: z.looseObject({
      invaliduser: z.optional(z.string()),
      invalidparty: z.optional(z.string()),
      invalidtag: z.optional(z.string()),
      unlicenseduser: z.optional(z.string()),
      msgid: z.optional(z.string()),
      response_code: z.optional(z.string()),
    })
  },
  "message.updateTaskCard": {
    "operationId": "work.message.updateTaskCard", "id": "message.updateTaskCard", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/message/update_taskcard", "token": "access_token", "deprecated": "task cards were replaced by template cards; use message.updateTemplateCard",
    params: z.object({
      userids: z.array(z.string()).check(z.maxLength(1000)),
      agentid: z.int(),
      task_id: z.string(),
      replace_name: z.optional(z.string()),
      clicked_key: z.optional(z.string()),
    }),
    result: z.looseObject({
      invaliduser: z.optional(z.array(z.string())),
    })
  },
  "message.updateTemplateCard": {
    "operationId": "work.message.updateTemplateCard", "id": "message.updateTemplateCard", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/message/update_template_card", "token": "access_token",
    params: z.object({
      userids: z.optional(z.array(z.string()).check(z.maxLength(1000))),
      partyids: z.optional(z.array(z.int()).check(z.maxLength(100))),
      tagids: z.optional(z.array(z.int()).check(z.maxLength(100))),
      atall: z.optional(z.union([z.literal(0), z.literal(1)])),
      agentid: z.int(),
      response_code: z.string(),
      button: z.optional(z.object({
        replace_name: z.string(),
      })),
      template_card: z.optional(S.WorkTemplateCard),
    }),
    result: z.looseObject({
      invaliduser: z.optional(z.array(z.string())),
    })
  },
} as const;
