// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work-suite/license`, by id: row and schemas. */
export const endpoints = {
  "license.activateAccount": {
    "operationId": "work-suite.license.activateAccount", "id": "license.activateAccount", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/active_account", "token": "provider_access_token",
    params: z.object({
      active_code: z.string(),
      corpid: z.string(),
      userid: z.string(),
    }),
    result: z.looseObject({})
  },
  "license.batchActivateAccount": {
    "operationId": "work-suite.license.batchActivateAccount", "id": "license.batchActivateAccount", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/batch_active_account", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      active_list: z.array(z.object({
        active_code: z.string(),
        userid: z.string(),
      })).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      active_result: z.optional(z.array(z.looseObject({
        active_code: z.optional(z.string()),
        userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
      }))),
    })
  },
  "license.batchGetActiveInfoByCode": {
    "operationId": "work-suite.license.batchGetActiveInfoByCode", "id": "license.batchGetActiveInfoByCode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/batch_get_active_info_by_code", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
      active_code_list: z.array(z.string()).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      active_info_list: z.optional(z.array(z.looseObject({
        active_code: z.optional(z.string()),
        type: z.optional(z.int()),
        status: z.optional(z.int()),
        userid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        active_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
      }))),
      invalid_active_code_list: z.optional(z.array(z.string())),
    })
  },
  "license.batchShareActiveCode": {
    "operationId": "work-suite.license.batchShareActiveCode", "id": "license.batchShareActiveCode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/batch_share_active_code", "token": "provider_access_token",
    params: z.object({
      from_corpid: z.string(),
      to_corpid: z.string(),
      share_list: z.array(z.object({
        active_code: z.string(),
      })).check(z.maxLength(1000)),
      corp_link_type: z.optional(z.union([z.literal(0), z.literal(1)])),
    }),
    result: z.looseObject({
      share_result: z.optional(z.array(z.looseObject({
        active_code: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "license.batchTransferLicense": {
    "operationId": "work-suite.license.batchTransferLicense", "id": "license.batchTransferLicense", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/batch_transfer_license", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      transfer_list: z.array(z.object({
        handover_userid: z.string(),
        takeover_userid: z.string(),
      })).check(z.maxLength(1000)),
    }),
    result: z.looseObject({
      transfer_result: z.optional(z.array(z.looseObject({
        handover_userid: z.optional(z.string()),
        takeover_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
      }))),
    })
  },
  "license.cancelOrder": {
    "operationId": "work-suite.license.cancelOrder", "id": "license.cancelOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/cancel_order", "token": "provider_access_token",
    params: z.object({
      order_id: z.string(),
      corpid: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "license.createNewOrder": {
    "operationId": "work-suite.license.createNewOrder", "id": "license.createNewOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/create_new_order", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      buyer_userid: z.string(),
      account_count: z.object({
        base_count: z.optional(z.int()),
        external_contact_count: z.optional(z.int()),
      }),
      account_duration: z.object({
        months: z.optional(z.int()),
        days: z.optional(z.int()),
      }),
    }),
    result: z.looseObject({
      order_id: z.optional(z.string()),
    })
  },
  "license.createNewOrderJob": {
    "operationId": "work-suite.license.createNewOrderJob", "id": "license.createNewOrderJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/create_new_order_job", "token": "provider_access_token",
    params: z.object({
      buy_list: z.array(z.object({
        corpid: z.string(),
        account_count: z.object({
          base_count: z.optional(z.int()),
          external_contact_count: z.optional(z.int()),
        }),
        account_duration: z.object({
          months: z.optional(z.int()),
          days: z.optional(z.int()),
        }),
        auto_active_status: z.optional(z.union([z.literal(0), z.literal(1)])),
      })).check(z.maxLength(10)),
      jobid: z.optional(z.string()),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
      invalid_list: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "license.createRenewOrderJob": {
    "operationId": "work-suite.license.createRenewOrderJob", "id": "license.createRenewOrderJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/create_renew_order_job", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      account_list: z.array(z.object({
        userid: z.string(),
        type: z.union([z.literal(1), z.literal(2)]),
      })).check(z.maxLength(1000)),
      jobid: z.optional(z.string()),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
      invalid_account_list: z.optional(z.array(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        userid: z.optional(z.string()),
        type: z.optional(z.int()),
      }))),
    })
  },
  "license.getActiveInfoByCode": {
    "operationId": "work-suite.license.getActiveInfoByCode", "id": "license.getActiveInfoByCode", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_active_info_by_code", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
      active_code: z.string(),
    }),
    result: z.looseObject({
      active_info: z.optional(z.looseObject({
        active_code: z.optional(z.string()),
        type: z.optional(z.int()),
        status: z.optional(z.int()),
        userid: z.optional(z.string()),
        create_time: z.optional(z.int()),
        active_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
        merge_info: z.optional(z.looseObject({
          to_active_code: z.optional(z.string()),
          from_active_code: z.optional(z.string()),
        })),
        share_info: z.optional(z.looseObject({
          to_corpid: z.optional(z.string()),
          from_corpid: z.optional(z.string()),
        })),
      })),
    })
  },
  "license.getActiveInfoByUser": {
    "operationId": "work-suite.license.getActiveInfoByUser", "id": "license.getActiveInfoByUser", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_active_info_by_user", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
      userid: z.string(),
    }),
    result: z.looseObject({
      active_status: z.optional(z.union([z.literal(0), z.literal(1)])),
      active_info_list: z.optional(z.array(z.looseObject({
        active_code: z.optional(z.string()),
        type: z.optional(z.int()),
        userid: z.optional(z.string()),
        active_time: z.optional(z.int()),
        expire_time: z.optional(z.int()),
      }))),
    })
  },
  "license.getAppLicenseInfo": {
    "operationId": "work-suite.license.getAppLicenseInfo", "id": "license.getAppLicenseInfo", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_app_license_info", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
      suite_id: z.string(),
      appid: z.optional(z.int()),
    }),
    result: z.looseObject({
      license_status: z.optional(z.union([z.literal(0), z.literal(1)])),
      trail_info: z.optional(z.looseObject({
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
      })),
      license_check_time: z.optional(z.int()),
    })
  },
  "license.getAutoActiveStatus": {
    "operationId": "work-suite.license.getAutoActiveStatus", "id": "license.getAutoActiveStatus", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_auto_active_status", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
    }),
    result: z.looseObject({
      auto_active_status: z.optional(z.union([z.literal(0), z.literal(1)])),
    })
  },
  "license.getNewOrderJobResult": {
    "operationId": "work-suite.license.getNewOrderJobResult", "id": "license.getNewOrderJobResult", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/new_order_job_result", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.int()),
      order_id: z.optional(z.string()),
      fail_list: z.optional(z.array(z.looseObject({
        corpid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "license.getOrder": {
    "operationId": "work-suite.license.getOrder", "id": "license.getOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
    }),
    result: z.looseObject({
      order: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        order_type: z.optional(z.int()),
        order_status: z.optional(z.int()),
        corpid: z.optional(z.string()),
        price: z.optional(z.int()),
        account_count: z.optional(z.looseObject({
          base_count: z.optional(z.int()),
          external_contact_count: z.optional(z.int()),
        })),
        account_duration: z.optional(z.looseObject({
          months: z.optional(z.int()),
          days: z.optional(z.int()),
          new_expire_time: z.optional(z.int()),
        })),
        create_time: z.optional(z.int()),
        pay_time: z.optional(z.int()),
      })),
    })
  },
  "license.getPayJobResult": {
    "operationId": "work-suite.license.getPayJobResult", "id": "license.getPayJobResult", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/pay_job_result", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      status: z.optional(z.int()),
      pay_job_result: z.optional(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        fail_corp_list: z.optional(z.array(z.looseObject({
          corpid: z.optional(z.string()),
          errcode: z.optional(z.int()),
          errmsg: z.optional(z.string()),
        }))),
      })),
    })
  },
  "license.getUnionOrder": {
    "operationId": "work-suite.license.getUnionOrder", "id": "license.getUnionOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/get_union_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
      limit: z.optional(z.int().check(z.lte(1000))),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      order: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        order_type: z.optional(z.int()),
        order_status: z.optional(z.int()),
        price: z.optional(z.int()),
        create_time: z.optional(z.int()),
        pay_time: z.optional(z.int()),
      })),
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      next_cursor: z.optional(z.string()),
      buy_list: z.optional(z.array(z.looseObject({
        sub_order_id: z.optional(z.string()),
        corpid: z.optional(z.string()),
        account_count: z.optional(z.looseObject({
          base_count: z.optional(z.int()),
          external_contact_count: z.optional(z.int()),
        })),
        account_duration: z.optional(z.looseObject({
          months: z.optional(z.int()),
          days: z.optional(z.int()),
        })),
      }))),
    })
  },
  "license.listActivatedAccount": {
    "operationId": "work-suite.license.listActivatedAccount", "id": "license.listActivatedAccount", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/list_actived_account", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.string(),
      limit: z.optional(z.int().check(z.lte(1000))),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      has_more: z.optional(z.int()),
      account_list: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        type: z.optional(z.int()),
        expire_time: z.optional(z.int()),
        active_time: z.optional(z.int()),
      }))),
    })
  },
  "license.listOrder": {
    "operationId": "work-suite.license.listOrder", "id": "license.listOrder", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/list_order", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      corpid: z.optional(z.string()),
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        order_type: z.optional(z.int()),
      }))),
    })
  },
  "license.listOrderAccount": {
    "operationId": "work-suite.license.listOrderAccount", "id": "license.listOrderAccount", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/list_order_account", "token": "provider_access_token", "idempotent": true,
    params: z.object({
      order_id: z.string(),
      limit: z.optional(z.int()),
      cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      next_cursor: z.string(),
      has_more: z.int(),
      account_list: z.optional(z.array(z.looseObject({
        active_code: z.string(),
        userid: z.string(),
        type: z.int(),
      }))),
    })
  },
  "license.setAutoActiveStatus": {
    "operationId": "work-suite.license.setAutoActiveStatus", "id": "license.setAutoActiveStatus", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/set_auto_active_status", "token": "provider_access_token",
    params: z.object({
      corpid: z.string(),
      auto_active_status: z.union([z.literal(0), z.literal(1)]),
    }),
    result: z.looseObject({})
  },
  "license.submitNewOrderJob": {
    "operationId": "work-suite.license.submitNewOrderJob", "id": "license.submitNewOrderJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/submit_new_order_job", "token": "provider_access_token",
    params: z.object({
      jobid: z.string(),
      buyer_userid: z.string(),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
    })
  },
  "license.submitOrderJob": {
    "operationId": "work-suite.license.submitOrderJob", "id": "license.submitOrderJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/submit_order_job", "token": "provider_access_token",
    params: z.object({
      jobid: z.string(),
      buyer_userid: z.string(),
      account_duration: z.object({
        months: z.optional(z.int()),
        new_expire_time: z.optional(z.int()),
      }),
    }),
    result: z.looseObject({
      order_id: z.optional(z.string()),
    })
  },
  "license.submitPayJob": {
    "operationId": "work-suite.license.submitPayJob", "id": "license.submitPayJob", "products": ["work-suite"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/license/submit_pay_job", "token": "provider_access_token",
    params: z.object({
      payer_userid: z.string(),
      order_id: z.string(),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
    })
  },
} as const;
