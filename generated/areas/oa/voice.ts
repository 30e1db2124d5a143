// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/voice`, by id: row and schemas. */
export const endpoints = {
  "voice.queryRecognitionResult": {
    "operationId": "oa.voice.queryRecognitionResult", "id": "voice.queryRecognitionResult", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/voice/queryrecoresultfortext", "token": "access_token", "query": ["voice_id", "lang"], "idempotent": true,
    params: z.object({
      voice_id: z.string(),
      lang: z.optional(z.enum(["zh_CN", "en_US"])),
    }),
    result: z.looseObject({
      result: z.optional(z.string()),
    })
  },
  "voice.translateContent": {
    "operationId": "oa.voice.translateContent", "id": "voice.translateContent", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/voice/translatecontent", "token": "access_token", "query": ["lfrom", "lto"], "multipart": true, "idempotent": true,
    params: z.object({
      lfrom: z.enum(["zh_CN", "en_US"]),
      lto: z.enum(["zh_CN", "en_US"]),
      content: H.upload,
    }),
    result: z.looseObject({
      from_content: z.optional(z.string()),
      to_content: z.optional(z.string()),
    })
  },
  "voice.uploadForRecognition": {
    "operationId": "oa.voice.uploadForRecognition", "id": "voice.uploadForRecognition", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/voice/addvoicetorecofortext", "token": "access_token", "query": ["format", "voice_id", "lang"], "multipart": true,
    params: z.object({
      format: z.enum(["mp3"]),
      voice_id: z.string(),
      lang: z.optional(z.enum(["zh_CN", "en_US"])),
      media: H.upload,
    }),
    result: z.looseObject({})
  },
} as const;
