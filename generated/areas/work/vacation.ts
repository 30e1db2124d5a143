// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/vacation`, by id: row and schemas. */
export const endpoints = {
  "vacation.getCorpConf": {
    "operationId": "work.vacation.getCorpConf", "id": "vacation.getCorpConf", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/vacation/getcorpconf", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      lists: z.optional(z.array(z.looseObject({
        id: z.optional(z.int()),
        name: z.optional(z.string()),
        time_attr: z.optional(z.union([z.literal(0), z.literal(1)])),
        duration_type: z.optional(z.union([z.literal(0), z.literal(1)])),
        quota_attr: z.optional(z.looseObject({
          type: z.optional(z.int()),
          autoreset_time: z.optional(z.int()),
          autoreset_duration: z.optional(z.int()),
          quota_rule_type: z.optional(z.int()),
          quota_rules: z.optional(z.looseObject({
            list: z.optional(z.array(z.looseObject({
              quota: z.optional(z.int()),
              begin: z.optional(z.int()),
              end: z.optional(z.int()),
            }))),
            based_on_actual_work_time: z.optional(z.boolean()),
          })),
          at_entry_date: z.optional(z.boolean()),
          auto_reset_month_day: z.optional(z.int()),
        })),
        perday_duration: z.optional(z.int()),
        is_newovertime: z.optional(z.int()),
        enter_comp_time_limit: z.optional(z.int()),
        expire_rule: z.optional(z.looseObject({
          type: z.optional(z.int()),
          duration: z.optional(z.int()),
          date: z.optional(z.looseObject({
            month: z.optional(z.int()),
            day: z.optional(z.int()),
          })),
          extern_duration_enable: z.optional(z.boolean()),
          extern_duration: z.optional(z.looseObject({
            month: z.optional(z.int()),
            day: z.optional(z.int()),
          })),
        })),
      }))),
    })
  },
  "vacation.getUserQuota": {
    "operationId": "work.vacation.getUserQuota", "id": "vacation.getUserQuota", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/vacation/getuservacationquota", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      lists: z.optional(z.array(z.looseObject({
        id: z.optional(z.int()),
        assignduration: z.optional(z.int()),
        usedduration: z.optional(z.int()),
        leftduration: z.optional(z.int()),
        vacationname: z.optional(z.string()),
        real_assignduration: z.optional(z.int()),
      }))),
    })
  },
  "vacation.setOneUserQuota": {
    "operationId": "work.vacation.setOneUserQuota", "id": "vacation.setOneUserQuota", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/vacation/setoneuserquota", "token": "access_token",
    params: z.object({
      userid: z.string(),
      vacation_id: z.int(),
      leftduration: z.int(),
      time_attr: z.union([z.literal(0), z.literal(1)]),
      remarks: z.optional(z.string().check(z.maxLength(200))),
    }),
    result: z.looseObject({})
  },
} as const;
