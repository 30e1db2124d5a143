// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/media`, by id: row and schemas. */
export const endpoints = {
  "media.getHdVoice": {
    "operationId": "oa.media.getHdVoice", "id": "media.getHdVoice", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/get/jssdk", "token": "access_token", "query": ["media_id"], "response": "binary", "contentTypes": ["voice/speex"], "idempotent": true,
    params: z.object({
      media_id: z.string(),
    })
  },
  "media.uploadImage": {
    "operationId": "oa.media.uploadImage", "id": "media.uploadImage", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/uploadimg", "token": "access_token", "multipart": true,
    params: z.object({
      media: H.upload,
    }),
    result: z.looseObject({
      url: z.string(),
    })
  },
  "media.uploadNews": {
    "operationId": "oa.media.uploadNews", "id": "media.uploadNews", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/uploadnews", "token": "access_token", "deprecated": "The official page says this capability has moved to the draft box: use draft.add",
    params: z.object({
      articles: z.array(z.object({
        title: z.string(),
        author: z.optional(z.string()),
        thumb_media_id: z.string(),
        content: z.string(),
        content_source_url: z.optional(z.string()),
        digest: z.optional(z.string()),
        show_cover_pic: z.optional(z.union([z.literal(0), z.literal(1)])),
        need_open_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
        only_fans_can_comment: z.optional(z.union([z.literal(0), z.literal(1)])),
      })).check(z.minLength(1), z.maxLength(8)),
    }),
    result: z.looseObject({
      type: z.string(),
      media_id: z.string(),
      created_at: z.int(),
    })
  },
  "media.uploadVideo": {
    "operationId": "oa.media.uploadVideo", "id": "media.uploadVideo", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/uploadvideo", "token": "access_token",
    params: z.object({
      media_id: z.string(),
      title: z.optional(z.string()),
      description: z.optional(z.string()),
    }),
    result: z.looseObject({
      type: z.string(),
      media_id: z.string(),
      created_at: z.int(),
    })
  },
} as const;
