// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/expressPlugin`, by id: row and schemas. */
export const endpoints = {
  "expressPlugin.applyMsg": {
    "operationId": "open.expressPlugin.applyMsg", "id": "expressPlugin.applyMsg", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/express/delivery/open_msg/open_openmsg", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "expressPlugin.applyQuery": {
    "operationId": "open.expressPlugin.applyQuery", "id": "expressPlugin.applyQuery", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/express/delivery/open_msg/open_query_plugin", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "expressPlugin.applyReturn": {
    "operationId": "open.expressPlugin.applyReturn", "id": "expressPlugin.applyReturn", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/express/delivery/return/open_return", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
} as const;
