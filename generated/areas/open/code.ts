// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/code`, by id: row and schemas. */
export const endpoints = {
  "code.commit": {
    "operationId": "open.code.commit", "id": "code.commit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/commit", "token": "access_token",
    params: z.object({
      template_id: z.int(),
      ext_json: z.string(),
      user_version: z.string().check(z.maxLength(64)),
      user_desc: z.string(),
    }),
    result: z.looseObject({})
  },
  "code.getAuditStatus": {
    "operationId": "open.code.getAuditStatus", "id": "code.getAuditStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/get_auditstatus", "token": "access_token", "idempotent": true,
    params: z.object({
      auditid: z.int(),
    }),
    result: z.looseObject({
      status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      reason: z.optional(z.string()),
      screenshot: z.optional(z.string()),
    })
  },
  "code.getGrayReleasePlan": {
    "operationId": "open.code.getGrayReleasePlan", "id": "code.getGrayReleasePlan", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/getgrayreleaseplan", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      gray_release_plan: z.optional(z.looseObject({
        status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
        create_timestamp: z.optional(z.int()),
        gray_percentage: z.optional(z.int()),
        support_debuger_first: z.optional(z.boolean()),
        support_experiencer_first: z.optional(z.boolean()),
      })),
    })
  },
  "code.getHistoryVersion": {
    "operationId": "open.code.getHistoryVersion", "id": "code.getHistoryVersion", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/revertcoderelease", "token": "access_token", "fixedQuery": { "action": "get_history_version" }, "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      version_list: z.optional(z.array(z.looseObject({
        app_version: z.optional(z.int()),
        user_version: z.optional(z.string()),
        user_desc: z.optional(z.string()),
        commit_time: z.optional(z.int()),
      }))),
    })
  },
  "code.getLatestAuditStatus": {
    "operationId": "open.code.getLatestAuditStatus", "id": "code.getLatestAuditStatus", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/get_latest_auditstatus", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      auditid: z.int(),
      status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      reason: z.optional(z.string()),
      screenshot: z.optional(z.string()),
      ScreenShot: z.optional(z.string()),
      user_version: z.optional(z.string()),
      user_desc: z.optional(z.string()),
      submit_audit_time: z.optional(z.int()),
    })
  },
  "code.getPage": {
    "operationId": "open.code.getPage", "id": "code.getPage", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/get_page", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      page_list: z.optional(z.array(z.string())),
    })
  },
  "code.getPrivacyInfo": {
    "operationId": "open.code.getPrivacyInfo", "id": "code.getPrivacyInfo", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/security/get_code_privacy_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      without_auth_list: z.optional(z.array(z.string())),
      without_conf_list: z.optional(z.array(z.string())),
    })
  },
  "code.getQrcode": {
    "operationId": "open.code.getQrcode", "id": "code.getQrcode", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/get_qrcode", "token": "access_token", "query": ["path"], "response": "binary", "contentTypes": ["image/jpeg", "image/*"], "idempotent": true,
    params: z.object({
      path: z.optional(z.string()),
    })
  },
  "code.getVersionInfo": {
    "operationId": "open.code.getVersionInfo", "id": "code.getVersionInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getversioninfo", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      exp_info: z.optional(z.looseObject({
        exp_time: z.optional(z.int()),
        exp_version: z.optional(z.string()),
        exp_desc: z.optional(z.string()),
      })),
      release_info: z.optional(z.looseObject({
        release_time: z.optional(z.int()),
        release_version: z.optional(z.string()),
        release_desc: z.optional(z.string()),
      })),
    })
  },
  "code.getVisitStatus": {
    "operationId": "open.code.getVisitStatus", "id": "code.getVisitStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getvisitstatus", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      status: z.union([z.literal(0), z.literal(1)]),
    })
  },
  "code.grayRelease": {
    "operationId": "open.code.grayRelease", "id": "code.grayRelease", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/grayrelease", "token": "access_token",
    params: z.object({
      gray_percentage: z.int().check(z.gte(0), z.lte(100)),
      support_debuger_first: z.optional(z.boolean()),
      support_experiencer_first: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
  "code.queryQuota": {
    "operationId": "open.code.queryQuota", "id": "code.queryQuota", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/queryquota", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      rest: z.int(),
      limit: z.int(),
      speedup_rest: z.int(),
      speedup_limit: z.int(),
    })
  },
  "code.release": {
    "operationId": "open.code.release", "id": "code.release", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/release", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "code.revertGrayRelease": {
    "operationId": "open.code.revertGrayRelease", "id": "code.revertGrayRelease", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/revertgrayrelease", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "code.revertRelease": {
    "operationId": "open.code.revertRelease", "id": "code.revertRelease", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/revertcoderelease", "token": "access_token", "query": ["app_version"],
    params: z.object({
      app_version: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "code.setVisitStatus": {
    "operationId": "open.code.setVisitStatus", "id": "code.setVisitStatus", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/change_visitstatus", "token": "access_token",
    params: z.object({
      action: z.enum(["close", "open"]),
    }),
    result: z.looseObject({})
  },
  "code.speedupAudit": {
    "operationId": "open.code.speedupAudit", "id": "code.speedupAudit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/speedupaudit", "token": "access_token",
    params: z.object({
      auditid: z.int(),
    }),
    result: z.looseObject({})
  },
  "code.submitAudit": {
    "operationId": "open.code.submitAudit", "id": "code.submitAudit", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/submit_audit", "token": "access_token",
    params: z.object({
      item_list: z.optional(z.array(z.object({
        address: z.optional(z.string()),
        tag: z.optional(z.string()),
        first_class: z.string(),
        second_class: z.string(),
        third_class: z.optional(z.string()),
        title: z.optional(z.string().check(z.maxLength(32))),
        first_id: z.int(),
        second_id: z.int(),
        third_id: z.optional(z.int()),
      })).check(z.minLength(1), z.maxLength(5))),
      feedback_info: z.optional(z.string().check(z.maxLength(200))),
      feedback_stuff: z.optional(z.string()),
      version_desc: z.optional(z.string()),
      preview_info: z.optional(z.object({
        video_id_list: z.array(z.string()),
        pic_id_list: z.array(z.string()),
      })),
      ugc_declare: z.optional(z.object({
        scene: z.optional(z.array(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]))),
        method: z.optional(z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]))),
        other_scene_desc: z.optional(z.string().check(z.maxLength(256))),
        has_audit_team: z.optional(z.union([z.literal(0), z.literal(1)])),
        audit_desc: z.optional(z.string().check(z.maxLength(256))),
      })),
      privacy_api_not_use: z.optional(z.boolean()),
      order_path: z.optional(z.string()),
    }),
    result: z.looseObject({
      auditid: z.int(),
    })
  },
  "code.undoAudit": {
    "operationId": "open.code.undoAudit", "id": "code.undoAudit", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/undocodeaudit", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "code.uploadMedia": {
    "operationId": "open.code.uploadMedia", "id": "code.uploadMedia", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/uploadmedia", "token": "access_token", "multipart": true,
    params: z.object({
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      mediaid: z.optional(z.string()),
    })
  },
} as const;
