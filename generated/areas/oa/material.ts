// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/material`, by id: row and schemas. */
export const endpoints = {
  "material.add": {
    "operationId": "oa.material.add", "id": "material.add", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/material/add_material", "token": "access_token", "query": ["type"], "multipart": true,
    params: z.object({
      type: z.enum(["image", "voice", "video", "thumb"]),
      media: H.upload,
      description: z.optional(z.object({
        title: z.optional(z.string()),
        introduction: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({
      media_id: z.string(),
      url: z.optional(z.string()),
    })
  },
  "material.batchGet": {
    "operationId": "oa.material.batchGet", "id": "material.batchGet", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/material/batchget_material", "token": "access_token", "idempotent": true,
    params: z.object({
      type: z.enum(["image", "video", "voice", "news"]),
      offset: z.int().check(z.gte(0)),
      count: z.int().check(z.gte(1), z.lte(20)),
    }),
    result: z.looseObject({
      total_count: z.int(),
      item_count: z.int(),
      item: z.optional(z.array(z.looseObject({
        media_id: z.optional(z.string()),
        content: z.optional(z.looseObject({
          news_item: z.optional(z.array(z.looseObject({
            title: z.optional(z.string()),
            author: z.optional(z.string()),
            digest: z.optional(z.string()),
            content: z.optional(z.string()),
            content_source_url: z.optional(z.string()),
            thumb_media_id: z.optional(z.string()),
            show_cover_pic: z.optional(z.union([z.literal(0), z.literal(1)])),
            url: z.optional(z.string()),
            thumb_url: z.optional(z.string()),
          }))),
        })),
        update_time: z.optional(z.int()),
        name: z.optional(z.string()),
        url: z.optional(z.string()),
      }))),
    })
  },
  "material.count": {
    "operationId": "oa.material.count", "id": "material.count", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/material/get_materialcount", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      voice_count: z.int(),
      video_count: z.int(),
      image_count: z.int(),
      news_count: z.int(),
    })
  },
  "material.delete": {
    "operationId": "oa.material.delete", "id": "material.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/material/del_material", "token": "access_token",
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "material.get": {
    "operationId": "oa.material.get", "id": "material.get", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/material/get_material", "token": "access_token", "response": "json-or-binary", "idempotent": true,
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({
      news_item: z.optional(z.array(z.looseObject({
        title: z.optional(z.string()),
        thumb_media_id: z.optional(z.string()),
        show_cover_pic: z.optional(z.union([z.literal(0), z.literal(1)])),
        author: z.optional(z.string()),
        digest: z.optional(z.string()),
        content: z.optional(z.string()),
        url: z.optional(z.string()),
        content_source_url: z.optional(z.string()),
      }))),
      title: z.optional(z.string()),
      description: z.optional(z.string()),
      down_url: z.optional(z.string()),
    })
  },
} as const;
