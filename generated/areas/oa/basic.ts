// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/basic`, by id: row and schemas. */
export const endpoints = {
  "basic.checkCallback": {
    "operationId": "oa.basic.checkCallback", "id": "basic.checkCallback", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/callback/check", "token": "access_token", "idempotent": true,
    params: z.object({
      action: z.enum(["all", "dns", "ping"]),
      check_operator: z.enum(["CHINANET", "UNICOM", "CAP", "DEFAULT"]),
    }),
    result: z.looseObject({
      dns: z.optional(z.array(z.looseObject({
        ip: z.optional(z.string()),
        real_operator: z.optional(z.string()),
      }))),
      ping: z.optional(z.array(z.looseObject({
        ip: z.optional(z.string()),
        from_operator: z.optional(z.string()),
        package_loss: z.optional(z.string()),
        time: z.optional(z.string()),
      }))),
    })
  },
  "basic.getApiDomainIp": {
    "operationId": "oa.basic.getApiDomainIp", "id": "basic.getApiDomainIp", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/get_api_domain_ip", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ip_list: z.array(z.string()),
    })
  },
  "basic.getCallbackIp": {
    "operationId": "oa.basic.getCallbackIp", "id": "basic.getCallbackIp", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/getcallbackip", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      ip_list: z.array(z.string()),
    })
  },
} as const;
