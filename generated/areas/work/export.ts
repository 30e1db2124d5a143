// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/export`, by id: row and schemas. */
export const endpoints = {
  "export.department": {
    "operationId": "work.export.department", "id": "export.department", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/export/department", "token": "access_token", "secrets": ["encoding_aeskey"],
    params: z.object({
      encoding_aeskey: z.string().check(z.minLength(43), z.maxLength(43)),
      block_size: z.optional(z.int().check(z.gte(10000), z.lte(1000000))),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "export.getResult": {
    "operationId": "work.export.getResult", "id": "export.getResult", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/export/get_result", "token": "access_token", "query": ["jobid"], "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      data_list: z.optional(z.array(z.looseObject({
        url: z.optional(z.string()),
        size: z.optional(z.int()),
        md5: z.optional(z.string()),
      }))),
    })
  },
  "export.simpleUser": {
    "operationId": "work.export.simpleUser", "id": "export.simpleUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/export/simple_user", "token": "access_token", "secrets": ["encoding_aeskey"],
    params: z.object({
      encoding_aeskey: z.string().check(z.minLength(43), z.maxLength(43)),
      block_size: z.optional(z.int().check(z.gte(10000), z.lte(1000000))),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "export.tagUser": {
    "operationId": "work.export.tagUser", "id": "export.tagUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/export/taguser", "token": "access_token", "secrets": ["encoding_aeskey"],
    params: z.object({
      tagid: z.int(),
      encoding_aeskey: z.string().check(z.minLength(43), z.maxLength(43)),
      block_size: z.optional(z.int().check(z.gte(10000), z.lte(1000000))),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "export.user": {
    "operationId": "work.export.user", "id": "export.user", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/export/user", "token": "access_token", "secrets": ["encoding_aeskey"],
    params: z.object({
      encoding_aeskey: z.string().check(z.minLength(43), z.maxLength(43)),
      block_size: z.optional(z.int().check(z.gte(10000), z.lte(1000000))),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
} as const;
