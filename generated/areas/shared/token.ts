// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/token`, by id: row and schemas. */
export const endpoints = {
  "token.get": {
    "operationId": "shared.token.get", "id": "token.get", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/token", "token": "none", "query": ["grant_type", "appid", "secret"], "fills": { "appid": "appId", "secret": "appSecret" }, "secrets": ["secret"],
    params: z.object({
      grant_type: z.enum(["client_credential"]),
      appid: z.optional(z.string()),
      secret: z.optional(z.string()),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "token.getStable": {
    "operationId": "shared.token.getStable", "id": "token.getStable", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/stable_token", "token": "none", "fills": { "appid": "appId", "secret": "appSecret" }, "secrets": ["secret"],
    params: z.object({
      grant_type: z.enum(["client_credential"]),
      appid: z.optional(z.string()),
      secret: z.optional(z.string()),
      force_refresh: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
    })
  },
} as const;
