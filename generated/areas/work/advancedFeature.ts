// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/advancedFeature`, by id: row and schemas. */
export const endpoints = {
  "advancedFeature.getApplyIdList": {
    "operationId": "work.advancedFeature.getApplyIdList", "id": "advancedFeature.getApplyIdList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_feature/get_apply_id_list", "token": "access_token", "idempotent": true,
    params: z.object({
      business_type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      userid: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(200))),
      cursor: z.optional(z.string()),
      req_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      apply_id_list: z.optional(z.array(z.string())),
      has_more: z.optional(z.boolean()),
    })
  },
  "advancedFeature.getApprovalInfo": {
    "operationId": "work.advancedFeature.getApprovalInfo", "id": "advancedFeature.getApprovalInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_feature/get_approval_info", "token": "access_token", "idempotent": true,
    params: z.object({
      apply_id: z.string(),
    }),
    result: z.looseObject({
      approval_info: z.optional(z.looseObject({
        applicant: z.optional(z.string()),
        create_time: z.optional(z.int()),
        business_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        apply_id: z.optional(z.string()),
        approval_id: z.optional(z.string()),
        approval_url: z.optional(z.string()),
        approval_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        approval_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
        request_reason: z.optional(z.string()),
      })),
    })
  },
  "advancedFeature.setApprovalDetail": {
    "operationId": "work.advancedFeature.setApprovalDetail", "id": "advancedFeature.setApprovalDetail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/advanced_feature/set_approval_detail", "token": "access_token",
    params: z.object({
      apply_id: z.string(),
      approval_id: z.string(),
      approval_status: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(101)]),
      approval_url: z.string(),
      process_list: z.optional(z.object({
        node_list: z.optional(z.array(z.object({
          node_apv_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(101), z.literal(102)])),
          node_apv_rel: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
          current_approvers: z.optional(z.array(z.string()).check(z.maxLength(100))),
          completed_approvers: z.optional(z.array(z.string())),
          apv_update_time: z.optional(z.int()),
        }))),
      })),
    }),
    result: z.looseObject({})
  },
} as const;
