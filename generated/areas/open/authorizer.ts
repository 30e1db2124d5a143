// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/authorizer`, by id: row and schemas. */
export const endpoints = {
  "authorizer.getOption": {
    "operationId": "open.authorizer.getOption", "id": "authorizer.getOption", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/get_authorizer_option", "token": "access_token", "idempotent": true,
    params: z.object({
      option_name: z.string(),
    }),
    result: z.looseObject({
      option_name: z.optional(z.string()),
      option_value: z.optional(z.string()),
    })
  },
  "authorizer.setOption": {
    "operationId": "open.authorizer.setOption", "id": "authorizer.setOption", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/set_authorizer_option", "token": "access_token",
    params: z.object({
      option_name: z.string(),
      option_value: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
