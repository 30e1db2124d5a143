// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/user`, by id: row and schemas. */
export const endpoints = {
  "user.authSucc": {
    "operationId": "work.user.authSucc", "id": "user.authSucc", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/authsucc", "token": "access_token", "query": ["userid"],
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({})
  },
  "user.batchDelete": {
    "operationId": "work.user.batchDelete", "id": "user.batchDelete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/batchdelete", "token": "access_token",
    params: z.object({
      useridlist: z.array(z.string()).check(z.maxLength(200)),
    }),
    result: z.looseObject({})
  },
  "user.checkMemberAuth": {
    "operationId": "work.user.checkMemberAuth", "id": "user.checkMemberAuth", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/check_member_auth", "token": "access_token", "idempotent": true,
    params: z.object({
      open_userid: z.string(),
    }),
    result: z.looseObject({
      is_member_auth: z.optional(z.boolean()),
    })
  },
  "user.convertToOpenId": {
    "operationId": "work.user.convertToOpenId", "id": "user.convertToOpenId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/convert_to_openid", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      openid: z.string(),
    })
  },
  "user.convertToUserId": {
    "operationId": "work.user.convertToUserId", "id": "user.convertToUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/convert_to_userid", "token": "access_token", "idempotent": true,
    params: z.object({
      openid: z.string(),
    }),
    result: z.looseObject({
      userid: z.string(),
    })
  },
  "user.create": {
    "operationId": "work.user.create", "id": "user.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/create", "token": "access_token",
    params: z.object({
      userid: z.string(),
      name: z.string().check(z.minLength(1), z.maxLength(64)),
      alias: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      mobile: z.optional(z.string()),
      department: z.array(z.int()).check(z.maxLength(100)),
      order: z.optional(z.array(z.int())),
      position: z.optional(z.string().check(z.maxLength(128))),
      gender: z.optional(z.enum(["1", "2"])),
      email: z.optional(z.string()),
      biz_mail: z.optional(z.string()),
      is_leader_in_dept: z.optional(z.array(z.union([z.literal(0), z.literal(1)]))),
      direct_leader: z.optional(z.array(z.string()).check(z.maxLength(5))),
      enable: z.optional(z.union([z.literal(0), z.literal(1)])),
      avatar_mediaid: z.optional(z.string()),
      telephone: z.optional(z.string()),
      address: z.optional(z.string().check(z.maxLength(128))),
      main_department: z.optional(z.int()),
      extattr: z.optional(z.object({
        attrs: z.optional(z.array(S.WorkUserAttr)),
      })),
      to_invite: z.optional(z.boolean()),
      external_position: z.optional(z.string().check(z.maxLength(12))),
      external_profile: z.optional(z.object({
        external_corp_name: z.optional(z.string()),
        wechat_channels: z.optional(z.object({
          nickname: z.optional(z.string()),
        })),
        external_attr: z.optional(z.array(S.WorkUserAttr)),
      })),
      nickname: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "user.delete": {
    "operationId": "work.user.delete", "id": "user.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/delete", "token": "access_token", "query": ["userid"],
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({})
  },
  "user.get": {
    "operationId": "work.user.get", "id": "user.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/get", "token": "access_token", "query": ["userid"], "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      userid: z.string(),
      name: z.string(),
      mobile: z.optional(z.string()),
      department: z.array(z.int()),
      order: z.optional(z.array(z.int())),
      position: z.optional(z.string()),
      gender: z.optional(z.enum(["0", "1", "2"])),
      email: z.optional(z.string()),
      biz_mail: z.optional(z.string()),
      is_leader_in_dept: z.optional(z.array(z.int())),
      direct_leader: z.optional(z.array(z.string())),
      avatar: z.optional(z.string()),
      thumb_avatar: z.optional(z.string()),
      telephone: z.optional(z.string()),
      alias: z.optional(z.string()),
      extattr: z.optional(z.looseObject({
        attrs: z.optional(z.array(S.WorkUserAttr)),
      })),
      status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(5)])),
      qr_code: z.optional(z.string()),
      external_profile: z.optional(z.looseObject({
        external_corp_name: z.optional(z.string()),
        wechat_channels: z.optional(z.looseObject({
          nickname: z.optional(z.string()),
          status: z.optional(z.int()),
        })),
        external_attr: z.optional(z.array(S.WorkUserAttr)),
      })),
      external_position: z.optional(z.string()),
      address: z.optional(z.string()),
      open_userid: z.optional(z.string()),
      main_department: z.optional(z.int()),
    })
  },
  "user.getActiveStat": {
    "operationId": "work.user.getActiveStat", "id": "user.getActiveStat", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/get_active_stat", "token": "access_token", "idempotent": true,
    params: z.object({
      date: z.string(),
    }),
    result: z.looseObject({
      active_cnt: z.int(),
    })
  },
  "user.getUserId": {
    "operationId": "work.user.getUserId", "id": "user.getUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/getuserid", "token": "access_token", "idempotent": true,
    params: z.object({
      mobile: z.string(),
    }),
    result: z.looseObject({
      userid: z.string(),
    })
  },
  "user.getUserIdByEmail": {
    "operationId": "work.user.getUserIdByEmail", "id": "user.getUserIdByEmail", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/get_userid_by_email", "token": "access_token", "idempotent": true,
    params: z.object({
      email: z.string(),
      email_type: z.optional(z.union([z.literal(1), z.literal(2)])),
    }),
    result: z.looseObject({
      userid: z.string(),
    })
  },
  "user.list": {
    "operationId": "work.user.list", "id": "user.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/list", "token": "access_token", "query": ["department_id", "fetch_child"], "idempotent": true,
    params: z.object({
      department_id: z.int(),
      fetch_child: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      userlist: z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.int())),
        order: z.optional(z.array(z.int())),
        position: z.optional(z.string()),
        mobile: z.optional(z.string()),
        gender: z.optional(z.enum(["0", "1", "2"])),
        email: z.optional(z.string()),
        biz_mail: z.optional(z.string()),
        is_leader_in_dept: z.optional(z.array(z.int())),
        direct_leader: z.optional(z.array(z.string())),
        avatar: z.optional(z.string()),
        thumb_avatar: z.optional(z.string()),
        telephone: z.optional(z.string()),
        alias: z.optional(z.string()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(5)])),
        address: z.optional(z.string()),
        english_name: z.optional(z.string()),
        open_userid: z.optional(z.string()),
        main_department: z.optional(z.int()),
        extattr: z.optional(z.looseObject({
          attrs: z.optional(z.array(S.WorkUserAttr)),
        })),
        qr_code: z.optional(z.string()),
        external_position: z.optional(z.string()),
        external_profile: z.optional(z.looseObject({
          external_corp_name: z.optional(z.string()),
          wechat_channels: z.optional(z.looseObject({
            nickname: z.optional(z.string()),
            status: z.optional(z.int()),
          })),
          external_attr: z.optional(z.array(S.WorkUserAttr)),
        })),
      })),
    })
  },
  "user.listId": {
    "operationId": "work.user.listId", "id": "user.listId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/list_id", "token": "access_token", "idempotent": true,
    params: z.object({
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(10000))),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      dept_user: z.optional(z.array(z.looseObject({
        userid: z.string(),
        department: z.int(),
      }))),
    })
  },
  "user.listMemberAuth": {
    "operationId": "work.user.listMemberAuth", "id": "user.listMemberAuth", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/list_member_auth", "token": "access_token", "idempotent": true,
    params: z.object({
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      member_auth_list: z.optional(z.array(z.looseObject({
        open_userid: z.optional(z.string()),
      }))),
    })
  },
  "user.listSelectedTicketUser": {
    "operationId": "work.user.listSelectedTicketUser", "id": "user.listSelectedTicketUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/list_selected_ticket_user", "token": "access_token", "idempotent": true, "secrets": ["selected_ticket"],
    params: z.object({
      selected_ticket: z.string(),
    }),
    result: z.looseObject({
      operator_open_userid: z.optional(z.string()),
      open_userid_list: z.optional(z.array(z.string())),
      unauth_open_userid_list: z.optional(z.array(z.string())),
      total: z.optional(z.int()),
    })
  },
  "user.simpleList": {
    "operationId": "work.user.simpleList", "id": "user.simpleList", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/simplelist", "token": "access_token", "query": ["department_id", "fetch_child"], "idempotent": true,
    params: z.object({
      department_id: z.int(),
      fetch_child: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      userlist: z.array(z.looseObject({
        userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.int())),
        open_userid: z.optional(z.string()),
      })),
    })
  },
  "user.update": {
    "operationId": "work.user.update", "id": "user.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/user/update", "token": "access_token",
    params: z.object({
      userid: z.string(),
      new_userid: z.optional(z.string()),
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      alias: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      mobile: z.optional(z.string()),
      department: z.optional(z.array(z.int()).check(z.maxLength(100))),
      order: z.optional(z.array(z.int())),
      position: z.optional(z.string().check(z.maxLength(128))),
      gender: z.optional(z.enum(["1", "2"])),
      email: z.optional(z.string()),
      biz_mail: z.optional(z.string()),
      biz_mail_alias: z.optional(z.object({
        item: z.optional(z.array(z.string()).check(z.maxLength(5))),
      })),
      is_leader_in_dept: z.optional(z.array(z.union([z.literal(0), z.literal(1)]))),
      direct_leader: z.optional(z.array(z.string()).check(z.maxLength(5))),
      enable: z.optional(z.union([z.literal(0), z.literal(1)])),
      avatar_mediaid: z.optional(z.string()),
      telephone: z.optional(z.string()),
      address: z.optional(z.string().check(z.maxLength(128))),
      main_department: z.optional(z.int()),
      extattr: z.optional(z.object({
        attrs: z.optional(z.array(S.WorkUserAttr)),
      })),
      external_position: z.optional(z.string().check(z.maxLength(12))),
      external_profile: z.optional(z.object({
        external_corp_name: z.optional(z.string()),
        wechat_channels: z.optional(z.object({
          nickname: z.optional(z.string()),
        })),
        external_attr: z.optional(z.array(S.WorkUserAttr)),
      })),
      nickname: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
} as const;
