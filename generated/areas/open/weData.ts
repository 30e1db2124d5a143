// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/weData`, by id: row and schemas. */
export const endpoints = {
  "weData.getLoginConfig": {
    "operationId": "open.weData.getLoginConfig", "id": "weData.getLoginConfig", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_get_login_config", "token": "component_access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      component_appid: z.optional(z.string()),
      component_nickname: z.optional(z.string()),
      recheck_url: z.optional(z.string()),
      appinfo: z.optional(z.array(z.looseObject({
        appid: z.optional(z.string()),
        nickname: z.optional(z.string()),
      }))),
    })
  },
  "weData.getPermList": {
    "operationId": "open.weData.getPermList", "id": "weData.getPermList", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_get_perm_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      perm: z.optional(z.array(z.looseObject({
        perm_id: z.optional(z.string()),
        name: z.optional(z.string()),
        desc: z.optional(z.string()),
      }))),
    })
  },
  "weData.login": {
    "operationId": "open.weData.login", "id": "weData.login", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_login", "token": "access_token", "secrets": ["user_session"],
    params: z.object({
      user_session: z.string(),
      uid: z.string(),
      client_ip: z.string(),
      user_agent: z.string(),
    }),
    result: z.looseObject({
      base_resp: z.optional(z.looseObject({
        ret: z.optional(z.int()),
        err_msg: z.optional(z.string()),
      })),
      redirect_url: z.optional(z.string()),
      expire_at: z.optional(z.int()),
    })
  },
  "weData.queryBindList": {
    "operationId": "open.weData.queryBindList", "id": "weData.queryBindList", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_query_bind_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      info: z.optional(z.array(z.looseObject({
        uid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        update_time: z.optional(z.int()),
        nickname: z.optional(z.string()),
        head_url: z.optional(z.string()),
        is_bind: z.optional(z.int()),
        perm: z.optional(z.array(z.looseObject({
          perm_id: z.optional(z.string()),
          name: z.optional(z.string()),
          desc: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "weData.setLoginConfig": {
    "operationId": "open.weData.setLoginConfig", "id": "weData.setLoginConfig", "products": ["open"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_set_login_config", "token": "component_access_token",
    params: z.object({
      set_type: z.union([z.literal(1), z.literal(2)]),
      recheck_url: z.optional(z.string()),
      associate_appid: z.optional(z.array(z.string()).check(z.maxLength(5))),
    }),
    result: z.looseObject({})
  },
  "weData.setUserPerm": {
    "operationId": "open.weData.setUserPerm", "id": "weData.setUserPerm", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_set_user_perm", "token": "access_token",
    params: z.object({
      uid: z.string(),
      perm: z.array(z.object({
        perm_id: z.string(),
        name: z.optional(z.string()),
        desc: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({})
  },
  "weData.unbindUser": {
    "operationId": "open.weData.unbindUser", "id": "weData.unbindUser", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wedata/wedata_unbind_user", "token": "access_token",
    params: z.object({
      uid: z.string(),
    }),
    result: z.looseObject({})
  },
} as const;
