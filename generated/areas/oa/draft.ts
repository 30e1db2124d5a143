// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `oa/draft`, by id: row and schemas. */
export const endpoints = {
  "draft.add": {
    "operationId": "oa.draft.add", "id": "draft.add", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/add", "token": "access_token",
    params: z.object({
      articles: z.array(z.object({
        article_type: z.optional(z.enum(["news", "newspic"])),
        title: z.string().check(z.maxLength(32)),
        author: z.optional(z.string().check(z.maxLength(16))),
        digest: z.optional(z.string().check(z.maxLength(128))),
        content: z.string(),
        content_source_url: z.optional(z.string()),
        thumb_media_id: z.optional(z.string()),
        need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        pic_crop_235_1: z.optional(z.string()),
        pic_crop_1_1: z.optional(z.string()),
        image_info: z.optional(z.object({
          image_list: z.array(z.object({
            image_media_id: z.string(),
          })).check(z.maxLength(20)),
        })),
        cover_info: z.optional(z.object({
          crop_percent_list: z.optional(z.array(z.object({
            ratio: z.optional(z.enum(["1_1", "16_9", "2.35_1"])),
            x1: z.optional(z.string()),
            y1: z.optional(z.string()),
            x2: z.optional(z.string()),
            y2: z.optional(z.string()),
          }))),
        })),
        product_info: z.optional(z.object({
          footer_product_info: z.optional(z.object({
            product_key: z.optional(z.string()),
          })),
        })),
      })),
    }),
    result: z.looseObject({
      media_id: z.string(),
    })
  },
  "draft.batchGet": {
    "operationId": "oa.draft.batchGet", "id": "draft.batchGet", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/batchget", "token": "access_token", "idempotent": true,
    params: z.object({
      offset: z.int().check(z.gte(0)),
      count: z.int().check(z.gte(1), z.lte(20)),
      no_content: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      total_count: z.int(),
      item_count: z.int(),
      item: z.optional(z.array(z.looseObject({
        media_id: z.optional(z.string()),
        content: z.optional(z.looseObject({
          news_item: z.optional(z.array(S.DraftNewsItem)),
        })),
        update_time: z.optional(z.int()),
      }))),
    })
  },
  "draft.count": {
    "operationId": "oa.draft.count", "id": "draft.count", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/count", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      total_count: z.int(),
    })
  },
  "draft.delete": {
    "operationId": "oa.draft.delete", "id": "draft.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/delete", "token": "access_token",
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "draft.get": {
    "operationId": "oa.draft.get", "id": "draft.get", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/get", "token": "access_token", "idempotent": true,
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({
      news_item: z.optional(z.array(S.DraftNewsItem)),
    })
  },
  "draft.update": {
    "operationId": "oa.draft.update", "id": "draft.update", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/draft/update", "token": "access_token",
    params: z.object({
      media_id: z.string(),
      index: z.int().check(z.gte(0)),
      articles: z.object({
        article_type: z.optional(z.enum(["news", "newspic"])),
        title: z.string(),
        author: z.optional(z.string()),
        digest: z.optional(z.string()),
        content: z.string(),
        content_source_url: z.optional(z.string()),
        thumb_media_id: z.optional(z.string()),
        need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        pic_crop_235_1: z.optional(z.string()),
        pic_crop_1_1: z.optional(z.string()),
        image_info: z.optional(z.object({
          image_list: z.array(z.object({
            image_media_id: z.string(),
          })).check(z.maxLength(20)),
        })),
        cover_info: z.optional(z.object({
          crop_percent_list: z.optional(z.array(z.object({
            ratio: z.optional(z.enum(["1_1", "16_9", "2.35_1"])),
            x1: z.optional(z.string()),
            y1: z.optional(z.string()),
            x2: z.optional(z.string()),
            y2: z.optional(z.string()),
          }))),
        })),
        product_info: z.optional(z.object({
          footer_product_info: z.optional(z.object({
            product_key: z.optional(z.string()),
          })),
        })),
      }),
    }),
    result: z.looseObject({})
  },
} as const;
