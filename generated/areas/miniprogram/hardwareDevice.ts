// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `miniprogram/hardwareDevice`, by id: row and schemas. */
export const endpoints = {
  "hardwareDevice.addGroupDevice": {
    "operationId": "miniprogram.hardwareDevice.addGroupDevice", "id": "hardwareDevice.addGroupDevice", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/group/adddevice", "token": "access_token",
    params: z.object({
      group_id: z.string(),
      device_list: z.array(S.IotDevice).check(z.maxLength(50)),
      force_add: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      device_list: z.optional(z.array(z.looseObject({
        model_id: z.optional(z.string()),
        sn: z.optional(z.string()),
        errcode: z.optional(z.int()),
      }))),
    })
  },
  "hardwareDevice.createGroup": {
    "operationId": "miniprogram.hardwareDevice.createGroup", "id": "hardwareDevice.createGroup", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/group/createid", "token": "access_token",
    params: z.object({
      model_id: z.string(),
      group_name: z.string(),
    }),
    result: z.looseObject({
      group_id: z.string(),
    })
  },
  "hardwareDevice.getGroupInfo": {
    "operationId": "miniprogram.hardwareDevice.getGroupInfo", "id": "hardwareDevice.getGroupInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/group/getinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      group_id: z.string(),
    }),
    result: z.looseObject({
      group_name: z.optional(z.string()),
      device_list: z.optional(z.array(S.IotDevice)),
      model_id: z.optional(z.string()),
      model_type: z.optional(z.string()),
    })
  },
  "hardwareDevice.removeGroupDevice": {
    "operationId": "miniprogram.hardwareDevice.removeGroupDevice", "id": "hardwareDevice.removeGroupDevice", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/group/removedevice", "token": "access_token",
    params: z.object({
      group_id: z.string(),
      device_list: z.array(S.IotDevice),
    }),
    result: z.looseObject({
      device_list: z.optional(z.array(z.looseObject({
        model_id: z.optional(z.string()),
        sn: z.optional(z.string()),
        errcode: z.optional(z.int()),
      }))),
    })
  },
} as const;
