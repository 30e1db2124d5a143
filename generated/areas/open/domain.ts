// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/domain`, by id: row and schemas. */
export const endpoints = {
  "domain.getEffectiveJumpDomain": {
    "operationId": "open.domain.getEffectiveJumpDomain", "id": "domain.getEffectiveJumpDomain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/get_effective_webviewdomain", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      mp_webviewdomain: z.optional(z.array(z.string())),
      third_webviewdomain: z.optional(z.array(z.string())),
      direct_webviewdomain: z.optional(z.array(z.string())),
      effective_webviewdomain: z.optional(z.array(z.string())),
    })
  },
  "domain.getJumpDomainConfirmFile": {
    "operationId": "open.domain.getJumpDomainConfirmFile", "id": "domain.getJumpDomainConfirmFile", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/get_webviewdomain_confirmfile", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      file_name: z.optional(z.string()),
      file_content: z.optional(z.string()),
    })
  },
  "domain.getPrefetchDomain": {
    "operationId": "open.domain.getPrefetchDomain", "id": "domain.getPrefetchDomain", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/get_prefetchdnsdomain", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      prefetch_dns_domain: z.optional(z.array(z.looseObject({
        url: z.optional(z.string()),
        status: z.optional(z.literal(0)),
      }))),
      size_limit: z.optional(z.int()),
    })
  },
  "domain.modifyJumpDomain": {
    "operationId": "open.domain.modifyJumpDomain", "id": "domain.modifyJumpDomain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/setwebviewdomain", "token": "access_token",
    params: z.object({
      action: z.optional(z.enum(["add", "delete", "set", "get"])),
      webviewdomain: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({})
  },
  "domain.modifyServerDomain": {
    "operationId": "open.domain.modifyServerDomain", "id": "domain.modifyServerDomain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/modify_domain", "token": "access_token",
    params: z.object({
      action: z.enum(["add", "delete", "set", "get"]),
      requestdomain: z.optional(z.array(z.string())),
      wsrequestdomain: z.optional(z.array(z.string())),
      uploaddomain: z.optional(z.array(z.string())),
      downloaddomain: z.optional(z.array(z.string())),
      udpdomain: z.optional(z.array(z.string())),
      tcpdomain: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({
      requestdomain: z.optional(z.array(z.string())),
      wsrequestdomain: z.optional(z.array(z.string())),
      uploaddomain: z.optional(z.array(z.string())),
      downloaddomain: z.optional(z.array(z.string())),
      udpdomain: z.optional(z.array(z.string())),
      tcpdomain: z.optional(z.array(z.string())),
    })
  },
  "domain.setPrefetchDomain": {
    "operationId": "open.domain.setPrefetchDomain", "id": "domain.setPrefetchDomain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/set_prefetchdnsdomain", "token": "access_token",
    params: z.object({
      prefetch_dns_domain: z.array(z.object({
        url: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
} as const;
