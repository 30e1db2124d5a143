// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/basic`, by id: row and schemas. */
export const endpoints = {
  "basic.getApiDomainIp": {
    "operationId": "work.basic.getApiDomainIp", "id": "basic.getApiDomainIp", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/get_api_domain_ip", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ip_list: z.array(z.string()),
    })
  },
  "basic.getCallbackIp": {
    "operationId": "work.basic.getCallbackIp", "id": "basic.getCallbackIp", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/getcallbackip", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ip_list: z.array(z.string()),
    })
  },
} as const;
