// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/template`, by id: row and schemas. */
export const endpoints = {
  "template.add": {
    "operationId": "oa.template.add", "id": "template.add", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/template/api_add_template", "token": "access_token",
    params: z.object({
      template_id_short: z.string(),
      keyword_name_list: z.array(z.string()),
    }),
    result: z.looseObject({
      template_id: z.optional(z.string()),
    })
  },
  "template.delete": {
    "operationId": "oa.template.delete", "id": "template.delete", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/template/del_private_template", "token": "access_token",
    params: z.object({
      template_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "template.getAll": {
    "operationId": "oa.template.getAll", "id": "template.getAll", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/template/get_all_private_template", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      template_list: z.optional(z.array(z.looseObject({
        template_id: z.optional(z.string()),
        title: z.optional(z.string()),
        primary_industry: z.optional(z.string()),
        deputy_industry: z.optional(z.string()),
        content: z.optional(z.string()),
        example: z.optional(z.string()),
      }))),
    })
  },
  "template.getIndustry": {
    "operationId": "oa.template.getIndustry", "id": "template.getIndustry", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/template/get_industry", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      primary_industry: z.optional(z.looseObject({
        first_class: z.optional(z.string()),
        second_class: z.optional(z.string()),
      })),
      secondary_industry: z.optional(z.looseObject({
        first_class: z.optional(z.string()),
        second_class: z.optional(z.string()),
      })),
    })
  },
  "template.setIndustry": {
    "operationId": "oa.template.setIndustry", "id": "template.setIndustry", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/template/api_set_industry", "token": "access_token",
    params: z.object({
      industry_id1: z.string(),
      industry_id2: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
