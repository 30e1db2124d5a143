// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/agent`, by id: row and schemas. */
export const endpoints = {
  "agent.get": {
    "operationId": "work.agent.get", "id": "agent.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/get", "token": "access_token", "query": ["agentid"], "idempotent": true,
    params: z.object({
      agentid: z.int(),
    }),
    result: z.looseObject({
      agentid: z.int(),
      name: z.optional(z.string()),
      square_logo_url: z.optional(z.string()),
      description: z.optional(z.string()),
      allow_userinfos: z.optional(z.looseObject({
        user: z.optional(z.array(z.looseObject({
          userid: z.string(),
        }))),
      })),
      allow_partys: z.optional(z.looseObject({
        partyid: z.optional(z.array(z.int())),
      })),
      allow_tags: z.optional(z.looseObject({
        tagid: z.optional(z.array(z.int())),
      })),
      close: z.optional(z.union([z.literal(0), z.literal(1)])),
      redirect_domain: z.optional(z.string()),
      report_location_flag: z.optional(z.int()),
      isreportenter: z.optional(z.union([z.literal(0), z.literal(1)])),
      home_url: z.optional(z.string()),
      customized_publish_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
    })
  },
  "agent.set": {
    "operationId": "work.agent.set", "id": "agent.set", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/set", "token": "access_token",
    params: z.object({
      agentid: z.int(),
      report_location_flag: z.optional(z.union([z.literal(0), z.literal(1)])),
      logo_mediaid: z.optional(z.string()),
      name: z.optional(z.string()),
      description: z.optional(z.string()),
      redirect_domain: z.optional(z.string()),
      isreportenter: z.optional(z.union([z.literal(0), z.literal(1)])),
      home_url: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
