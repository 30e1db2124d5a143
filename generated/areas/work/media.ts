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
  "media.getHdVoice": {
    "operationId": "work.media.getHdVoice", "id": "media.getHdVoice", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/get/jssdk", "token": "access_token", "query": ["media_id"], "response": "binary", "contentTypes": ["voice/speex"], "idempotent": true,
    params: z.object({
      media_id: z.string(),
    })
  },
  "media.getUploadByUrlResult": {
    "operationId": "work.media.getUploadByUrlResult", "id": "media.getUploadByUrlResult", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/get_upload_by_url_result", "token": "access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      detail: z.optional(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        media_id: z.optional(z.string()),
        created_at: z.optional(z.string()),
      })),
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
  "media.uploadAttachment": {
    "operationId": "work.media.uploadAttachment", "id": "media.uploadAttachment", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/upload_attachment", "token": "access_token", "query": ["media_type", "attachment_type"], "multipart": true,
    params: z.object({
      media_type: z.enum(["image", "video", "file"]),
      attachment_type: z.union([z.literal(1), z.literal(2)]),
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      media_id: z.string(),
      created_at: z.optional(z.int()),
    })
  },
  "media.uploadByUrl": {
    "operationId": "work.media.uploadByUrl", "id": "media.uploadByUrl", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/upload_by_url", "token": "access_token",
    params: z.object({
      scene: z.literal(1),
      type: z.enum(["video", "file"]),
      filename: z.string(),
      url: z.string(),
      md5: z.string(),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
    })
  },
  "media.uploadImage": {
    "operationId": "work.media.uploadImage", "id": "media.uploadImage", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/media/uploadimg", "token": "access_token", "multipart": true,
    params: z.object({
      media: H.upload,
    }),
    result: z.looseObject({
      url: z.string(),
    })
  },
} as const;
