// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/shared.js';
export const MediaGetParams: z.ZodType<T.MediaGetParams> = z.object({
  media_id: z.string(),
});
export const MediaGetResult: z.ZodType<T.MediaGetResult> = z.looseObject({
  video_url: z.string().optional(),
});
export const MediaUploadParams: z.ZodType<T.MediaUploadParams> = z.object({
  type: z.enum(["image", "voice", "video", "thumb"]),
  media: H.upload,
});
export const MediaUploadResult: z.ZodType<T.MediaUploadResult> = z.looseObject({
  type: z.string(),
  media_id: z.string(),
  created_at: z.number().int(),
});
export const MessageCustomSendParams: z.ZodType<T.MessageCustomSendParams> = z.object({
  touser: z.string(),
  msgtype: z.enum(["text", "image", "voice", "video", "music", "news", "mpnews", "mpnewsarticle", "msgmenu", "wxcard", "miniprogrampage"]),
  text: z.object({
    content: z.string(),
  }).optional(),
  image: z.object({
    media_id: z.string(),
  }).optional(),
  voice: z.object({
    media_id: z.string(),
  }).optional(),
  video: z.object({
    media_id: z.string(),
    thumb_media_id: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
  }).optional(),
  music: z.object({
    title: z.string(),
    description: z.string(),
    musicurl: z.string(),
    hqmusicurl: z.string().optional(),
    thumb_media_id: z.string(),
  }).optional(),
  news: z.object({
    articles: z.array(z.object({
      title: z.string(),
      description: z.string(),
      picurl: z.string(),
      url: z.string(),
    })),
  }).optional(),
  mpnews: z.object({
    media_id: z.string(),
  }).optional(),
  mpnewsarticle: z.object({
    article_id: z.string(),
  }).optional(),
  msgmenu: z.object({
    head_content: z.string().optional(),
    list: z.array(z.object({
      id: z.string(),
      content: z.string(),
    })),
    tail_content: z.string().optional(),
  }).optional(),
  wxcard: z.object({
    card_id: z.string(),
  }).optional(),
  miniprogrampage: z.object({
    title: z.string(),
    appid: z.string(),
    pagepath: z.string(),
    thumb_media_id: z.string(),
  }).optional(),
  customservice: z.object({
    kf_account: z.string(),
  }).optional(),
});
export const MessageCustomSendResult: z.ZodType<T.MessageCustomSendResult> = z.looseObject({});
export const QuotaClearParams: z.ZodType<T.QuotaClearParams> = z.object({
  appid: z.string(),
});
export const QuotaClearResult: z.ZodType<T.QuotaClearResult> = z.looseObject({});
export const QuotaClearByAppSecretParams: z.ZodType<T.QuotaClearByAppSecretParams> = z.object({
  appid: z.string(),
  appsecret: z.string(),
});
export const QuotaClearByAppSecretResult: z.ZodType<T.QuotaClearByAppSecretResult> = z.looseObject({});
export const TokenGetParams: z.ZodType<T.TokenGetParams> = z.object({
  grant_type: z.enum(["client_credential"]),
  appid: z.string(),
  secret: z.string(),
});
export const TokenGetResult: z.ZodType<T.TokenGetResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
});
export const TokenGetStableParams: z.ZodType<T.TokenGetStableParams> = z.object({
  grant_type: z.enum(["client_credential"]),
  appid: z.string(),
  secret: z.string(),
  force_refresh: z.boolean().optional(),
});
export const TokenGetStableResult: z.ZodType<T.TokenGetStableResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "shared.media.get": { params: MediaGetParams, result: MediaGetResult },
  "shared.media.upload": { params: MediaUploadParams, result: MediaUploadResult },
  "shared.message.custom.send": { params: MessageCustomSendParams, result: MessageCustomSendResult },
  "shared.quota.clear": { params: QuotaClearParams, result: QuotaClearResult },
  "shared.quota.clearByAppSecret": { params: QuotaClearByAppSecretParams, result: QuotaClearByAppSecretResult },
  "shared.token.get": { params: TokenGetParams, result: TokenGetResult },
  "shared.token.getStable": { params: TokenGetStableParams, result: TokenGetStableResult },
};
