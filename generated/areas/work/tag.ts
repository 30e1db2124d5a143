// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/tag`, by id: row and schemas. */
export const endpoints = {
  "tag.addTagUsers": {
    "operationId": "work.tag.addTagUsers", "id": "tag.addTagUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/addtagusers", "token": "access_token",
    params: z.object({
      tagid: z.int(),
      userlist: z.optional(z.array(z.string()).check(z.maxLength(1000))),
      partylist: z.optional(z.array(z.int()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      invalidlist: z.optional(z.string()),
      invalidparty: z.optional(z.array(z.int())),
    })
  },
  "tag.create": {
    "operationId": "work.tag.create", "id": "tag.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/create", "token": "access_token",
    params: z.object({
      tagname: z.string().check(z.maxLength(32)),
      tagid: z.optional(z.int()),
    }),
    result: z.looseObject({
      tagid: z.int(),
    })
  },
  "tag.delTagUsers": {
    "operationId": "work.tag.delTagUsers", "id": "tag.delTagUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/deltagusers", "token": "access_token",
    params: z.object({
      tagid: z.int(),
      userlist: z.optional(z.array(z.string()).check(z.maxLength(1000))),
      partylist: z.optional(z.array(z.int()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      invalidlist: z.optional(z.string()),
      invalidparty: z.optional(z.array(z.int())),
    })
  },
  "tag.delete": {
    "operationId": "work.tag.delete", "id": "tag.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/delete", "token": "access_token", "query": ["tagid"],
    params: z.object({
      tagid: z.int(),
    }),
    result: z.looseObject({})
  },
  "tag.get": {
    "operationId": "work.tag.get", "id": "tag.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/get", "token": "access_token", "query": ["tagid"], "idempotent": true,
    params: z.object({
      tagid: z.int(),
    }),
    result: z.looseObject({
      tagname: z.optional(z.string()),
      userlist: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
      }))),
      partylist: z.optional(z.array(z.int())),
    })
  },
  "tag.list": {
    "operationId": "work.tag.list", "id": "tag.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      taglist: z.optional(z.array(z.looseObject({
        tagid: z.int(),
        tagname: z.string(),
      }))),
    })
  },
  "tag.update": {
    "operationId": "work.tag.update", "id": "tag.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/tag/update", "token": "access_token",
    params: z.object({
      tagid: z.int(),
      tagname: z.string().check(z.maxLength(32)),
    }),
    result: z.looseObject({})
  },
} as const;
