// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/employeeRelation`, by id: row and schemas. */
export const endpoints = {
  "employeeRelation.sendMsg": {
    "operationId": "miniprogram.employeeRelation.sendMsg", "id": "employeeRelation.sendMsg", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/message/wxopen/employeerelationmsg/send", "token": "access_token",
    params: z.object({
      template_id: z.string(),
      page: z.string(),
      touser: z.string(),
      data: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
