// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/idConvert`, by id: row and schemas. */
export const endpoints = {
  "idConvert.upgradeChatIdForNewCorp": {
    "operationId": "work-suite.idConvert.upgradeChatIdForNewCorp", "id": "idConvert.upgradeChatIdForNewCorp", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/upgrade_chatid_for_new_corp", "token": "suite_access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
} as const;
