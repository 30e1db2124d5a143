// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/provider`, by id: row and schemas. */
export const endpoints = {
  "provider.corpIdToOpenCorpId": {
    "operationId": "work-suite.provider.corpIdToOpenCorpId", "id": "provider.corpIdToOpenCorpId", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/corpid_to_opencorpid", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
    }),
    result: z.looseObject({
      open_corpid: z.optional(z.string()),
    })
  },
  "provider.finishExternalUserIdMigration": {
    "operationId": "work-suite.provider.finishExternalUserIdMigration", "id": "provider.finishExternalUserIdMigration", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/externalcontact/finish_external_userid_migration", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
    }),
    result: z.looseObject({})
  },
  "provider.getAccountBalance": {
    "operationId": "work-suite.provider.getAccountBalance", "id": "provider.getAccountBalance", "products": ["work-suite"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_account_balance", "token": "provider_access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      balance: z.optional(z.int()),
    })
  },
  "provider.getLoginInfo": {
    "operationId": "work-suite.provider.getLoginInfo", "id": "provider.getLoginInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_login_info", "token": "provider_access_token", "tokenParam": "access_token", "secrets": ["auth_code"],
    params: z.object({
      auth_code: z.string(),
    }),
    result: z.looseObject({
      usertype: z.optional(z.int()),
      user_info: z.optional(z.looseObject({
        userid: z.optional(z.string()),
        open_userid: z.optional(z.string()),
        name: z.optional(z.string()),
        avatar: z.optional(z.string()),
      })),
      corp_info: z.optional(z.looseObject({
        corpid: z.optional(z.string()),
      })),
      agent: z.optional(z.array(z.looseObject({
        agentid: z.optional(z.int()),
        auth_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
      auth_info: z.optional(z.looseObject({
        department: z.optional(z.array(z.looseObject({
          id: z.optional(z.string()),
          writable: z.optional(z.string()),
        }))),
      })),
    })
  },
  "provider.getRegisterCode": {
    "operationId": "work-suite.provider.getRegisterCode", "id": "provider.getRegisterCode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_register_code", "token": "provider_access_token",
    params: z.object({
      template_id: z.string(),
      corp_name: z.optional(z.string()),
      admin_name: z.optional(z.string()),
      admin_mobile: z.optional(z.string()),
      state: z.optional(z.string()),
      follow_user: z.optional(z.string()),
    }),
    result: z.looseObject({
      register_code: z.optional(z.string()),
      expires_in: z.optional(z.int()),
    })
  },
  "provider.getRegisterInfo": {
    "operationId": "work-suite.provider.getRegisterInfo", "id": "provider.getRegisterInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_register_info", "token": "provider_access_token", "idempotent": true, "secrets": ["register_code"],
    params: z.object({
      register_code: z.string(),
    }),
    result: z.looseObject({
      corpid: z.optional(z.string()),
      contact_sync: z.optional(z.looseObject({
        access_token: z.optional(z.string()),
        expires_in: z.optional(z.int()),
      })),
      auth_user_info: z.optional(z.looseObject({
        userid: z.optional(z.string()),
      })),
      state: z.optional(z.string()),
      template_id: z.optional(z.string()),
    })
  },
  "provider.getToken": {
    "operationId": "work-suite.provider.getToken", "id": "provider.getToken", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/get_provider_token", "token": "none", "secrets": ["provider_secret"],
    params: z.object({
      corpid: z.string(),
      provider_secret: z.string(),
    }),
    result: z.looseObject({
      provider_access_token: z.string(),
      expires_in: z.int(),
    })
  },
  "provider.uploadMedia": {
    "operationId": "work-suite.provider.uploadMedia", "id": "provider.uploadMedia", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/service/media/upload", "token": "provider_access_token", "query": ["type", "attachment_type"], "multipart": true,
    params: z.object({
      type: z.enum(["image", "voice", "video", "file"]),
      attachment_type: z.optional(z.int()),
      media: H.upload,
    }),
    result: z.looseObject({
      type: z.optional(z.string()),
      media_id: z.string(),
      created_at: z.optional(z.string()),
    })
  },
} as const;
