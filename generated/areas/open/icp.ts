// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `open/icp`, by id: row and schemas. */
export const endpoints = {
  "icp.applyFiling": {
    "operationId": "open.icp.applyFiling", "id": "icp.applyFiling", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/apply_icp_filing", "token": "access_token",
    params: z.object({
      icp_subject: S.IcpSubject,
      icp_applets: S.IcpApplets,
      icp_materials: S.IcpMaterials,
    }),
    result: z.looseObject({
      hints: z.optional(z.array(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        err_field: z.optional(z.string()),
      }))),
    })
  },
  "icp.cancelApplyFiling": {
    "operationId": "open.icp.cancelApplyFiling", "id": "icp.cancelApplyFiling", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/cancel_apply_icp_filing", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "icp.cancelFiling": {
    "operationId": "open.icp.cancelFiling", "id": "icp.cancelFiling", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/cancel_icp_filing", "token": "access_token",
    params: z.object({
      cancel_type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      reason_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({})
  },
  "icp.createVerifyTask": {
    "operationId": "open.icp.createVerifyTask", "id": "icp.createVerifyTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/create_icp_verifytask", "token": "access_token",
    params: z.object({
      along_with_auth: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      task_id: z.optional(z.string()),
      verify_url: z.optional(z.string()),
    })
  },
  "icp.getEntranceInfo": {
    "operationId": "open.icp.getEntranceInfo", "id": "icp.getEntranceInfo", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/get_icp_entrance_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      info: z.optional(z.looseObject({
        status: z.optional(z.int()),
        is_canceling: z.optional(z.boolean()),
        audit_data: z.optional(z.array(z.looseObject({
          key_name: z.optional(z.string()),
          error: z.optional(z.string()),
          suggest: z.optional(z.string()),
        }))),
        available: z.optional(z.union([z.literal(0), z.literal(1)])),
        sms_verify_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      })),
    })
  },
  "icp.getMedia": {
    "operationId": "open.icp.getMedia", "id": "icp.getMedia", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/get_icp_media", "token": "access_token", "query": ["media_id"], "response": "binary", "contentTypes": ["image/jpeg", "video/mp4"], "idempotent": true,
    params: z.object({
      media_id: z.string(),
    })
  },
  "icp.getOnlineOrder": {
    "operationId": "open.icp.getOnlineOrder", "id": "icp.getOnlineOrder", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/get_online_icp_order", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      icp_subject: z.optional(S.IcpSubject),
      icp_applets: z.optional(S.IcpApplets),
    })
  },
  "icp.queryCertificateTypes": {
    "operationId": "open.icp.queryCertificateTypes", "id": "icp.queryCertificateTypes", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_certificate_types", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        type: z.optional(z.int()),
        subject_type: z.optional(z.int()),
        name: z.optional(z.string()),
        remark: z.optional(z.string()),
      }))),
    })
  },
  "icp.queryDistrictCode": {
    "operationId": "open.icp.queryDistrictCode", "id": "icp.queryDistrictCode", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_district_code", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        code: z.optional(z.int()),
        name: z.optional(z.string()),
        sub_list: z.optional(z.array(z.looseObject({
          type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
          code: z.optional(z.int()),
          name: z.optional(z.string()),
          sub_list: z.optional(z.array(z.looseObject({
            type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
            code: z.optional(z.int()),
            name: z.optional(z.string()),
          }))),
        }))),
      }))),
    })
  },
  "icp.queryNrlxTypes": {
    "operationId": "open.icp.queryNrlxTypes", "id": "icp.queryNrlxTypes", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_nrlx_types", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        type: z.optional(z.int()),
        name: z.optional(z.string()),
      }))),
    })
  },
  "icp.queryServiceContentTypes": {
    "operationId": "open.icp.queryServiceContentTypes", "id": "icp.queryServiceContentTypes", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_service_content_types", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        type: z.optional(z.int()),
        parent_type: z.optional(z.int()),
        name: z.optional(z.string()),
        remark: z.optional(z.string()),
      }))),
    })
  },
  "icp.querySubjectTypes": {
    "operationId": "open.icp.querySubjectTypes", "id": "icp.querySubjectTypes", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_subject_types", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        type: z.optional(z.int()),
        name: z.optional(z.string()),
        remark: z.optional(z.string()),
      }))),
    })
  },
  "icp.queryVerifyTask": {
    "operationId": "open.icp.queryVerifyTask", "id": "icp.queryVerifyTask", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/query_icp_verifytask", "token": "access_token", "idempotent": true,
    params: z.object({
      task_id: z.string(),
    }),
    result: z.looseObject({
      is_finish: z.optional(z.boolean()),
      face_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      along_with_auth_result: z.optional(z.int()),
    })
  },
  "icp.uploadMedia": {
    "operationId": "open.icp.uploadMedia", "id": "icp.uploadMedia", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/icp/upload_icp_media", "token": "access_token", "multipart": true,
    params: z.object({
      type: z.enum(["image", "video"]),
      certificate_type: z.optional(z.int()),
      icp_order_field: z.string(),
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      media_id: z.optional(z.string()),
      created_at: z.optional(z.int()),
    })
  },
} as const;
