// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/sync`, by id: row and schemas. */
export const endpoints = {
  "sync.contactSyncSuccess": {
    "operationId": "work.sync.contactSyncSuccess", "id": "sync.contactSyncSuccess", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/sync/contact_sync_success", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
} as const;
