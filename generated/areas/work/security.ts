// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/security`, by id: row and schemas. */
export const endpoints = {
  "security.getFileOperRecord": {
    "operationId": "work.security.getFileOperRecord", "id": "security.getFileOperRecord", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/get_file_oper_record", "token": "access_token", "idempotent": true,
    params: z.object({
      start_time: z.int(),
      end_time: z.int(),
      userid_list: z.optional(z.array(z.string()).check(z.maxLength(100))),
      operation: z.optional(z.object({
        type: z.optional(z.int()),
        source: z.optional(z.int()),
      })),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      record_list: z.optional(z.array(z.looseObject({
        time: z.optional(z.int()),
        userid: z.optional(z.string()),
        external_user: z.optional(z.looseObject({
          type: z.optional(z.union([z.literal(1), z.literal(2)])),
          name: z.optional(z.string()),
          corp_name: z.optional(z.string()),
        })),
        operation: z.optional(z.looseObject({
          type: z.optional(z.int()),
          source: z.optional(z.int()),
        })),
        file_info: z.optional(z.string()),
        file_size: z.optional(z.int()),
        file_md5: z.optional(z.string()),
        applicant_name: z.optional(z.string()),
        device_type: z.optional(z.union([z.literal(1), z.literal(2)])),
        device_code: z.optional(z.string()),
      }))),
    })
  },
  "security.getScreenOperRecord": {
    "operationId": "work.security.getScreenOperRecord", "id": "security.getScreenOperRecord", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/get_screen_oper_record", "token": "access_token", "idempotent": true,
    params: z.object({
      start_time: z.int(),
      end_time: z.int(),
      userid_list: z.optional(z.array(z.string()).check(z.maxLength(100))),
      department_id_list: z.optional(z.array(z.int()).check(z.maxLength(100))),
      screen_shot_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(1000))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      record_list: z.optional(z.array(z.looseObject({
        time: z.optional(z.int()),
        userid: z.optional(z.string()),
        department_id: z.optional(z.int()),
        screen_shot_type: z.optional(z.int()),
        screen_shot_content: z.optional(z.string()),
        system: z.optional(z.string()),
      }))),
    })
  },
  "security.getServerDomainIp": {
    "operationId": "work.security.getServerDomainIp", "id": "security.getServerDomainIp", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/get_server_domain_ip", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      domain_list: z.optional(z.array(z.looseObject({
        domain: z.optional(z.string()),
        universal_domian: z.optional(z.string()),
        protocol: z.optional(z.string()),
        port: z.optional(z.array(z.int())),
        is_necessary: z.optional(z.union([z.literal(0), z.literal(1)])),
        description: z.optional(z.string()),
      }))),
      ip_list: z.optional(z.array(z.looseObject({
        ip: z.optional(z.string()),
        protocol: z.optional(z.string()),
        port: z.optional(z.array(z.int())),
        is_necessary: z.optional(z.union([z.literal(0), z.literal(1)])),
        description: z.optional(z.string()),
      }))),
    })
  },
  "security.listAdminOperLogs": {
    "operationId": "work.security.listAdminOperLogs", "id": "security.listAdminOperLogs", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/admin_oper_log/list", "token": "access_token", "idempotent": true,
    params: z.object({
      start_time: z.int(),
      end_time: z.int(),
      oper_type: z.optional(z.int()),
      userid: z.optional(z.string()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(400))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      record_list: z.optional(z.array(z.looseObject({
        time: z.optional(z.int()),
        userid: z.optional(z.string()),
        oper_type: z.optional(z.int()),
        detail_type: z.optional(z.int()),
        detail_info: z.optional(z.string()),
        ip: z.optional(z.string()),
      }))),
    })
  },
  "security.listMemberOperLogs": {
    "operationId": "work.security.listMemberOperLogs", "id": "security.listMemberOperLogs", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/member_oper_log/list", "token": "access_token", "idempotent": true,
    params: z.object({
      start_time: z.int(),
      end_time: z.int(),
      oper_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(11), z.literal(12), z.literal(13), z.literal(15), z.literal(16), z.literal(17), z.literal(20), z.literal(21)])),
      userid: z.optional(z.string()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(400))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      record_list: z.optional(z.array(z.looseObject({
        time: z.optional(z.int()),
        userid: z.optional(z.string()),
        oper_type: z.optional(z.int()),
        detail_info: z.optional(z.string()),
        ip: z.optional(z.string()),
      }))),
    })
  },
  "security.trustDevice.approve": {
    "operationId": "work.security.trustDevice.approve", "id": "security.trustDevice.approve", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/approve", "token": "access_token",
    params: z.object({
      device_code_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      success_list: z.optional(z.array(z.string())),
      fail_list: z.optional(z.array(z.string())),
    })
  },
  "security.trustDevice.delete": {
    "operationId": "work.security.trustDevice.delete", "id": "security.trustDevice.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/delete", "token": "access_token",
    params: z.object({
      type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      device_code_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({})
  },
  "security.trustDevice.getByUser": {
    "operationId": "work.security.trustDevice.getByUser", "id": "security.trustDevice.getByUser", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/get_by_user", "token": "access_token", "idempotent": true,
    params: z.object({
      last_login_userid: z.string(),
      type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
    result: z.looseObject({
      device_list: z.optional(z.array(S.WorkTrustDevice)),
    })
  },
  "security.trustDevice.import": {
    "operationId": "work.security.trustDevice.import", "id": "security.trustDevice.import", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/import", "token": "access_token",
    params: z.object({
      device_list: z.array(z.object({
        system: z.enum(["Windows", "Mac"]),
        mac_addr: z.optional(z.array(z.string()).check(z.maxLength(100))),
        motherboard_uuid: z.optional(z.string()),
        harddisk_uuid: z.optional(z.array(z.string()).check(z.maxLength(100))),
        domain: z.optional(z.string()),
        pc_name: z.optional(z.string()),
        seq_no: z.optional(z.string()),
      })).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      result: z.optional(z.array(z.looseObject({
        device_index: z.optional(z.int()),
        device_code: z.optional(z.string()),
        status: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      }))),
    })
  },
  "security.trustDevice.list": {
    "operationId": "work.security.trustDevice.list", "id": "security.trustDevice.list", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/list", "token": "access_token", "idempotent": true,
    params: z.object({
      cursor: z.optional(z.string()),
      type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      limit: z.optional(z.int().check(z.lte(100))),
    }),
    result: z.looseObject({
      device_list: z.optional(z.array(S.WorkTrustDevice)),
      next_cursor: z.optional(z.string()),
    })
  },
  "security.trustDevice.reject": {
    "operationId": "work.security.trustDevice.reject", "id": "security.trustDevice.reject", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/trustdevice/reject", "token": "access_token",
    params: z.object({
      device_code_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      success_list: z.optional(z.array(z.string())),
      fail_list: z.optional(z.array(z.string())),
    })
  },
  "security.vip.getBatchAddJobResult": {
    "operationId": "work.security.vip.getBatchAddJobResult", "id": "security.vip.getBatchAddJobResult", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/vip/batch_add_job_result", "token": "access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      job_result: z.optional(z.looseObject({
        succ_userid_list: z.optional(z.array(z.string())),
        fail_userid_list: z.optional(z.array(z.string())),
      })),
    })
  },
  "security.vip.getBatchDelJobResult": {
    "operationId": "work.security.vip.getBatchDelJobResult", "id": "security.vip.getBatchDelJobResult", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/vip/batch_del_job_result", "token": "access_token", "idempotent": true,
    params: z.object({
      jobid: z.string(),
    }),
    result: z.looseObject({
      job_result: z.optional(z.looseObject({
        succ_userid_list: z.optional(z.array(z.string())),
        fail_userid_list: z.optional(z.array(z.string())),
      })),
    })
  },
  "security.vip.list": {
    "operationId": "work.security.vip.list", "id": "security.vip.list", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/vip/list", "token": "access_token", "idempotent": true,
    params: z.object({
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(200))),
    }),
    result: z.looseObject({
      has_more: z.optional(z.boolean()),
      next_cursor: z.optional(z.string()),
      userid_list: z.optional(z.array(z.string())),
    })
  },
  "security.vip.submitBatchAddJob": {
    "operationId": "work.security.vip.submitBatchAddJob", "id": "security.vip.submitBatchAddJob", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/vip/submit_batch_add_job", "token": "access_token",
    params: z.object({
      userid_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
      invalid_userid_list: z.optional(z.array(z.string())),
    })
  },
  "security.vip.submitBatchDelJob": {
    "operationId": "work.security.vip.submitBatchDelJob", "id": "security.vip.submitBatchDelJob", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/security/vip/submit_batch_del_job", "token": "access_token",
    params: z.object({
      userid_list: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      jobid: z.optional(z.string()),
      invalid_userid_list: z.optional(z.array(z.string())),
    })
  },
} as const;
