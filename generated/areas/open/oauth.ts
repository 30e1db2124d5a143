// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/oauth`, by id: row and schemas. */
export const endpoints = {
  "oauth.getAccessToken": {
    "operationId": "open.oauth.getAccessToken", "id": "oauth.getAccessToken", "products": ["open"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/oauth2/component/access_token", "token": "component_access_token", "query": ["appid", "code", "grant_type", "component_appid"], "fills": { "component_appid": "componentAppId" }, "secrets": ["code"],
    params: z.object({
      appid: z.string(),
      code: z.string(),
      grant_type: z.enum(["authorization_code"]),
      component_appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
      refresh_token: z.string(),
      openid: z.string(),
      scope: z.optional(z.string()),
    })
  },
  "oauth.refreshAccessToken": {
    "operationId": "open.oauth.refreshAccessToken", "id": "oauth.refreshAccessToken", "products": ["open"], "method": "GET", "host": "api.weixin.qq.com", "path": "/sns/oauth2/component/refresh_token", "token": "component_access_token", "query": ["appid", "grant_type", "component_appid", "refresh_token"], "fills": { "component_appid": "componentAppId" }, "secrets": ["refresh_token"],
    params: z.object({
      appid: z.string(),
      grant_type: z.enum(["refresh_token"]),
      component_appid: z.optional(z.string()),
      refresh_token: z.string(),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
      refresh_token: z.string(),
      openid: z.string(),
      scope: z.optional(z.string()),
    })
  },
} as const;
