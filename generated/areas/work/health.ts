// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/health`, by id: row and schemas. */
export const endpoints = {
  "health.getReportAnswer": {
    "operationId": "work.health.getReportAnswer", "id": "health.getReportAnswer", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/health/get_report_answer", "token": "access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
      date: z.string(),
      offset: z.optional(z.int()),
      limit: z.optional(z.int().check(z.lte(100))),
    }),
    result: z.looseObject({
      answers: z.optional(z.array(z.looseObject({
        id_type: z.optional(z.union([z.literal(1), z.literal(2)])),
        userid: z.optional(z.string()),
        student_userid: z.optional(z.string()),
        parent_userid: z.optional(z.string()),
        report_time: z.optional(z.int()),
        report_values: z.optional(z.array(z.looseObject({
          question_id: z.optional(z.int()),
          single_choice: z.optional(z.int()),
          text: z.optional(z.string()),
          multi_choice: z.optional(z.array(z.int())),
          fileid: z.optional(z.array(z.string())),
        }))),
      }))),
    })
  },
  "health.getReportJobIds": {
    "operationId": "work.health.getReportJobIds", "id": "health.getReportJobIds", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/health/get_report_jobids", "token": "access_token", "idempotent": true,
    params: z.object({
      offset: z.optional(z.int()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
    }),
    result: z.looseObject({
      ending: z.optional(z.union([z.literal(0), z.literal(1)])),
      jobids: z.optional(z.array(z.string())),
    })
  },
  "health.getReportJobInfo": {
    "operationId": "work.health.getReportJobInfo", "id": "health.getReportJobInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/health/get_report_job_info", "token": "access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
      date: z.string(),
    }),
    result: z.looseObject({
      job_info: z.optional(z.looseObject({
        title: z.optional(z.string()),
        creator: z.optional(z.string()),
        type: z.optional(z.union([z.literal(1), z.literal(2)])),
        apply_range: z.optional(z.looseObject({
          userids: z.optional(z.array(z.string())),
          partyids: z.optional(z.array(z.int())),
        })),
        report_to: z.optional(z.looseObject({
          userids: z.optional(z.array(z.string())),
        })),
        report_type: z.optional(z.union([z.literal(1), z.literal(2)])),
        skip_weekend: z.optional(z.union([z.literal(0), z.literal(1)])),
        finish_cnt: z.optional(z.int()),
        question_templates: z.optional(z.array(z.looseObject({
          question_id: z.optional(z.int()),
          title: z.optional(z.string()),
          question_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
          is_required: z.optional(z.union([z.literal(0), z.literal(1)])),
          option_list: z.optional(z.array(z.looseObject({
            option_id: z.optional(z.int()),
            option_text: z.optional(z.string()),
          }))),
        }))),
      })),
    })
  },
  "health.getReportStat": {
    "operationId": "work.health.getReportStat", "id": "health.getReportStat", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/health/get_health_report_stat", "token": "access_token", "idempotent": true,
    params: z.object({
      date: z.string(),
    }),
    result: z.looseObject({
      pv: z.optional(z.int()),
      uv: z.optional(z.int()),
    })
  },
} as const;
