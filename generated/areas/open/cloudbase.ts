// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/cloudbase`, by id: row and schemas. */
export const endpoints = {
  "cloudbase.batchGetEnvId": {
    "operationId": "open.cloudbase.batchGetEnvId", "id": "cloudbase.batchGetEnvId", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/componenttcb/batchgetenvid", "token": "component_access_token", "idempotent": true,
    params: z.object({
      appids: z.array(z.string()),
      source_type: z.optional(z.int()),
    }),
    result: z.looseObject({
      relation_data: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        env_list: z.optional(z.array(z.string())),
      }))),
      err_list: z.optional(z.array(z.looseObject({
        env: z.optional(z.string()),
        appid: z.optional(z.string()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
} as const;
