// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/corpGroup`, by id: row and schemas. */
export const endpoints = {
  "corpGroup.getChainCorpInfo": {
    "operationId": "work.corpGroup.getChainCorpInfo", "id": "corpGroup.getChainCorpInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/get_chain_corpinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
      corpid: z.optional(z.string()),
      pending_corpid: z.optional(z.string()),
    }),
    result: z.looseObject({
      corp_name: z.optional(z.string()),
      qualification_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      custom_id: z.optional(z.string()),
      groupid: z.optional(z.int()),
      is_joined: z.optional(z.boolean()),
    })
  },
  "corpGroup.getChainGroup": {
    "operationId": "work.corpGroup.getChainGroup", "id": "corpGroup.getChainGroup", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/get_chain_group", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
      groupid: z.optional(z.int()),
    }),
    result: z.looseObject({
      groups: z.optional(z.array(z.looseObject({
        groupid: z.optional(z.int()),
        group_name: z.optional(z.string()),
        parentid: z.optional(z.int()),
        order: z.optional(z.int()),
      }))),
    })
  },
  "corpGroup.getChainList": {
    "operationId": "work.corpGroup.getChainList", "id": "corpGroup.getChainList", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/get_chain_list", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      chains: z.optional(z.array(z.looseObject({
        chain_id: z.optional(z.string()),
        chain_name: z.optional(z.string()),
      }))),
    })
  },
  "corpGroup.getChainUserCustomId": {
    "operationId": "work.corpGroup.getChainUserCustomId", "id": "corpGroup.getChainUserCustomId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/get_chain_user_custom_id", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
      corpid: z.string(),
      userid: z.string(),
    }),
    result: z.looseObject({
      user_custom_id: z.optional(z.string()),
    })
  },
  "corpGroup.getCorpToken": {
    "operationId": "work.corpGroup.getCorpToken", "id": "corpGroup.getCorpToken", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/gettoken", "token": "access_token",
    params: z.object({
      corpid: z.string(),
      agentid: z.int(),
      business_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "corpGroup.getImportResult": {
    "operationId": "work.corpGroup.getImportResult", "id": "corpGroup.getImportResult", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/getresult", "token": "access_token", "query": ["jobid"], "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
      result: z.optional(z.looseObject({
        chain_id: z.optional(z.string()),
        import_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        fail_list: z.optional(z.array(z.looseObject({
          custom_id: z.optional(z.string()),
          corp_name: z.optional(z.string()),
          errcode: z.optional(z.int()),
          errmsg: z.optional(z.string()),
          contact_info_list: z.optional(z.array(z.looseObject({
            mobile: z.optional(z.string()),
            user_mobile: z.optional(z.string()),
            errcode: z.optional(z.int()),
            errmsg: z.optional(z.string()),
          }))),
        }))),
      })),
    })
  },
  "corpGroup.importChainContact": {
    "operationId": "work.corpGroup.importChainContact", "id": "corpGroup.importChainContact", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/import_chain_contact", "token": "access_token",
    params: z.object({
      chain_id: z.string(),
      contact_list: z.array(z.object({
        corp_name: z.string().check(z.minLength(1), z.maxLength(32)),
        custom_id: z.optional(z.string()),
        group_path: z.optional(z.string()),
        contact_info_list: z.array(z.object({
          name: z.string().check(z.minLength(1), z.maxLength(32)),
          identity_type: z.union([z.literal(1), z.literal(2)]),
          mobile: z.string(),
          user_custom_id: z.optional(z.string()),
        })),
      })),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
    })
  },
  "corpGroup.listAppShareInfo": {
    "operationId": "work.corpGroup.listAppShareInfo", "id": "corpGroup.listAppShareInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/list_app_share_info", "token": "access_token", "idempotent": true,
    params: z.object({
      agentid: z.int(),
      business_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      corpid: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(100))),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      ending: z.optional(z.union([z.literal(0), z.literal(1)])),
      next_cursor: z.optional(z.string()),
      corp_list: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        corp_name: z.optional(z.string()),
        agentid: z.optional(z.int()),
      }))),
    })
  },
  "corpGroup.listChainCorps": {
    "operationId": "work.corpGroup.listChainCorps", "id": "corpGroup.listChainCorps", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/get_chain_corpinfo_list", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
      groupid: z.optional(z.int()),
      need_pending: z.optional(z.boolean()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      group_corps: z.optional(z.array(z.looseObject({
        groupid: z.optional(z.int()),
        corpid: z.optional(z.string()),
        corp_name: z.optional(z.string()),
        custom_id: z.optional(z.string()),
        invite_userid: z.optional(z.string()),
        pending_corpid: z.optional(z.string()),
        is_joined: z.optional(z.unknown()),
      }))),
    })
  },
  "corpGroup.removeCorp": {
    "operationId": "work.corpGroup.removeCorp", "id": "corpGroup.removeCorp", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/corp/remove_corp", "token": "access_token",
    params: z.object({
      chain_id: z.string(),
      corpid: z.optional(z.string()),
      pending_corpid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "corpGroup.rule.add": {
    "operationId": "work.corpGroup.rule.add", "id": "corpGroup.rule.add", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/rule/add_rule", "token": "access_token",
    params: z.object({
      chain_id: z.string(),
      rule_info: S.CorpGroupRuleInfo,
    }),
    result: z.looseObject({
      rule_id: z.optional(z.int()),
    })
  },
  "corpGroup.rule.delete": {
    "operationId": "work.corpGroup.rule.delete", "id": "corpGroup.rule.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/rule/delete_rule", "token": "access_token",
    params: z.object({
      chain_id: z.string(),
      rule_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "corpGroup.rule.get": {
    "operationId": "work.corpGroup.rule.get", "id": "corpGroup.rule.get", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/rule/get_rule_info", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
      rule_id: z.int(),
    }),
    result: z.looseObject({
      rule_info: z.optional(S.CorpGroupRuleInfo),
    })
  },
  "corpGroup.rule.listIds": {
    "operationId": "work.corpGroup.rule.listIds", "id": "corpGroup.rule.listIds", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/rule/list_ids", "token": "access_token", "idempotent": true,
    params: z.object({
      chain_id: z.string(),
    }),
    result: z.looseObject({
      rule_ids: z.optional(z.array(z.int())),
    })
  },
  "corpGroup.rule.modify": {
    "operationId": "work.corpGroup.rule.modify", "id": "corpGroup.rule.modify", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/rule/modify_rule", "token": "access_token",
    params: z.object({
      chain_id: z.string(),
      rule_id: z.int(),
      rule_info: S.CorpGroupRuleInfo,
    }),
    result: z.looseObject({})
  },
  "corpGroup.unionidToExternalUserid": {
    "operationId": "work.corpGroup.unionidToExternalUserid", "id": "corpGroup.unionidToExternalUserid", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/corpgroup/unionid_to_external_userid", "token": "access_token", "idempotent": true,
    params: z.object({
      unionid: z.string(),
      openid: z.string(),
      corpid: z.optional(z.string()),
    }),
    result: z.looseObject({
      external_userid_info: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        external_userid: z.optional(z.string()),
      }))),
    })
  },
} as const;
