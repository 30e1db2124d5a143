// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/tags`, by id: row and schemas. */
export const endpoints = {
  "tags.create": {
    "operationId": "oa.tags.create", "id": "tags.create", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/create", "token": "access_token",
    params: z.object({
      tag: z.object({
        name: z.string().check(z.maxLength(30)),
      }),
    }),
    result: z.looseObject({
      tag: z.looseObject({
        id: z.int(),
        name: z.string(),
      }),
    })
  },
  "tags.delete": {
    "operationId": "oa.tags.delete", "id": "tags.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/delete", "token": "access_token",
    params: z.object({
      tag: z.optional(z.object({
        id: z.optional(z.int()),
      })),
    }),
    result: z.looseObject({})
  },
  "tags.get": {
    "operationId": "oa.tags.get", "id": "tags.get", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/get", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      tags: z.array(z.looseObject({
        id: z.int(),
        name: z.string(),
        count: z.optional(z.int()),
      })),
    })
  },
  "tags.getIdList": {
    "operationId": "oa.tags.getIdList", "id": "tags.getIdList", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/getidlist", "token": "access_token", "idempotent": true,
    params: z.object({
      openid: z.string(),
    }),
    result: z.looseObject({
      tagid_list: z.array(z.int()),
    })
  },
  "tags.members.batchBlacklist": {
    "operationId": "oa.tags.members.batchBlacklist", "id": "tags.members.batchBlacklist", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/members/batchblacklist", "token": "access_token",
    params: z.object({
      openid_list: z.array(z.string()),
    }),
    result: z.looseObject({})
  },
  "tags.members.batchTag": {
    "operationId": "oa.tags.members.batchTag", "id": "tags.members.batchTag", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/members/batchtagging", "token": "access_token",
    params: z.object({
      openid_list: z.array(z.string()),
      tagid: z.int(),
    }),
    result: z.looseObject({})
  },
  "tags.members.batchUnblacklist": {
    "operationId": "oa.tags.members.batchUnblacklist", "id": "tags.members.batchUnblacklist", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/members/batchunblacklist", "token": "access_token",
    params: z.object({
      openid_list: z.array(z.string()).check(z.maxLength(20)),
    }),
    result: z.looseObject({})
  },
  "tags.members.batchUntag": {
    "operationId": "oa.tags.members.batchUntag", "id": "tags.members.batchUntag", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/members/batchuntagging", "token": "access_token",
    params: z.object({
      openid_list: z.array(z.string()),
      tagid: z.int(),
    }),
    result: z.looseObject({})
  },
  "tags.members.getBlacklist": {
    "operationId": "oa.tags.members.getBlacklist", "id": "tags.members.getBlacklist", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/members/getblacklist", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_openid: z.optional(z.string()),
    }),
    result: z.looseObject({
      total: z.int(),
      count: z.int(),
      data: z.optional(z.looseObject({
        openid: z.optional(z.array(z.string())),
      })),
      next_openid: z.optional(z.string()),
    })
  },
  "tags.update": {
    "operationId": "oa.tags.update", "id": "tags.update", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/tags/update", "token": "access_token",
    params: z.object({
      tag: z.object({
        id: z.int(),
        name: z.string(),
      }),
    }),
    result: z.looseObject({})
  },
  "tags.users": {
    "operationId": "oa.tags.users", "id": "tags.users", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/user/tag/get", "token": "access_token", "idempotent": true,
    params: z.object({
      tagid: z.optional(z.int()),
      next_openid: z.optional(z.string()),
    }),
    result: z.looseObject({
      count: z.int(),
      data: z.optional(z.looseObject({
        openid: z.optional(z.array(z.string())),
      })),
      next_openid: z.optional(z.string()),
    })
  },
} as const;
