// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/linkedCorp`, by id: row and schemas. */
export const endpoints = {
  "linkedCorp.getPermList": {
    "operationId": "work.linkedCorp.getPermList", "id": "linkedCorp.getPermList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/agent/get_perm_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      userids: z.optional(z.array(z.string())),
      department_ids: z.optional(z.array(z.string())),
    })
  },
  "linkedCorp.getUser": {
    "operationId": "work.linkedCorp.getUser", "id": "linkedCorp.getUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/get", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      user_info: z.optional(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        mobile: z.optional(z.string()),
        telephone: z.optional(z.string()),
        email: z.optional(z.string()),
        position: z.optional(z.string()),
        corpid: z.optional(z.string()),
        extattr: z.optional(S.LinkedCorpExtAttr),
      })),
    })
  },
  "linkedCorp.listDepartments": {
    "operationId": "work.linkedCorp.listDepartments", "id": "linkedCorp.listDepartments", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/department/list", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
    }),
    result: z.looseObject({
      department_list: z.optional(z.array(z.looseObject({
        department_id: z.optional(z.string()),
        department_name: z.optional(z.string()),
        parentid: z.optional(z.string()),
        order: z.optional(z.int()),
      }))),
    })
  },
  "linkedCorp.listSimpleUsers": {
    "operationId": "work.linkedCorp.listSimpleUsers", "id": "linkedCorp.listSimpleUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/simplelist", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
      fetch_child: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      userlist: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        corpid: z.optional(z.string()),
      }))),
    })
  },
  "linkedCorp.listUsers": {
    "operationId": "work.linkedCorp.listUsers", "id": "linkedCorp.listUsers", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/linkedcorp/user/list", "token": "access_token", "idempotent": true,
    params: z.object({
      department_id: z.string(),
      fetch_child: z.optional(z.boolean()),
    }),
    result: z.looseObject({
      userlist: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.string())),
        mobile: z.optional(z.string()),
        telephone: z.optional(z.string()),
        email: z.optional(z.string()),
        position: z.optional(z.string()),
        corpid: z.optional(z.string()),
        extattr: z.optional(S.LinkedCorpExtAttr),
      }))),
    })
  },
} as const;
