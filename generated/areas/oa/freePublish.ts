// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `oa/freePublish`, by id: row and schemas. */
export const endpoints = {
  "freePublish.batchGet": {
    "operationId": "oa.freePublish.batchGet", "id": "freePublish.batchGet", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/freepublish/batchget", "token": "access_token", "idempotent": true,
    params: z.object({
      offset: z.int().check(z.gte(0)),
      count: z.int().check(z.gte(1), z.lte(20)),
      no_content: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      total_count: z.int(),
      item_count: z.int(),
      item: z.optional(z.array(z.looseObject({
        article_id: z.optional(z.string()),
        content: z.optional(z.looseObject({
          news_item: z.optional(z.array(S.PublishedNewsItem)),
        })),
        update_time: z.optional(z.int()),
      }))),
    })
  },
  "freePublish.delete": {
    "operationId": "oa.freePublish.delete", "id": "freePublish.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/freepublish/delete", "token": "access_token",
    params: z.object({
      article_id: z.string(),
      index: z.optional(z.int().check(z.gte(0))),
    }),
    result: z.looseObject({})
  },
  "freePublish.get": {
    "operationId": "oa.freePublish.get", "id": "freePublish.get", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/freepublish/get", "token": "access_token", "idempotent": true,
    params: z.object({
      publish_id: z.string(),
    }),
    result: z.looseObject({
      publish_id: z.string(),
      publish_status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
      article_id: z.optional(z.string()),
      article_detail: z.optional(z.looseObject({
        count: z.optional(z.int()),
        item: z.optional(z.array(z.looseObject({
          idx: z.optional(z.int()),
          article_url: z.optional(z.string()),
        }))),
      })),
      fail_idx: z.optional(z.array(z.int())),
    })
  },
  "freePublish.getArticle": {
    "operationId": "oa.freePublish.getArticle", "id": "freePublish.getArticle", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/freepublish/getarticle", "token": "access_token", "idempotent": true,
    params: z.object({
      article_id: z.string(),
    }),
    result: z.looseObject({
      news_item: z.optional(z.array(S.PublishedNewsItem)),
    })
  },
  "freePublish.submit": {
    "operationId": "oa.freePublish.submit", "id": "freePublish.submit", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/freepublish/submit", "token": "access_token",
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({
      publish_id: z.string(),
      msg_data_id: z.optional(z.string()),
    })
  },
} as const;
