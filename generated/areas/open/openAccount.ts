// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/openAccount`, by id: row and schemas. */
export const endpoints = {
  "openAccount.bind": {
    "operationId": "open.openAccount.bind", "id": "openAccount.bind", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/bind", "token": "access_token",
    params: z.object({
      open_appid: z.string(),
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "openAccount.create": {
    "operationId": "open.openAccount.create", "id": "openAccount.create", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/create", "token": "access_token",
    params: z.object({
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      open_appid: z.optional(z.string()),
    })
  },
  "openAccount.get": {
    "operationId": "open.openAccount.get", "id": "openAccount.get", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/get", "token": "access_token", "idempotent": true,
    params: z.object({
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({
      open_appid: z.optional(z.string()),
    })
  },
  "openAccount.hasBound": {
    "operationId": "open.openAccount.hasBound", "id": "openAccount.hasBound", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/have", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      have_open: z.optional(z.boolean()),
    })
  },
  "openAccount.isSameEntity": {
    "operationId": "open.openAccount.isSameEntity", "id": "openAccount.isSameEntity", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/sameentity", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      same_entity: z.optional(z.boolean()),
    })
  },
  "openAccount.unbind": {
    "operationId": "open.openAccount.unbind", "id": "openAccount.unbind", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/open/unbind", "token": "access_token",
    params: z.object({
      open_appid: z.string(),
      appid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
