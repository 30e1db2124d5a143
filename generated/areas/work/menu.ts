// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/menu`, by id: row and schemas. */
export const endpoints = {
  "menu.create": {
    "operationId": "work.menu.create", "id": "menu.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/menu/create", "token": "access_token", "query": ["agentid"],
    params: z.object({
      agentid: z.int(),
      button: z.array(S.WorkMenuButton),
    }),
    result: z.looseObject({})
  },
  "menu.delete": {
    "operationId": "work.menu.delete", "id": "menu.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/menu/delete", "token": "access_token", "query": ["agentid"],
    params: z.object({
      agentid: z.int(),
    }),
    result: z.looseObject({})
  },
  "menu.get": {
    "operationId": "work.menu.get", "id": "menu.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/menu/get", "token": "access_token", "query": ["agentid"], "idempotent": true,
    params: z.object({
      agentid: z.int(),
    }),
    result: z.looseObject({
      button: z.optional(z.array(S.WorkMenuButton)),
    })
  },
} as const;
