// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/user`, by id: row and schemas. */
export const endpoints = {
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
} as const;
