// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/hr`, by id: row and schemas. */
export const endpoints = {
  "hr.getFields": {
    "operationId": "work.hr.getFields", "id": "hr.getFields", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/hr/get_fields", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      group_list: z.optional(z.array(z.looseObject({
        group_id: z.optional(z.int()),
        group_name: z.optional(z.string()),
        field_list: z.optional(z.array(z.looseObject({
          fieldid: z.optional(z.int()),
          field_name: z.optional(z.string()),
          field_type: z.optional(z.int()),
          value_type: z.optional(z.int()),
          is_must: z.optional(z.boolean()),
          option_list: z.optional(z.array(z.looseObject({
            id: z.optional(z.int()),
            value: z.optional(z.string()),
          }))),
        }))),
      }))),
    })
  },
  "hr.getStaffInfo": {
    "operationId": "work.hr.getStaffInfo", "id": "hr.getStaffInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/hr/get_staff_info", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
      get_all: z.optional(z.boolean()),
      fieldids: z.optional(z.array(z.object({
        fieldid: z.int(),
        sub_idx: z.optional(z.int()),
      }))),
    }),
    result: z.looseObject({
      field_info: z.optional(z.array(z.looseObject({
        fieldid: z.optional(z.int()),
        sub_idx: z.optional(z.int()),
        result: z.optional(z.int()),
        value_type: z.optional(z.int()),
        value_string: z.optional(z.string()),
        value_uint64: z.optional(H.int64Out),
        value_uint32: z.optional(z.int()),
        value_int64: z.optional(H.int64Out),
        value_mobile: z.optional(z.looseObject({
          value_country_code: z.optional(z.string()),
          value_mobile: z.optional(z.string()),
        })),
        value_file: z.optional(z.looseObject({
          media_id: z.optional(z.array(z.string())),
        })),
      }))),
    })
  },
  "hr.updateStaffInfo": {
    "operationId": "work.hr.updateStaffInfo", "id": "hr.updateStaffInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/hr/update_staff_info", "token": "access_token",
    params: z.object({
      userid: z.string(),
      update_items: z.optional(z.array(z.object({
        fieldid: z.int(),
        sub_idx: z.optional(z.int()),
        value_string: z.optional(z.string()),
        value_uint64: z.optional(H.int64In),
        value_uint32: z.optional(z.int()),
        value_int64: z.optional(H.int64In),
        value_mobile: z.optional(z.object({
          value_country_code: z.optional(z.string()),
          value_mobile: z.optional(z.string()),
          value_mobile_country_code: z.optional(z.string()),
        })),
      }))),
      remove_items: z.optional(z.array(z.object({
        group_type: z.int(),
        sub_idx: z.int(),
      }))),
      insert_items: z.optional(z.array(z.object({
        group_type: z.int(),
        item: z.optional(z.array(z.object({
          fieldid: z.int(),
          sub_idx: z.optional(z.int()),
          value_string: z.optional(z.string()),
          value_uint64: z.optional(H.int64In),
          value_uint32: z.optional(z.int()),
          value_int64: z.optional(H.int64In),
          value_mobile: z.optional(z.object({
            value_country_code: z.optional(z.string()),
            value_mobile: z.optional(z.string()),
            value_mobile_country_code: z.optional(z.string()),
          })),
        }))),
      }))),
    }),
    result: z.looseObject({
      update_results: z.optional(z.array(z.looseObject({
        fieldid: z.optional(z.int()),
        sub_idx: z.optional(z.int()),
        result: z.optional(z.int()),
      }))),
      remove_results: z.optional(z.array(z.looseObject({
        group_type: z.optional(z.int()),
        sub_idx: z.optional(z.int()),
        result: z.optional(z.int()),
      }))),
      insert_results: z.optional(z.array(z.looseObject({
        group_type: z.optional(z.int()),
        idx: z.optional(z.int()),
        result: z.optional(z.int()),
      }))),
      insert_result: z.optional(z.array(z.looseObject({
        group_type: z.optional(z.int()),
        idx: z.optional(z.int()),
        result: z.optional(z.int()),
      }))),
    })
  },
} as const;
