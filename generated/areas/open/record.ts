// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/record`, by id: row and schemas. */
export const endpoints = {
  "record.getAppealRecords": {
    "operationId": "open.record.getAppealRecords", "id": "record.getAppealRecords", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getappealrecords", "token": "access_token", "idempotent": true,
    params: z.object({
      illegal_record_id: z.string(),
    }),
    result: z.looseObject({
      records: z.optional(z.array(z.looseObject({
        appeal_record_id: z.optional(z.int()),
        appeal_time: z.optional(z.int()),
        appeal_count: z.optional(z.int()),
        appeal_from: z.optional(z.union([z.literal(0), z.literal(1)])),
        appeal_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        audit_time: z.optional(z.int()),
        audit_reason: z.optional(z.string()),
        punish_description: z.optional(z.string()),
        materials: z.optional(z.array(z.looseObject({
          illegal_material: z.optional(z.looseObject({
            content: z.optional(z.string()),
            content_url: z.optional(z.string()),
          })),
          appeal_material: z.optional(z.looseObject({
            reason: z.optional(z.string()),
            proof_material_ids: z.optional(z.array(z.string())),
          })),
        }))),
      }))),
    })
  },
  "record.getIllegalRecords": {
    "operationId": "open.record.getIllegalRecords", "id": "record.getIllegalRecords", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getillegalrecords", "token": "access_token", "idempotent": true,
    params: z.object({
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
    }),
    result: z.looseObject({
      records: z.optional(z.array(z.looseObject({
        illegal_record_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        illegal_reason: z.optional(z.string()),
        illegal_content: z.optional(z.string()),
        rule_url: z.optional(z.string()),
        rule_name: z.optional(z.string()),
      }))),
    })
  },
} as const;
