// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/famousBrand`, by id: row and schemas. */
export const endpoints = {
  "famousBrand.apply": {
    "operationId": "miniprogram.famousBrand.apply", "id": "famousBrand.apply", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/famousbrand/apply", "token": "access_token",
    params: z.object({
      Application: z.object({
        apply_for: z.union([z.literal(1), z.literal(2)]),
        audit_info: z.optional(z.object({
          brand_name: z.string(),
          brand_type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8)]),
          flagship_in_which_ec_platform: z.optional(z.string()),
          ec_platform_proof_list: z.optional(z.array(z.string())),
          other_material_list: z.optional(z.array(z.string())),
          authority_certified_proof_list: z.optional(z.array(z.string())),
        })),
      }),
    }),
    result: z.looseObject({})
  },
  "famousBrand.getApplyStatus": {
    "operationId": "miniprogram.famousBrand.getApplyStatus", "id": "famousBrand.getApplyStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/sec/famousbrand/get_status", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      progress: z.optional(z.looseObject({
        status: z.optional(z.int()),
      })),
      application: z.optional(z.looseObject({
        apply_for: z.optional(z.union([z.literal(1), z.literal(2)])),
        audit_info: z.optional(z.looseObject({
          audit_reason: z.optional(z.string()),
        })),
        status: z.optional(z.int()),
      })),
    })
  },
} as const;
