// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/contact`, by id: row and schemas. */
export const endpoints = {
  "contact.batchSearch": {
    "operationId": "work-suite.contact.batchSearch", "id": "contact.batchSearch", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/contact/batchsearch", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      auth_corpid: z.string(),
      agentid: z.optional(z.int()),
      query_request_list: z.array(z.object({
        query_word: z.string(),
        query_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        query_range: z.optional(z.union([z.literal(0), z.literal(1)])),
        offset: z.optional(z.int()),
        limit: z.optional(z.int().check(z.lte(200))),
        full_match_field: z.optional(z.union([z.literal(1), z.literal(2)])),
        cursor: z.optional(z.string()),
      })).check(z.maxLength(50)),
    }),
    result: z.looseObject({
      query_result_list: z.optional(z.array(z.looseObject({
        query_request: z.optional(z.looseObject({
          query_word: z.optional(z.string()),
          query_type: z.optional(z.int()),
          offset: z.optional(z.int()),
          limit: z.optional(z.int()),
          cursor: z.optional(z.string()),
        })),
        is_last: z.optional(z.boolean()),
        next_cursor: z.optional(z.string()),
        query_result: z.optional(z.looseObject({
          user: z.optional(z.looseObject({
            userid: z.optional(z.array(z.string())),
            open_userid: z.optional(z.array(z.string())),
          })),
          party: z.optional(z.looseObject({
            department_id: z.optional(z.array(z.int())),
          })),
          dismiss_user: z.optional(z.looseObject({
            userid: z.optional(z.array(z.string())),
            open_userid: z.optional(z.array(z.string())),
          })),
        })),
      }))),
    })
  },
  "contact.getBatchResult": {
    "operationId": "work-suite.contact.getBatchResult", "id": "contact.getBatchResult", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/batch/getresult", "token": "provider_access_token", "query": ["jobid"], "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      type: z.optional(z.string()),
      result: z.optional(z.looseObject({
        contact_id_translate: z.optional(z.looseObject({
          url: z.optional(z.string()),
        })),
      })),
    })
  },
  "contact.idTranslate": {
    "operationId": "work-suite.contact.idTranslate", "id": "contact.idTranslate", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/contact/id_translate", "token": "provider_access_token",
    params: z.object({
      auth_corpid: z.string(),
      media_id_list: z.array(z.string()).check(z.maxLength(20)),
      output_file_name: z.optional(z.string()),
      output_file_format: z.optional(z.enum(["pdf"])),
    }),
    result: z.looseObject({
      jobid: z.string(),
    })
  },
  "contact.search": {
    "operationId": "work-suite.contact.search", "id": "contact.search", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/contact/search", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      auth_corpid: z.string(),
      query_word: z.string().check(z.maxLength(64)),
      query_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      query_range: z.optional(z.union([z.literal(0), z.literal(1)])),
      agentid: z.optional(z.int()),
      limit: z.optional(z.int().check(z.lte(200))),
      full_match_field: z.optional(z.union([z.literal(1), z.literal(2)])),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      query_result: z.optional(z.looseObject({
        user: z.optional(z.looseObject({
          userid: z.optional(z.array(z.string())),
          open_userid: z.optional(z.array(z.string())),
        })),
        party: z.optional(z.looseObject({
          department_id: z.optional(z.array(z.int())),
        })),
        dismiss_user: z.optional(z.looseObject({
          userid: z.optional(z.array(z.string())),
          open_userid: z.optional(z.array(z.string())),
        })),
      })),
      is_last: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
    })
  },
  "contact.sort": {
    "operationId": "work-suite.contact.sort", "id": "contact.sort", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/contact/sort", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      auth_corpid: z.string(),
      useridlist: z.array(z.string()).check(z.maxLength(1000)),
      sort_options: z.optional(z.array(z.object({
        sort_field: z.optional(z.union([z.literal(0), z.literal(1)])),
        sort_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
    }),
    result: z.looseObject({
      useridlist: z.optional(z.array(z.string())),
    })
  },
} as const;
