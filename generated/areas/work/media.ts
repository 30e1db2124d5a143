// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/media`, by id: row and schemas. */
export const endpoints = {
  "media.get": {
    "operationId": "work.media.get", "id": "media.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/get", "token": "access_token", "query": ["media_id"], "response": "binary", "idempotent": true,
    params: z.object({
      media_id: z.string(),
    })
  },
  "media.upload": {
    "operationId": "work.media.upload", "id": "media.upload", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/upload", "token": "access_token", "query": ["type"], "multipart": true,
    params: z.object({
      type: z.enum(["image", "voice", "video", "file"]),
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      media_id: z.string(),
      created_at: z.optional(z.string()),
    })
  },
} as const;
