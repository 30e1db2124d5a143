// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/media`, by id: row and schemas. */
export const endpoints = {
  "media.get": {
    "operationId": "shared.media.get", "id": "media.get", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/get", "token": "access_token", "query": ["media_id"], "response": "json-or-binary", "idempotent": true,
    params: z.object({
      media_id: z.string(),
    }),
    result: z.looseObject({
      video_url: z.optional(z.string()),
    })
  },
  "media.upload": {
    "operationId": "shared.media.upload", "id": "media.upload", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/upload", "token": "access_token", "query": ["type"], "multipart": true,
    params: z.object({
      type: z.enum(["image", "voice", "video", "thumb"]),
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.string(),
      media_id: z.string(),
      created_at: z.int(),
    })
  },
} as const;
