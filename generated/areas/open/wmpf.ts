// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/wmpf`, by id: row and schemas. */
export const endpoints = {
  "wmpf.addDevice": {
    "operationId": "open.wmpf.addDevice", "id": "wmpf.addDevice", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/runtime/adddevice", "token": "access_token",
    params: z.object({
      product_id: z.int(),
      device_id_list: z.array(z.string()),
      model_name: z.string(),
    }),
    result: z.looseObject({})
  },
  "wmpf.pushAppMsg": {
    "operationId": "open.wmpf.pushAppMsg", "id": "wmpf.pushAppMsg", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/runtime/pushappmsg", "token": "access_token",
    params: z.object({
      msg: z.string(),
      push_token: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
