// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/privacy`, by id: row and schemas. */
export const endpoints = {
  "privacy.applyInterface": {
    "operationId": "open.privacy.applyInterface", "id": "privacy.applyInterface", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/security/apply_privacy_interface", "token": "access_token",
    params: z.object({
      api_name: z.string(),
      content: z.string().check(z.maxLength(300)),
      url_list: z.optional(z.array(z.string())),
      pic_list: z.optional(z.array(z.string()).check(z.maxLength(10))),
      video_list: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({
      audit_id: z.optional(z.int()),
    })
  },
  "privacy.applySetOrderPathInfo": {
    "operationId": "open.privacy.applySetOrderPathInfo", "id": "privacy.applySetOrderPathInfo", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/security/applysetorderpathinfo", "token": "component_access_token",
    params: z.object({
      batch_req: z.object({
        path: z.string(),
        img_list: z.optional(z.array(z.string())),
        video: z.optional(z.string()),
        test_account: z.optional(z.string()),
        test_pwd: z.optional(z.string()),
        test_remark: z.optional(z.string()),
        appid_list: z.array(z.string()).check(z.maxLength(100)),
      }),
    }),
    result: z.looseObject({})
  },
  "privacy.getInterface": {
    "operationId": "open.privacy.getInterface", "id": "privacy.getInterface", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/security/get_privacy_interface", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      interface_list: z.optional(z.array(z.looseObject({
        api_name: z.optional(z.string()),
        api_ch_name: z.optional(z.string()),
        api_desc: z.optional(z.string()),
        apply_time: z.optional(z.int()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        audit_id: z.optional(z.int()),
        fail_reason: z.optional(z.string()),
        api_link: z.optional(z.string()),
        group_name: z.optional(z.string()),
      }))),
    })
  },
  "privacy.getOrderPathInfo": {
    "operationId": "open.privacy.getOrderPathInfo", "id": "privacy.getOrderPathInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/security/getorderpathinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      info_type: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({
      msg: z.optional(z.looseObject({
        path: z.optional(z.string()),
        img_list: z.optional(z.array(z.string())),
        video: z.optional(z.string()),
        test_account: z.optional(z.string()),
        test_pwd: z.optional(z.string()),
        test_remark: z.optional(z.string()),
        status: z.optional(z.union([z.literal(2), z.literal(3), z.literal(4)])),
        apply_time: z.optional(z.int()),
        come_from: z.optional(z.int()),
      })),
    })
  },
  "privacy.getSetting": {
    "operationId": "open.privacy.getSetting", "id": "privacy.getSetting", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/getprivacysetting", "token": "access_token", "idempotent": true,
    params: z.object({
      privacy_ver: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      code_exist: z.optional(z.union([z.literal(0), z.literal(1)])),
      privacy_list: z.optional(z.array(z.string())),
      setting_list: z.optional(z.array(z.looseObject({
        privacy_key: z.optional(z.string()),
        privacy_text: z.optional(z.string()),
        privacy_label: z.optional(z.string()),
      }))),
      update_time: z.optional(z.int()),
      owner_setting: z.optional(z.looseObject({
        contact_phone: z.optional(z.string()),
        contact_email: z.optional(z.string()),
        contact_qq: z.optional(z.string()),
        contact_weixin: z.optional(z.string()),
        notice_method: z.optional(z.string()),
        store_expire_timestamp: z.optional(z.string()),
        ext_file_media_id: z.optional(z.string()),
      })),
      privacy_desc: z.optional(z.looseObject({
        privacy_desc_list: z.optional(z.array(z.looseObject({
          privacy_desc: z.optional(z.string()),
          privacy_key: z.optional(z.string()),
        }))),
      })),
      sdk_privacy_info_list: z.optional(z.array(z.unknown())),
    })
  },
  "privacy.setSetting": {
    "operationId": "open.privacy.setSetting", "id": "privacy.setSetting", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/setprivacysetting", "token": "access_token",
    params: z.object({
      privacy_ver: z.optional(z.union([z.literal(1), z.literal(2)])),
      setting_list: z.optional(z.array(z.object({
        privacy_key: z.string(),
        privacy_text: z.string(),
      }))),
      owner_setting: z.object({
        contact_email: z.optional(z.string()),
        contact_phone: z.optional(z.string()),
        contact_qq: z.optional(z.string()),
        contact_weixin: z.optional(z.string()),
        ext_file_media_id: z.optional(z.string()),
        notice_method: z.string(),
        store_expire_timestamp: z.optional(z.string()),
      }),
      sdk_privacy_info_list: z.optional(z.array(z.unknown())),
    }),
    result: z.looseObject({})
  },
  "privacy.uploadExtFile": {
    "operationId": "open.privacy.uploadExtFile", "id": "privacy.uploadExtFile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/component/uploadprivacyextfile", "token": "access_token", "multipart": true,
    params: z.object({
      file: H.upload,
    }),
    result: z.looseObject({
      ext_file_media_id: z.optional(z.string()),
    })
  },
} as const;
