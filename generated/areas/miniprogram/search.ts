// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/search`, by id: row and schemas. */
export const endpoints = {
  "search.imageSearch": {
    "operationId": "miniprogram.search.imageSearch", "id": "search.imageSearch", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/imagesearch", "token": "access_token", "multipart": true,
    params: z.object({
      img: H.upload,
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        title: z.optional(z.string()),
        img_url: z.optional(z.string()),
        price: z.optional(z.string()),
        path: z.optional(z.string()),
      }))),
    })
  },
  "search.setDynamicData": {
    "operationId": "miniprogram.search.setDynamicData", "id": "search.setDynamicData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setdynamicdata", "token": "access_token",
    params: z.object({
      lifespan: z.int(),
      query: z.string(),
      scene: z.int(),
      data: z.string(),
    }),
    result: z.looseObject({})
  },
  "search.siteSearch": {
    "operationId": "miniprogram.search.siteSearch", "id": "search.siteSearch", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sitesearch", "token": "access_token", "idempotent": true,
    params: z.object({
      keyword: z.string(),
      next_page_info: z.string(),
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        title: z.optional(z.string()),
        description: z.optional(z.string()),
        image: z.optional(z.string()),
        path: z.optional(z.string()),
      }))),
      has_next_page: z.optional(z.boolean()),
      next_page_info: z.optional(z.string()),
      hit_count: z.optional(z.int()),
    })
  },
  "search.submitPages": {
    "operationId": "miniprogram.search.submitPages", "id": "search.submitPages", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/search/wxaapi_submitpages", "token": "access_token",
    params: z.object({
      pages: z.array(z.object({
        path: z.string(),
        query: z.string(),
        data_list: z.array(z.unknown()),
      })).check(z.maxLength(1000)),
    }),
    result: z.looseObject({})
  },
} as const;
