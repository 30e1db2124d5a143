// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/agent`, by id: row and schemas. */
export const endpoints = {
  "agent.batchSetWorkbenchData": {
    "operationId": "work.agent.batchSetWorkbenchData", "id": "agent.batchSetWorkbenchData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/batch_set_workbench_data", "token": "access_token",
    params: z.object({
      agentid: z.int(),
      userid_list: z.array(z.string()).check(z.maxLength(1000)),
      data: z.discriminatedUnion("type", [
        z.object({
          type: z.enum(["keydata"]),
          keydata: S.WorkWorkbenchKeyData,
        }),
        z.object({
          type: z.enum(["image"]),
          image: S.WorkWorkbenchImage,
        }),
        z.object({
          type: z.enum(["list"]),
          list: S.WorkWorkbenchList,
        }),
        z.object({
          type: z.enum(["webview"]),
          webview: S.WorkWorkbenchWebview,
        })
      ]),
    }),
    result: z.looseObject({})
  },
  "agent.claimCustomizedApp": {
    "operationId": "work.agent.claimCustomizedApp", "id": "agent.claimCustomizedApp", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/claim_customized_app", "token": "access_token", "secrets": ["suite_access_token"],
    params: z.object({
      suite_access_token: z.string(),
    }),
    result: z.looseObject({})
  },
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
  "agent.getAdminList": {
    "operationId": "work.agent.getAdminList", "id": "agent.getAdminList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/get_admin_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      admin: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        auth_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
    })
  },
  "agent.getPermissions": {
    "operationId": "work.agent.getPermissions", "id": "agent.getPermissions", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/get_permissions", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      app_permissions: z.optional(z.array(z.string())),
      app_permissions_ext: z.optional(z.array(z.looseObject({
        permission_name: z.optional(z.string()),
        expire_time: z.optional(z.int()),
      }))),
    })
  },
  "agent.getWorkbenchTemplate": {
    "operationId": "work.agent.getWorkbenchTemplate", "id": "agent.getWorkbenchTemplate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/get_workbench_template", "token": "access_token", "idempotent": true,
    params: z.object({
      agentid: z.int(),
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      keydata: z.optional(S.WorkWorkbenchKeyData),
      image: z.optional(S.WorkWorkbenchImage),
      list: z.optional(S.WorkWorkbenchList),
      webview: z.optional(S.WorkWorkbenchWebview),
      replace_user_data: z.optional(z.boolean()),
    })
  },
  "agent.list": {
    "operationId": "work.agent.list", "id": "agent.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      agentlist: z.optional(z.array(z.looseObject({
        agentid: z.optional(z.int()),
        name: z.optional(z.string()),
        square_logo_url: z.optional(z.string()),
      }))),
    })
  },
  "agent.migrateToCustomizedApp": {
    "operationId": "work.agent.migrateToCustomizedApp", "id": "agent.migrateToCustomizedApp", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/migrate_to_customized_app", "token": "access_token", "secrets": ["suite_access_token"], "deprecated": "the current page documents POST /cgi-bin/agent/claim_customized_app for this",
    params: z.object({
      suite_access_token: z.string(),
    }),
    result: z.looseObject({})
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
  "agent.setScope": {
    "operationId": "work.agent.setScope", "id": "agent.setScope", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/set_scope", "token": "access_token",
    params: z.object({
      agentid: z.int(),
      allow_user: z.optional(z.array(z.string())),
      allow_party: z.optional(z.array(z.int())),
      allow_tag: z.optional(z.array(z.int())),
    }),
    result: z.looseObject({
      invaliduser: z.optional(z.array(z.string())),
      invalidparty: z.optional(z.array(z.int())),
      invalidtag: z.optional(z.array(z.int())),
    })
  },
  "agent.setWorkbenchData": {
    "operationId": "work.agent.setWorkbenchData", "id": "agent.setWorkbenchData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/set_workbench_data", "token": "access_token",
    params: z.discriminatedUnion("type", [
      z.object({
        agentid: z.int(),
        userid: z.string(),
        type: z.enum(["keydata"]),
        keydata: S.WorkWorkbenchKeyData,
      }),
      z.object({
        agentid: z.int(),
        userid: z.string(),
        type: z.enum(["image"]),
        image: S.WorkWorkbenchImage,
      }),
      z.object({
        agentid: z.int(),
        userid: z.string(),
        type: z.enum(["list"]),
        list: S.WorkWorkbenchList,
      }),
      z.object({
        agentid: z.int(),
        userid: z.string(),
        type: z.enum(["webview"]),
        webview: S.WorkWorkbenchWebview,
      })
    ]),
    result: z.looseObject({})
  },
  "agent.setWorkbenchTemplate": {
    "operationId": "work.agent.setWorkbenchTemplate", "id": "agent.setWorkbenchTemplate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/agent/set_workbench_template", "token": "access_token",
    params: z.object({
      agentid: z.int(),
      type: z.enum(["keydata", "image", "list", "webview", "normal"]),
      keydata: z.optional(S.WorkWorkbenchKeyData),
      image: z.optional(S.WorkWorkbenchImage),
      list: z.optional(S.WorkWorkbenchList),
      webview: z.optional(S.WorkWorkbenchWebview),
      replace_user_data: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
} as const;
