// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/comment`, by id: row and schemas. */
export const endpoints = {
  "comment.addReply": {
    "operationId": "oa.comment.addReply", "id": "comment.addReply", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/reply/add", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      user_comment_id: z.int(),
      content: z.string(),
    }),
    result: z.looseObject({})
  },
  "comment.close": {
    "operationId": "oa.comment.close", "id": "comment.close", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/close", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
  "comment.delete": {
    "operationId": "oa.comment.delete", "id": "comment.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/delete", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      user_comment_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "comment.deleteReply": {
    "operationId": "oa.comment.deleteReply", "id": "comment.deleteReply", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/reply/delete", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      user_comment_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "comment.list": {
    "operationId": "oa.comment.list", "id": "comment.list", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/list", "token": "access_token", "idempotent": true,
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      begin: z.int(),
      count: z.int().check(z.lte(49)),
      type: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    }),
    result: z.looseObject({
      comment: z.optional(z.array(z.looseObject({
        user_comment_id: z.optional(z.int()),
        create_time: z.optional(z.int()),
        content: z.optional(z.string()),
        comment_type: z.optional(z.union([z.literal(0), z.literal(1)])),
        openid: z.optional(z.string()),
        reply: z.optional(z.looseObject({
          content: z.optional(z.string()),
          create_time: z.optional(z.int()),
        })),
      }))),
      total: z.optional(z.int()),
    })
  },
  "comment.markElect": {
    "operationId": "oa.comment.markElect", "id": "comment.markElect", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/markelect", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      user_comment_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "comment.open": {
    "operationId": "oa.comment.open", "id": "comment.open", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/open", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
  "comment.unmarkElect": {
    "operationId": "oa.comment.unmarkElect", "id": "comment.unmarkElect", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/comment/unmarkelect", "token": "access_token",
    params: z.object({
      msg_data_id: z.int(),
      index: z.optional(z.int()),
      user_comment_id: z.int(),
    }),
    result: z.looseObject({})
  },
} as const;
