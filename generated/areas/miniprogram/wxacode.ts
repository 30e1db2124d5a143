// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/wxacode`, by id: row and schemas. */
export const endpoints = {
  "wxacode.createQRCode": {
    "operationId": "miniprogram.wxacode.createQRCode", "id": "wxacode.createQRCode", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxaapp/createwxaqrcode", "token": "access_token", "response": "binary", "contentTypes": ["image/*"],
    params: z.object({
      path: z.string().check(z.maxLength(128)),
      width: z.optional(z.int().check(z.gte(280), z.lte(1280))),
    })
  },
  "wxacode.get": {
    "operationId": "miniprogram.wxacode.get", "id": "wxacode.get", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getwxacode", "token": "access_token", "response": "binary", "contentTypes": ["image/*"],
    params: z.object({
      path: z.string().check(z.maxLength(1024)),
      width: z.optional(z.int().check(z.gte(280), z.lte(1280))),
      auto_color: z.optional(z.boolean()),
      line_color: z.optional(z.object({
        r: z.int(),
        g: z.int(),
        b: z.int(),
      })),
      is_hyaline: z.optional(z.boolean()),
      env_version: z.optional(z.enum(["release", "trial", "develop"])),
    })
  },
  "wxacode.getUnlimited": {
    "operationId": "miniprogram.wxacode.getUnlimited", "id": "wxacode.getUnlimited", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getwxacodeunlimit", "token": "access_token", "response": "binary", "contentTypes": ["image/*"], "idempotent": true,
    params: z.object({
      scene: z.string(),
      page: z.optional(z.string()),
      check_path: z.optional(z.boolean()),
      env_version: z.optional(z.enum(["release", "trial", "develop"])),
      width: z.optional(z.int()),
      auto_color: z.optional(z.boolean()),
      line_color: z.optional(z.object({
        r: z.optional(z.int()),
        g: z.optional(z.int()),
        b: z.optional(z.int()),
      })),
      is_hyaline: z.optional(z.boolean()),
    })
  },
} as const;
