// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `open/category`, by id: row and schemas. */
export const endpoints = {
  "category.add": {
    "operationId": "open.category.add", "id": "category.add", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/addcategory", "token": "access_token",
    params: z.object({
      categories: z.array(z.object({
        first: z.int(),
        second: z.int(),
        certicates: z.optional(z.array(z.object({
          key: z.string(),
          value: z.string(),
        }))),
      })),
    }),
    result: z.looseObject({})
  },
  "category.delete": {
    "operationId": "open.category.delete", "id": "category.delete", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/deletecategory", "token": "access_token",
    params: z.object({
      first: z.int(),
      second: z.int(),
    }),
    result: z.looseObject({})
  },
  "category.getAllCategories": {
    "operationId": "open.category.getAllCategories", "id": "category.getAllCategories", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/getallcategories", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      categories_list: z.optional(z.looseObject({
        categories: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          level: z.optional(z.int()),
          father: z.optional(z.int()),
          children: z.optional(z.array(z.int())),
          sensitive_type: z.optional(z.union([z.literal(0), z.literal(1)])),
          qualify: z.optional(z.looseObject({
            exter_list: z.optional(z.array(z.looseObject({
              inner_list: z.optional(z.array(z.looseObject({
                name: z.optional(z.string()),
                url: z.optional(z.string()),
              }))),
            }))),
            remark: z.optional(z.string()),
          })),
        }))),
      })),
    })
  },
  "category.getAllCategoryName": {
    "operationId": "open.category.getAllCategoryName", "id": "category.getAllCategoryName", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxa/get_category", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      category_list: z.optional(z.array(z.looseObject({
        first_class: z.optional(z.string()),
        second_class: z.optional(z.string()),
        third_class: z.optional(z.string()),
        first_id: z.optional(z.int()),
        second_id: z.optional(z.int()),
        third_id: z.optional(z.int()),
      }))),
    })
  },
  "category.getCategoriesByType": {
    "operationId": "open.category.getCategoriesByType", "id": "category.getCategoriesByType", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/getcategoriesbytype", "token": "access_token", "idempotent": true,
    params: z.object({
      verify_type: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
    }),
    result: z.looseObject({
      categories_list: z.optional(z.looseObject({
        categories: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          level: z.optional(z.int()),
          father: z.optional(z.int()),
          children: z.optional(z.array(z.int())),
          sensitive_type: z.optional(z.union([z.literal(0), z.literal(1)])),
          qualify: z.optional(z.looseObject({
            exter_list: z.optional(z.array(z.looseObject({
              inner_list: z.optional(z.array(z.looseObject({
                name: z.optional(z.string()),
                url: z.optional(z.string()),
              }))),
            }))),
            remark: z.optional(z.string()),
          })),
        }))),
      })),
    })
  },
  "category.getSettingCategories": {
    "operationId": "open.category.getSettingCategories", "id": "category.getSettingCategories", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/getcategory", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      categories: z.optional(z.array(z.looseObject({
        first: z.optional(z.int()),
        first_name: z.optional(z.string()),
        second: z.optional(z.int()),
        second_name: z.optional(z.string()),
        audit_status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        audit_reason: z.optional(z.string()),
      }))),
      limit: z.optional(z.int()),
      quota: z.optional(z.int()),
      category_limit: z.optional(z.int()),
    })
  },
  "category.modify": {
    "operationId": "open.category.modify", "id": "category.modify", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cgi-bin/wxopen/modifycategory", "token": "access_token",
    params: z.object({
      first: z.int(),
      second: z.int(),
      certicates: z.array(z.object({
        key: z.string(),
        value: z.string(),
      })),
    }),
    result: z.looseObject({})
  },
} as const;
