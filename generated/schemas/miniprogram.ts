// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/miniprogram.js';
export const MpAuthCode2SessionParams: z.ZodType<T.MpAuthCode2SessionParams> = z.object({
  appid: z.string(),
  secret: z.string(),
  js_code: z.string(),
  grant_type: z.enum(["authorization_code"]),
});
export const MpAuthCode2SessionResult: z.ZodType<T.MpAuthCode2SessionResult> = z.looseObject({
  openid: z.string(),
  session_key: z.string(),
  unionid: z.string().optional(),
});
export const MpMessageSubscribeSendParams: z.ZodType<T.MpMessageSubscribeSendParams> = z.object({
  touser: z.string(),
  template_id: z.string(),
  page: z.string().optional(),
  data: z.unknown(),
  miniprogram_state: z.enum(["developer", "trial", "formal"]).optional(),
  lang: z.enum(["zh_CN", "en_US", "zh_HK", "zh_TW"]).optional(),
});
export const MpMessageSubscribeSendResult: z.ZodType<T.MpMessageSubscribeSendResult> = z.looseObject({});
export const MpPhoneGetNumberParams: z.ZodType<T.MpPhoneGetNumberParams> = z.object({
  code: z.string(),
  openid: z.string().optional(),
});
export const MpPhoneGetNumberResult: z.ZodType<T.MpPhoneGetNumberResult> = z.looseObject({
  phone_info: z.looseObject({
    phoneNumber: z.string(),
    purePhoneNumber: z.string(),
    countryCode: z.string(),
    watermark: z.looseObject({
      timestamp: z.number().int(),
      appid: z.string(),
    }),
  }),
});
export const MpWxacodeGetUnlimitedParams: z.ZodType<T.MpWxacodeGetUnlimitedParams> = z.object({
  scene: z.string(),
  page: z.string().optional(),
  check_path: z.boolean().optional(),
  env_version: z.enum(["release", "trial", "develop"]).optional(),
  width: z.number().int().optional(),
  auto_color: z.boolean().optional(),
  line_color: z.object({
    r: z.number().int().optional(),
    g: z.number().int().optional(),
    b: z.number().int().optional(),
  }).optional(),
  is_hyaline: z.boolean().optional(),
});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "miniprogram.auth.code2Session": { params: MpAuthCode2SessionParams, result: MpAuthCode2SessionResult },
  "miniprogram.message.subscribe.send": { params: MpMessageSubscribeSendParams, result: MpMessageSubscribeSendResult },
  "miniprogram.phone.getNumber": { params: MpPhoneGetNumberParams, result: MpPhoneGetNumberResult },
  "miniprogram.wxacode.getUnlimited": { params: MpWxacodeGetUnlimitedParams },
};
