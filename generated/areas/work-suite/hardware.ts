// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/hardware`, by id: row and schemas. */
export const endpoints = {
  "hardware.addDevice": {
    "operationId": "work-suite.hardware.addDevice", "id": "hardware.addDevice", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/add_device", "token": "provider_access_token",
    params: z.object({
      model_id: z.string(),
      device_sn: z.string(),
      remark_name: z.optional(z.string()),
    }),
    result: z.looseObject({
      device_info: z.optional(z.looseObject({
        model_id: z.optional(z.string()),
        device_id: z.optional(H.int64Out),
        device_sn: z.optional(z.string()),
        secret_no: z.optional(z.string()),
        qr_code: z.optional(z.string()),
        create_time: z.optional(z.int()),
      })),
    })
  },
  "hardware.delDevice": {
    "operationId": "work-suite.hardware.delDevice", "id": "hardware.delDevice", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/del_device", "token": "provider_access_token",
    params: z.object({
      device_sn: z.string(),
    }),
    result: z.looseObject({})
  },
  "hardware.fetchDeviceLog": {
    "operationId": "work-suite.hardware.fetchDeviceLog", "id": "hardware.fetchDeviceLog", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/fetch_device_log", "token": "provider_access_token",
    params: z.object({
      device_sn: z.string(),
      hint: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "hardware.getDeviceAuthInfo": {
    "operationId": "work-suite.hardware.getDeviceAuthInfo", "id": "hardware.getDeviceAuthInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_device_auth_info", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      device_sn: z.string(),
    }),
    result: z.looseObject({
      auth_corp_info: z.optional(z.looseObject({
        corpid: z.optional(z.string()),
        corp_name: z.optional(z.string()),
      })),
      device_info: z.optional(z.looseObject({
        model_id: z.optional(z.string()),
        remark_name: z.optional(z.string()),
      })),
    })
  },
  "hardware.getDeviceFeature": {
    "operationId": "work-suite.hardware.getDeviceFeature", "id": "hardware.getDeviceFeature", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/hardware/get_device_feature", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      device_sn: z.string(),
    }),
    result: z.looseObject({
      device_feature: z.optional(z.string()),
    })
  },
  "hardware.listDevice": {
    "operationId": "work-suite.hardware.listDevice", "id": "hardware.listDevice", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/list_device", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      offset: z.int(),
      limit: z.int(),
    }),
    result: z.looseObject({})
  },
  "hardware.resetSecretNo": {
    "operationId": "work-suite.hardware.resetSecretNo", "id": "hardware.resetSecretNo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/reset_secret_no", "token": "provider_access_token",
    params: z.object({
      device_sn: z.string(),
    }),
    result: z.looseObject({})
  },
  "hardware.setPrinterSupportState": {
    "operationId": "work-suite.hardware.setPrinterSupportState", "id": "hardware.setPrinterSupportState", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/set_printer_support_state", "token": "provider_access_token",
    params: z.object({
      device_sn: z.string(),
      not_supported_printer: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
} as const;
