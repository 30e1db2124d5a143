// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { z } from 'zod';
import * as H from '../../src/http/zod-helpers.js';
import * as S from './shapes.js';
import type * as T from '../types/work-suite.js';
export const WorkSuiteProviderGetTokenParams: z.ZodType<T.WorkSuiteProviderGetTokenParams> = z.object({
  corpid: z.string(),
  provider_secret: z.string(),
});
export const WorkSuiteProviderGetTokenResult: z.ZodType<T.WorkSuiteProviderGetTokenResult> = z.looseObject({
  provider_access_token: z.string(),
  expires_in: z.number().int(),
});
export const WorkSuiteSuiteGetAuthInfoParams: z.ZodType<T.WorkSuiteSuiteGetAuthInfoParams> = z.object({
  auth_corpid: z.string(),
  permanent_code: z.string(),
});
export const WorkSuiteSuiteGetAuthInfoResult: z.ZodType<T.WorkSuiteSuiteGetAuthInfoResult> = z.looseObject({
  dealer_corp_info: S.WorkSuiteDealerCorpInfo.optional(),
  auth_corp_info: S.WorkSuiteAuthCorpInfo.optional(),
  auth_info: S.WorkSuiteAuthInfo.optional(),
});
export const WorkSuiteSuiteGetCorpTokenParams: z.ZodType<T.WorkSuiteSuiteGetCorpTokenParams> = z.object({
  auth_corpid: z.string(),
  permanent_code: z.string(),
});
export const WorkSuiteSuiteGetCorpTokenResult: z.ZodType<T.WorkSuiteSuiteGetCorpTokenResult> = z.looseObject({
  access_token: z.string(),
  expires_in: z.number().int(),
});
export const WorkSuiteSuiteGetPermanentCodeParams: z.ZodType<T.WorkSuiteSuiteGetPermanentCodeParams> = z.object({
  auth_code: z.string(),
});
export const WorkSuiteSuiteGetPermanentCodeResult: z.ZodType<T.WorkSuiteSuiteGetPermanentCodeResult> = z.looseObject({
  access_token: z.string().optional(),
  expires_in: z.number().int().optional(),
  permanent_code: z.string(),
  dealer_corp_info: S.WorkSuiteDealerCorpInfo.optional(),
  auth_corp_info: S.WorkSuiteAuthCorpInfo.optional(),
  auth_info: S.WorkSuiteAuthInfo.optional(),
  auth_user_info: z.looseObject({
    userid: z.string().optional(),
    open_userid: z.string().optional(),
    name: z.string().optional(),
    avatar: z.string().optional(),
  }).optional(),
  register_code_info: z.looseObject({
    register_code: z.string().optional(),
    template_id: z.string().optional(),
    state: z.string().optional(),
  }).optional(),
  state: z.string().optional(),
});
export const WorkSuiteSuiteGetPreAuthCodeParams: z.ZodType<T.WorkSuiteSuiteGetPreAuthCodeParams> = z.object({});
export const WorkSuiteSuiteGetPreAuthCodeResult: z.ZodType<T.WorkSuiteSuiteGetPreAuthCodeResult> = z.looseObject({
  pre_auth_code: z.string(),
  expires_in: z.number().int(),
});
export const WorkSuiteSuiteGetTokenParams: z.ZodType<T.WorkSuiteSuiteGetTokenParams> = z.object({
  suite_id: z.string(),
  suite_secret: z.string(),
  suite_ticket: z.string(),
});
export const WorkSuiteSuiteGetTokenResult: z.ZodType<T.WorkSuiteSuiteGetTokenResult> = z.looseObject({
  suite_access_token: z.string(),
  expires_in: z.number().int(),
});
export const WorkSuiteSuiteSetSessionInfoParams: z.ZodType<T.WorkSuiteSuiteSetSessionInfoParams> = z.object({
  pre_auth_code: z.string(),
  session_info: z.object({
    appid: z.array(z.number().int()).optional(),
    auth_type: z.union([z.literal(0), z.literal(1)]).optional(),
  }),
});
export const WorkSuiteSuiteSetSessionInfoResult: z.ZodType<T.WorkSuiteSuiteSetSessionInfoResult> = z.looseObject({});
/** operationId -> its schemas; read by the runtime. */
export const schemas: Record<string, { params: z.ZodType; result?: z.ZodType }> = {
  "work-suite.provider.getToken": { params: WorkSuiteProviderGetTokenParams, result: WorkSuiteProviderGetTokenResult },
  "work-suite.suite.getAuthInfo": { params: WorkSuiteSuiteGetAuthInfoParams, result: WorkSuiteSuiteGetAuthInfoResult },
  "work-suite.suite.getCorpToken": { params: WorkSuiteSuiteGetCorpTokenParams, result: WorkSuiteSuiteGetCorpTokenResult },
  "work-suite.suite.getPermanentCode": { params: WorkSuiteSuiteGetPermanentCodeParams, result: WorkSuiteSuiteGetPermanentCodeResult },
  "work-suite.suite.getPreAuthCode": { params: WorkSuiteSuiteGetPreAuthCodeParams, result: WorkSuiteSuiteGetPreAuthCodeResult },
  "work-suite.suite.getToken": { params: WorkSuiteSuiteGetTokenParams, result: WorkSuiteSuiteGetTokenResult },
  "work-suite.suite.setSessionInfo": { params: WorkSuiteSuiteSetSessionInfoParams, result: WorkSuiteSuiteSetSessionInfoResult },
};
