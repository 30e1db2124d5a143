// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `shared/subscribe`, by id: row and schemas. */
export const endpoints = {
  "subscribe.addTemplate": {
    "operationId": "shared.subscribe.addTemplate", "id": "subscribe.addTemplate", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/addtemplate", "token": "access_token",
    params: z.object({
      tid: z.string(),
      kidList: z.array(z.int()).check(z.minLength(2), z.maxLength(5)),
      sceneDesc: z.string().check(z.maxLength(15)),
    }),
    result: z.looseObject({
      priTmplId: z.optional(z.string()),
    })
  },
  "subscribe.deleteTemplate": {
    "operationId": "shared.subscribe.deleteTemplate", "id": "subscribe.deleteTemplate", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/deltemplate", "token": "access_token",
    params: z.object({
      priTmplId: z.string(),
    }),
    result: z.looseObject({})
  },
  "subscribe.getCategory": {
    "operationId": "shared.subscribe.getCategory", "id": "subscribe.getCategory", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/getcategory", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      data: z.optional(z.array(z.looseObject({
        id: z.optional(z.int()),
        name: z.optional(z.string()),
      }))),
    })
  },
  "subscribe.getPubTemplateKeywords": {
    "operationId": "shared.subscribe.getPubTemplateKeywords", "id": "subscribe.getPubTemplateKeywords", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/getpubtemplatekeywords", "token": "access_token", "query": ["tid"], "idempotent": true,
    params: z.object({
      tid: z.string(),
    }),
    result: z.looseObject({
      count: z.optional(z.int()),
      data: z.optional(z.array(z.looseObject({
        kid: z.optional(z.int()),
        name: z.optional(z.string()),
        example: z.optional(z.string()),
        rule: z.optional(z.string()),
      }))),
    })
  },
  "subscribe.getPubTemplateTitles": {
    "operationId": "shared.subscribe.getPubTemplateTitles", "id": "subscribe.getPubTemplateTitles", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/getpubtemplatetitles", "token": "access_token", "query": ["ids", "start", "limit"], "idempotent": true,
    params: z.object({
      ids: z.string(),
      start: z.int().check(z.gte(0)),
      limit: z.int().check(z.lte(30)),
    }),
    result: z.looseObject({
      count: z.optional(z.int()),
      data: z.optional(z.array(z.looseObject({
        tid: z.optional(z.int()),
        title: z.optional(z.string()),
        type: z.optional(z.union([z.literal(2), z.literal(3)])),
        categoryId: z.optional(z.string()),
      }))),
    })
  },
  "subscribe.getTemplates": {
    "operationId": "shared.subscribe.getTemplates", "id": "subscribe.getTemplates", "products": ["oa", "miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/newtmpl/gettemplate", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      data: z.optional(z.array(z.looseObject({
        priTmplId: z.optional(z.string()),
        title: z.optional(z.string()),
        content: z.optional(z.string()),
        example: z.optional(z.string()),
        type: z.optional(z.union([z.literal(2), z.literal(3)])),
        keywordEnumValueList: z.optional(z.array(z.looseObject({
          keywordCode: z.optional(z.string()),
          enumValueList: z.optional(z.array(z.string())),
        }))),
      }))),
    })
  },
} as const;
