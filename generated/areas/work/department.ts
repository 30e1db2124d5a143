// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/department`, by id: row and schemas. */
export const endpoints = {
  "department.create": {
    "operationId": "work.department.create", "id": "department.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/create", "token": "access_token",
    params: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(32)),
      name_en: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      parentid: z.int(),
      order: z.optional(z.int()),
      id: z.optional(z.int()),
    }),
    result: z.looseObject({
      id: z.int(),
    })
  },
  "department.delete": {
    "operationId": "work.department.delete", "id": "department.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/delete", "token": "access_token", "query": ["id"],
    params: z.object({
      id: z.int(),
    }),
    result: z.looseObject({})
  },
  "department.get": {
    "operationId": "work.department.get", "id": "department.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/get", "token": "access_token", "query": ["id"], "idempotent": true,
    params: z.object({
      id: z.int(),
    }),
    result: z.looseObject({
      department: z.looseObject({
        id: z.int(),
        name: z.optional(z.string()),
        name_en: z.optional(z.string()),
        department_leader: z.optional(z.array(z.string())),
        parentid: z.optional(z.int()),
        order: z.optional(z.int()),
      }),
    })
  },
  "department.list": {
    "operationId": "work.department.list", "id": "department.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/list", "token": "access_token", "query": ["id"], "idempotent": true,
    params: z.object({
      id: z.optional(z.int()),
    }),
    result: z.looseObject({
      department: z.optional(z.array(z.looseObject({
        id: z.int(),
        name: z.optional(z.string()),
        name_en: z.optional(z.string()),
        department_leader: z.optional(z.array(z.string())),
        parentid: z.optional(z.int()),
        order: z.optional(z.int()),
      }))),
    })
  },
  "department.simpleList": {
    "operationId": "work.department.simpleList", "id": "department.simpleList", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/simplelist", "token": "access_token", "query": ["id"], "idempotent": true,
    params: z.object({
      id: z.optional(z.int()),
    }),
    result: z.looseObject({
      department_id: z.optional(z.array(z.looseObject({
        id: z.int(),
        parentid: z.optional(z.int()),
        order: z.optional(z.int()),
      }))),
    })
  },
  "department.update": {
    "operationId": "work.department.update", "id": "department.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/department/update", "token": "access_token",
    params: z.object({
      id: z.int(),
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      name_en: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      parentid: z.optional(z.int()),
      order: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
} as const;
