// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/linkedCorp`, by id: row and schemas. */
export const endpoints = {
  "linkedCorp.getPermList": {
    "operationId": "work.linkedCorp.getPermList", "id": "linkedCorp.getPermList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/agent/get_perm_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      userids: z.optional(z.array(z.string())),
      department_ids: z.optional(z.array(z.string())),
    })
  },
  "linkedCorp.getUser": {
    "operationId": "work.linkedCorp.getUser", "id": "linkedCorp.getUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/get", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      user_info: z.optional(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        mobile: z.optional(z.string()),
        telephone: z.optional(z.string()),
        email: z.optional(z.string()),
        position: z.optional(z.string()),
        corpid: z.optional(z.string()),
        extattr: z.optional(S.LinkedCorpExtAttr),
      })),
    })
  },
  "linkedCorp.listDepartments": {
    "operationId": "work.linkedCorp.listDepartments", "id": "linkedCorp.listDepartments", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/department/list", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
    }),
    result: z.looseObject({
      department_list: z.optional(z.array(z.looseObject({
        department_id: z.optional(z.string()),
        department_name: z.optional(z.string()),
        parentid: z.optional(z.string()),
        order: z.optional(z.int()),
      }))),
    })
  },
  "linkedCorp.listSimpleUsers": {
    "operationId": "work.linkedCorp.listSimpleUsers", "id": "linkedCorp.listSimpleUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/simplelist", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
      fetch_child: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      userlist: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        corpid: z.optional(z.string()),
      }))),
    })
  },
  "linkedCorp.listUsers": {
    "operationId": "work.linkedCorp.listUsers", "id": "linkedCorp.listUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/list", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
      fetch_child: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      userlist: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        mobile: z.optional(z.string()),
        telephone: z.optional(z.string()),
        email: z.optional(z.string()),
        position: z.optional(z.string()),
        corpid: z.optional(z.string()),
        extattr: z.optional(S.LinkedCorpExtAttr),
      }))),
    })
  },
  "linkedCorp.sendMessage": {
    "operationId": "work.linkedCorp.sendMessage", "id": "linkedCorp.sendMessage", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/message/send", "token": "access_token",
    params: z.discriminatedUnion("msgtype", [
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["text"]),
        agentid: z.optional(z.int()),
        text: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["image"]),
        agentid: z.optional(z.int()),
        image: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["voice"]),
        agentid: z.optional(z.int()),
        voice: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["video"]),
        agentid: z.optional(z.int()),
        video: z.object({
          media_id: z.string(),
          title: z.optional(z.string()),
          description: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["file"]),
        agentid: z.optional(z.int()),
        file: z.object({
          media_id: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["textcard"]),
        agentid: z.optional(z.int()),
        textcard: z.object({
          title: z.string(),
          description: z.string(),
          url: z.string(),
          btntxt: z.optional(z.string()),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["news"]),
        agentid: z.optional(z.int()),
        news: z.object({
          articles: z.array(S.WorkNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["mpnews"]),
        agentid: z.optional(z.int()),
        mpnews: z.object({
          articles: z.array(S.WorkMpNewsArticle).check(z.minLength(1), z.maxLength(8)),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["markdown"]),
        agentid: z.optional(z.int()),
        markdown: z.object({
          content: z.string(),
        }),
      }),
      z.object({
        touser: z.optional(z.array(z.string())),
        toparty: z.optional(z.array(z.string())),
        totag: z.optional(z.array(z.string())),
        toall: z.optional(z.union([z.literal(0), z.literal(1)])),
        msgtype: z.enum(["miniprogram_notice"]),
        agentid: z.optional(z.int()),
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
      })
    ]),
    result: z.looseObject({
      invaliduser: z.optional(z.array(z.string())),
      invalidparty: z.optional(z.array(z.string())),
      invalidtag: z.optional(z.array(z.string())),
    })
  },
} as const;
