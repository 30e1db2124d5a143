// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/jssdk`, by id: row and schemas. */
export const endpoints = {
  "jssdk.getAgentTicket": {
    "operationId": "work.jssdk.getAgentTicket", "id": "jssdk.getAgentTicket", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/ticket/get", "token": "access_token", "fixedQuery": { "type": "agent_config" }, "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ticket: z.string(),
      expires_in: z.int(),
    })
  },
  "jssdk.getCorpTicket": {
    "operationId": "work.jssdk.getCorpTicket", "id": "jssdk.getCorpTicket", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/get_jsapi_ticket", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ticket: z.string(),
      expires_in: z.int(),
    })
  },
} as const;
