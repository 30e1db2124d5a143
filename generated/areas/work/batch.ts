// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/batch`, by id: row and schemas. */
export const endpoints = {
  "batch.getResult": {
    "operationId": "work.batch.getResult", "id": "batch.getResult", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/getresult", "token": "access_token", "query": ["jobid"], "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      type: z.optional(z.string()),
      total: z.optional(z.int()),
      percentage: z.optional(z.int()),
      result: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        action: z.optional(z.int()),
        partyid: z.optional(z.int()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "batch.invite": {
    "operationId": "work.batch.invite", "id": "batch.invite", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/invite", "token": "access_token",
    params: z.object({
      user: z.optional(z.array(z.string()).check(z.maxLength(1000))),
      party: z.optional(z.array(z.int()).check(z.maxLength(100))),
      tag: z.optional(z.array(z.int()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      invaliduser: z.optional(z.array(z.string())),
      invalidparty: z.optional(z.array(z.int())),
      invalidtag: z.optional(z.array(z.int())),
    })
  },
  "batch.openUserIdToUserId": {
    "operationId": "work.batch.openUserIdToUserId", "id": "batch.openUserIdToUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/openuserid_to_userid", "token": "access_token", "idempotent": true,
    params: z.object({
      open_userid_list: z.array(z.string()).check(z.maxLength(1000)),
      source_agentid: z.optional(z.int()),
    }),
    result: z.looseObject({
      userid_list: z.optional(z.array(z.looseObject({
        open_userid: z.optional(z.string()),
        userid: z.optional(z.string()),
      }))),
      invalid_open_userid_list: z.optional(z.array(z.string())),
    })
  },
  "batch.replaceParty": {
    "operationId": "work.batch.replaceParty", "id": "batch.replaceParty", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/replaceparty", "token": "access_token",
    params: z.object({
      media_id: z.string(),
      callback: z.optional(z.object({
        url: z.optional(z.string()),
        token: z.optional(z.string()),
        encodingaeskey: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "batch.replaceUser": {
    "operationId": "work.batch.replaceUser", "id": "batch.replaceUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/replaceuser", "token": "access_token",
    params: z.object({
      media_id: z.string(),
      to_invite: z.optional(z.boolean()),
      callback: z.optional(z.object({
        url: z.optional(z.string()),
        token: z.optional(z.string()),
        encodingaeskey: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "batch.syncUser": {
    "operationId": "work.batch.syncUser", "id": "batch.syncUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/syncuser", "token": "access_token",
    params: z.object({
      media_id: z.string(),
      to_invite: z.optional(z.boolean()),
      callback: z.optional(z.object({
        url: z.optional(z.string()),
        token: z.optional(z.string()),
        encodingaeskey: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "batch.userIdToOpenUserId": {
    "operationId": "work.batch.userIdToOpenUserId", "id": "batch.userIdToOpenUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/batch/userid_to_openuserid", "token": "access_token", "idempotent": true,
    params: z.object({
      userid_list: z.array(z.string()).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      open_userid_list: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        open_userid: z.optional(z.string()),
      }))),
      invalid_userid_list: z.optional(z.array(z.string())),
    })
  },
} as const;
