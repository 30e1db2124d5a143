// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/quota`, by id: row and schemas. */
export const endpoints = {
  "quota.clear": {
    "operationId": "shared.quota.clear", "id": "quota.clear", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/clear_quota", "token": "access_token",
    params: z.object({
      appid: z.string(),
    }),
    result: z.looseObject({})
  },
  "quota.clearByAppSecret": {
    "operationId": "shared.quota.clearByAppSecret", "id": "quota.clearByAppSecret", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/clear_quota/v2", "token": "none", "secrets": ["appsecret"],
    params: z.object({
      appid: z.string(),
      appsecret: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
