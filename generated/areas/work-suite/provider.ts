// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/provider`, by id: row and schemas. */
export const endpoints = {
  "provider.getToken": {
    "operationId": "work-suite.provider.getToken", "id": "provider.getToken", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_provider_token", "token": "none", "secrets": ["provider_secret"],
    params: z.object({
      corpid: z.string(),
      provider_secret: z.string(),
    }),
    result: z.looseObject({
      provider_access_token: z.string(),
      expires_in: z.int(),
    })
  },
} as const;
