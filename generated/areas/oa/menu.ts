// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `oa/menu`, by id: row and schemas. */
export const endpoints = {
  "menu.addConditional": {
    "operationId": "oa.menu.addConditional", "id": "menu.addConditional", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/addconditional", "token": "access_token",
    params: z.object({
      button: z.array(S.MenuButton).check(z.minLength(1), z.maxLength(3)),
      matchrule: z.object({
        tag_id: z.optional(z.string()),
        client_platform_type: z.optional(z.enum(["1", "2", "3"])),
        group_id: z.optional(z.string()),
        sex: z.optional(z.string()),
        country: z.optional(z.string()),
        province: z.optional(z.string()),
        city: z.optional(z.string()),
        language: z.optional(z.string()),
      }),
    }),
    result: z.looseObject({
      menuid: z.string(),
    })
  },
  "menu.create": {
    "operationId": "oa.menu.create", "id": "menu.create", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/create", "token": "access_token",
    params: z.object({
      button: z.array(S.MenuButton).check(z.minLength(1), z.maxLength(3)),
    }),
    result: z.looseObject({})
  },
  "menu.delete": {
    "operationId": "oa.menu.delete", "id": "menu.delete", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/delete", "token": "access_token",
    params: z.object({}),
    result: z.looseObject({})
  },
  "menu.deleteConditional": {
    "operationId": "oa.menu.deleteConditional", "id": "menu.deleteConditional", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/delconditional", "token": "access_token",
    params: z.object({
      menuid: z.string(),
    }),
    result: z.looseObject({})
  },
  "menu.get": {
    "operationId": "oa.menu.get", "id": "menu.get", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/get", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      menu: z.optional(z.looseObject({
        button: z.array(S.MenuButton),
        menuid: z.optional(H.int64Out),
      })),
      conditionalmenu: z.optional(z.array(z.looseObject({
        button: z.array(S.MenuButton),
        matchrule: z.optional(z.unknown()),
        menuid: z.optional(H.int64Out),
      }))),
    })
  },
  "menu.getCurrentSelfMenuInfo": {
    "operationId": "oa.menu.getCurrentSelfMenuInfo", "id": "menu.getCurrentSelfMenuInfo", "products": ["oa"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/get_current_selfmenu_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      is_menu_open: z.union([z.literal(0), z.literal(1)]),
      selfmenu_info: z.optional(z.looseObject({
        button: z.optional(z.array(S.SelfMenuButton)),
      })),
    })
  },
  "menu.tryMatch": {
    "operationId": "oa.menu.tryMatch", "id": "menu.tryMatch", "products": ["oa"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/menu/trymatch", "token": "access_token", "idempotent": true,
    params: z.object({
      user_id: z.string(),
    }),
    result: z.looseObject({
      button: z.array(S.MenuButton),
    })
  },
} as const;
