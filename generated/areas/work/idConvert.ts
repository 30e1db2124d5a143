// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/idConvert`, by id: row and schemas. */
export const endpoints = {
  "idConvert.applyToUpgradeChatId": {
    "operationId": "work.idConvert.applyToUpgradeChatId", "id": "idConvert.applyToUpgradeChatId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/apply_to_upgrade_chatid", "token": "access_token",
    params: z.object({
      upgrade_time: z.int(),
    }),
    result: z.looseObject({})
  },
  "idConvert.chatId": {
    "operationId": "work.idConvert.chatId", "id": "idConvert.chatId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/chatid", "token": "access_token", "idempotent": true,
    params: z.object({
      chat_id_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        chat_id: z.optional(z.string()),
        new_chat_id: z.optional(z.string()),
      }))),
      invalid_chat_id_list: z.optional(z.array(z.string())),
    })
  },
  "idConvert.convertTmpExternalUserId": {
    "operationId": "work.idConvert.convertTmpExternalUserId", "id": "idConvert.convertTmpExternalUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/convert_tmp_external_userid", "token": "access_token", "idempotent": true,
    params: z.object({
      business_type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      user_type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      tmp_external_userid_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      results: z.optional(z.array(z.looseObject({
        tmp_external_userid: z.optional(z.string()),
        external_userid: z.optional(z.string()),
        corpid: z.optional(z.string()),
        userid: z.optional(z.string()),
      }))),
      invalid_tmp_external_userid_list: z.optional(z.array(z.string())),
    })
  },
  "idConvert.externalTagId": {
    "operationId": "work.idConvert.externalTagId", "id": "idConvert.externalTagId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/external_tagid", "token": "access_token", "idempotent": true,
    params: z.object({
      external_tagid_list: z.array(z.string()).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        external_tagid: z.optional(z.string()),
        open_external_tagid: z.optional(z.string()),
      }))),
      invalid_external_tagid_list: z.optional(z.array(z.string())),
    })
  },
  "idConvert.externalUserIdToPendingId": {
    "operationId": "work.idConvert.externalUserIdToPendingId", "id": "idConvert.externalUserIdToPendingId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/batch/external_userid_to_pending_id", "token": "access_token", "idempotent": true,
    params: z.object({
      external_userid: z.array(z.string()).check(z.maxLength(100)),
      chat_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      result: z.optional(z.array(z.looseObject({
        external_userid: z.optional(z.string()),
        pending_id: z.optional(z.string()),
      }))),
    })
  },
  "idConvert.openKfId": {
    "operationId": "work.idConvert.openKfId", "id": "idConvert.openKfId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/open_kfid", "token": "access_token", "idempotent": true,
    params: z.object({
      open_kfid_list: z.array(z.string()).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        open_kfid: z.optional(z.string()),
        new_open_kfid: z.optional(z.string()),
      }))),
      invalid_open_kfid_list: z.optional(z.array(z.string())),
    })
  },
  "idConvert.unionIdToExternalUserId": {
    "operationId": "work.idConvert.unionIdToExternalUserId", "id": "idConvert.unionIdToExternalUserId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/idconvert/unionid_to_external_userid", "token": "access_token", "idempotent": true,
    params: z.object({
      unionid: z.string(),
      openid: z.string(),
      subject_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      external_userid: z.optional(z.string()),
      pending_id: z.optional(z.string()),
    })
  },
} as const;
