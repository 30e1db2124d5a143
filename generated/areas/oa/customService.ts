// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `oa/customService`, by id: row and schemas. */
export const endpoints = {
  "customService.closeSession": {
    "operationId": "oa.customService.closeSession", "id": "customService.closeSession", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfsession/close", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      openid: z.string(),
    }),
    result: z.looseObject({})
  },
  "customService.createSession": {
    "operationId": "oa.customService.createSession", "id": "customService.createSession", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfsession/create", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      openid: z.string(),
    }),
    result: z.looseObject({})
  },
  "customService.getMsgList": {
    "operationId": "oa.customService.getMsgList", "id": "customService.getMsgList", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/msgrecord/getmsglist", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.optional(z.int()),
      endtime: z.optional(z.int()),
      msgid: z.optional(z.int()),
      number: z.optional(z.int().check(z.lte(10000))),
    }),
    result: z.looseObject({
      recordlist: z.optional(z.array(z.looseObject({
        openid: z.optional(z.string()),
        opercode: z.optional(z.union([z.literal(2002), z.literal(2003)])),
        text: z.optional(z.string()),
        time: z.optional(z.int()),
        worker: z.optional(z.string()),
      }))),
      number: z.optional(z.int()),
      msgid: z.optional(z.int()),
    })
  },
  "customService.getSession": {
    "operationId": "oa.customService.getSession", "id": "customService.getSession", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/kfsession/getsession", "token": "access_token", "query": ["openid"], "idempotent": true,
    params: z.object({
      openid: z.string(),
    }),
    result: z.looseObject({
      createtime: z.optional(z.int()),
      kf_account: z.optional(z.string()),
    })
  },
  "customService.getSessionList": {
    "operationId": "oa.customService.getSessionList", "id": "customService.getSessionList", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/kfsession/getsessionlist", "token": "access_token", "query": ["kf_account"], "idempotent": true,
    params: z.object({
      kf_account: z.string(),
    }),
    result: z.looseObject({
      sessionlist: z.optional(z.array(z.looseObject({
        createtime: z.optional(z.int()),
        openid: z.optional(z.string()),
      }))),
    })
  },
  "customService.getWaitCase": {
    "operationId": "oa.customService.getWaitCase", "id": "customService.getWaitCase", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/customservice/kfsession/getwaitcase", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      count: z.optional(z.int()),
      waitcaselist: z.optional(z.array(z.looseObject({
        latest_time: z.optional(z.int()),
        openid: z.optional(z.string()),
      }))),
    })
  },
  "customService.inviteWorker": {
    "operationId": "oa.customService.inviteWorker", "id": "customService.inviteWorker", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/inviteworker", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      invite_wx: z.string(),
    }),
    result: z.looseObject({})
  },
  "customService.updateAccount": {
    "operationId": "oa.customService.updateAccount", "id": "customService.updateAccount", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/update", "token": "access_token",
    params: z.object({
      kf_account: z.string(),
      nickname: z.string().check(z.maxLength(16)),
    }),
    result: z.looseObject({})
  },
  "customService.uploadAccountAvatar": {
    "operationId": "oa.customService.uploadAccountAvatar", "id": "customService.uploadAccountAvatar", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/customservice/kfaccount/uploadheadimg", "token": "access_token", "query": ["kf_account"], "multipart": true,
    params: z.object({
      kf_account: z.string(),
      media: H.upload,
    }),
    result: z.looseObject({})
  },
} as const;
