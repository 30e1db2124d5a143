// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/school`, by id: row and schemas. */
export const endpoints = {
  "school.agent.getAllowScope": {
    "operationId": "work.school.agent.getAllowScope", "id": "school.agent.getAllowScope", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/agent/get_allow_scope", "token": "access_token", "query": ["agentid"], "idempotent": true,
    params: z.object({
      agentid: z.optional(z.int()),
    }),
    result: z.looseObject({
      allow_scope: z.optional(z.looseObject({
        students: z.optional(z.looseObject({
          userid: z.optional(z.array(z.string())),
        })),
        departments: z.optional(z.looseObject({
          partyid: z.optional(z.array(z.int())),
        })),
      })),
    })
  },
  "school.department.create": {
    "operationId": "work.school.department.create", "id": "school.department.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/department/create", "token": "access_token",
    params: z.object({
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      parentid: z.optional(z.int()),
      id: z.optional(z.int()),
      type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      register_year: z.optional(z.int().check(z.gte(1970), z.lte(2100))),
      standard_grade: z.optional(z.int()),
      order: z.optional(z.int().check(z.gte(0))),
      department_admins: z.optional(z.array(z.object({
        userid: z.optional(z.string()),
        type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        subject: z.optional(z.string().check(z.maxLength(15))),
      }))),
    }),
    result: z.looseObject({
      id: z.optional(z.int()),
    })
  },
  "school.department.delete": {
    "operationId": "work.school.department.delete", "id": "school.department.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/department/delete", "token": "access_token", "query": ["id"],
    params: z.object({
      id: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
  "school.department.list": {
    "operationId": "work.school.department.list", "id": "school.department.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/department/list", "token": "access_token", "query": ["id"], "idempotent": true,
    params: z.object({
      id: z.optional(z.int()),
    }),
    result: z.looseObject({
      departments: z.optional(z.array(z.looseObject({
        id: z.optional(z.int()),
        type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        name: z.optional(z.string()),
        parentid: z.optional(z.int()),
        register_year: z.optional(z.int()),
        standard_grade: z.optional(z.int()),
        order: z.optional(z.int()),
        department_admins: z.optional(z.array(z.looseObject({
          userid: z.optional(z.string()),
          type: z.optional(z.int()),
          subject: z.optional(z.string()),
        }))),
        is_graduated: z.optional(z.int()),
        open_group_chat: z.optional(z.int()),
        group_chat_id: z.optional(z.string()),
      }))),
    })
  },
  "school.department.update": {
    "operationId": "work.school.department.update", "id": "school.department.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/department/update", "token": "access_token",
    params: z.object({
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      parentid: z.optional(z.int()),
      id: z.int(),
      new_id: z.optional(z.int()),
      register_year: z.optional(z.int().check(z.gte(1970), z.lte(2100))),
      standard_grade: z.optional(z.int()),
      order: z.optional(z.int().check(z.gte(0))),
      department_admins: z.optional(z.array(z.object({
        op: z.union([z.literal(0), z.literal(1)]),
        userid: z.string(),
        type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])),
        subject: z.optional(z.string().check(z.maxLength(15))),
      }))),
    }),
    result: z.looseObject({})
  },
  "school.getPaymentResult": {
    "operationId": "work.school.getPaymentResult", "id": "school.getPaymentResult", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/get_payment_result", "token": "access_token", "idempotent": true,
    params: z.object({
      payment_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      project_name: z.optional(z.string()),
      amount: z.optional(z.int()),
      payment_result: z.optional(z.array(z.looseObject({
        student_userid: z.optional(z.string()),
        trade_state: z.optional(z.union([z.literal(0), z.literal(1)])),
        trade_no: z.optional(z.string()),
        payer_parent_userid: z.optional(z.string()),
      }))),
    })
  },
  "school.getTrade": {
    "operationId": "work.school.getTrade", "id": "school.getTrade", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/get_trade", "token": "access_token", "idempotent": true,
    params: z.object({
      payment_id: z.optional(z.string()),
      trade_no: z.optional(z.string()),
    }),
    result: z.looseObject({
      transaction_id: z.optional(z.string()),
      pay_time: z.optional(z.int()),
    })
  },
  "school.getUserInfo": {
    "operationId": "work.school.getUserInfo", "id": "school.getUserInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/getuserinfo", "token": "access_token", "query": ["code"], "secrets": ["code"],
    params: z.object({
      code: z.optional(z.string()),
    }),
    result: z.looseObject({
      DeviceId: z.optional(z.string()),
      parent_userid: z.optional(z.string()),
      student_userid: z.optional(z.string()),
    })
  },
  "school.health.getQrcode": {
    "operationId": "work.school.health.getQrcode", "id": "school.health.getQrcode", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/get_health_qrcode", "token": "access_token", "idempotent": true,
    params: z.object({
      type: z.int(),
      userids: z.array(z.string()),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
        userid: z.optional(z.string()),
        qrcode_data: z.optional(z.string()),
      }))),
    })
  },
  "school.health.getStudentInfo": {
    "operationId": "work.school.health.getStudentInfo", "id": "school.health.getStudentInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/get_student_customize_health_info", "token": "access_token", "idempotent": true,
    params: z.object({
      date: z.string(),
      next_key: z.optional(z.string()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      health_infos: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        health_qrcode_status: z.optional(z.int()),
        self_submit: z.optional(z.int()),
        report_values: z.optional(z.array(z.looseObject({
          question_id: z.optional(z.int()),
          single_chose: z.optional(z.int()),
          text: z.optional(z.string()),
        }))),
      }))),
      question_templates: z.optional(z.array(z.looseObject({
        question_id: z.optional(z.int()),
        title: z.optional(z.string()),
        question_type: z.optional(z.int()),
        is_must_fill: z.optional(z.int()),
        is_not_display: z.optional(z.int()),
        option_list: z.optional(z.array(z.looseObject({
          option_id: z.optional(z.int()),
          option_text: z.optional(z.string()),
        }))),
      }))),
      template_id: z.optional(z.string()),
      ending: z.optional(z.int()),
      next_key: z.optional(z.string()),
    })
  },
  "school.health.getTeacherInfo": {
    "operationId": "work.school.health.getTeacherInfo", "id": "school.health.getTeacherInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/get_teacher_customize_health_info", "token": "access_token", "idempotent": true,
    params: z.object({
      date: z.string(),
      next_key: z.optional(z.string()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      health_infos: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        health_qrcode_status: z.optional(z.int()),
        self_submit: z.optional(z.int()),
        report_values: z.optional(z.array(z.looseObject({
          question_id: z.optional(z.int()),
          single_chose: z.optional(z.int()),
          text: z.optional(z.string()),
        }))),
      }))),
      question_templates: z.optional(z.array(z.looseObject({
        question_id: z.optional(z.int()),
        title: z.optional(z.string()),
        question_type: z.optional(z.int()),
        is_must_fill: z.optional(z.int()),
        is_not_display: z.optional(z.int()),
        option_list: z.optional(z.array(z.looseObject({
          option_id: z.optional(z.int()),
          option_text: z.optional(z.string()),
        }))),
      }))),
      template_id: z.optional(z.string()),
      ending: z.optional(z.int()),
      next_key: z.optional(z.string()),
    })
  },
  "school.living.getInfo": {
    "operationId": "work.school.living.getInfo", "id": "school.living.getInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/living/get_living_info", "token": "access_token", "query": ["livingid"], "idempotent": true,
    params: z.object({
      livingid: z.optional(z.string()),
    }),
    result: z.looseObject({
      living_info: z.optional(z.looseObject({
        theme: z.optional(z.string()),
        living_start: z.optional(z.int()),
        living_duration: z.optional(z.int()),
        anchor_userid: z.optional(z.string()),
        living_range: z.optional(z.looseObject({
          partyids: z.optional(z.array(z.int())),
          group_names: z.optional(z.array(z.string())),
        })),
        viewer_num: z.optional(z.int()),
        comment_num: z.optional(z.int()),
        open_replay: z.optional(z.union([z.literal(0), z.literal(1)])),
        push_stream_url: z.optional(z.string()),
        online_count: z.optional(z.int()),
        subscribe_count: z.optional(z.int()),
      })),
    })
  },
  "school.living.getUnwatchStat": {
    "operationId": "work.school.living.getUnwatchStat", "id": "school.living.getUnwatchStat", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/living/get_unwatch_stat", "token": "access_token", "idempotent": true,
    params: z.object({
      livingid: z.optional(z.string()),
      next_key: z.optional(z.string()),
    }),
    result: z.looseObject({
      ending: z.optional(z.int()),
      next_key: z.optional(z.string()),
      stat_info: z.optional(z.looseObject({
        students: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          parent_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
        }))),
      })),
    })
  },
  "school.living.getUnwatchStatV2": {
    "operationId": "work.school.living.getUnwatchStatV2", "id": "school.living.getUnwatchStatV2", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/living/get_unwatch_stat_v2", "token": "access_token", "idempotent": true,
    params: z.object({
      livingid: z.optional(z.string()),
      next_cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
      next_cursor: z.optional(z.string()),
      stat_info: z.optional(z.looseObject({
        students: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
        }))),
        parents: z.optional(z.array(z.looseObject({
          parent_userid: z.optional(z.string()),
          student_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
        }))),
      })),
    })
  },
  "school.living.getWatchStat": {
    "operationId": "work.school.living.getWatchStat", "id": "school.living.getWatchStat", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/living/get_watch_stat", "token": "access_token", "idempotent": true,
    params: z.object({
      livingid: z.optional(z.string()),
      next_key: z.optional(z.string()),
    }),
    result: z.looseObject({
      ending: z.optional(z.int()),
      next_key: z.optional(z.string()),
      stat_infoes: z.optional(z.looseObject({
        students: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          parent_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
          watch_time: z.optional(z.int()),
          enter_time: z.optional(z.int()),
          leave_time: z.optional(z.int()),
          is_comment: z.optional(z.int()),
        }))),
        visitors: z.optional(z.array(z.looseObject({
          nickname: z.optional(z.string()),
          watch_time: z.optional(z.int()),
          enter_time: z.optional(z.int()),
          leave_time: z.optional(z.int()),
          is_comment: z.optional(z.int()),
        }))),
      })),
    })
  },
  "school.living.getWatchStatV2": {
    "operationId": "work.school.living.getWatchStatV2", "id": "school.living.getWatchStatV2", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/living/get_watch_stat_v2", "token": "access_token", "idempotent": true,
    params: z.object({
      livingid: z.optional(z.string()),
      next_cursor: z.optional(z.string()),
    }),
    result: z.looseObject({
      has_more: z.optional(z.int()),
      next_cursor: z.optional(z.string()),
      stat_info: z.optional(z.looseObject({
        students: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
          watch_time: z.optional(z.int()),
          enter_time: z.optional(z.int()),
          leave_time: z.optional(z.int()),
          is_comment: z.optional(z.int()),
        }))),
        parents: z.optional(z.array(z.looseObject({
          parent_userid: z.optional(z.string()),
          student_userid: z.optional(z.string()),
          partyids: z.optional(z.array(z.int())),
          watch_time: z.optional(z.int()),
          enter_time: z.optional(z.int()),
          leave_time: z.optional(z.int()),
          is_comment: z.optional(z.int()),
        }))),
      })),
    })
  },
  "school.parent.batchCreate": {
    "operationId": "work.school.parent.batchCreate", "id": "school.parent.batchCreate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_create_parent", "token": "access_token",
    params: z.object({
      parents: z.optional(z.array(z.object({
        parent_userid: z.optional(z.string()),
        mobile: z.optional(z.string()),
        to_invite: z.optional(z.boolean()),
        children: z.optional(z.array(z.object({
          student_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
        })).check(z.maxLength(10))),
      })).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        parent_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.parent.batchDelete": {
    "operationId": "work.school.parent.batchDelete", "id": "school.parent.batchDelete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_delete_parent", "token": "access_token",
    params: z.object({
      useridlist: z.optional(z.array(z.string()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        parent_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.parent.batchUpdate": {
    "operationId": "work.school.parent.batchUpdate", "id": "school.parent.batchUpdate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_update_parent", "token": "access_token",
    params: z.object({
      parents: z.optional(z.array(z.object({
        parent_userid: z.optional(z.string()),
        new_parent_userid: z.optional(z.string()),
        mobile: z.optional(z.string()),
        children: z.optional(z.array(z.object({
          student_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
        })).check(z.maxLength(10))),
      })).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        parent_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.parent.create": {
    "operationId": "work.school.parent.create", "id": "school.parent.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/create_parent", "token": "access_token",
    params: z.object({
      parent_userid: z.string(),
      mobile: z.string(),
      to_invite: z.optional(z.boolean()),
      children: z.array(z.object({
        student_userid: z.string(),
        relation: z.string(),
      })).check(z.maxLength(10)),
    }),
    result: z.looseObject({})
  },
  "school.parent.delete": {
    "operationId": "work.school.parent.delete", "id": "school.parent.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/delete_parent", "token": "access_token", "query": ["userid"],
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({})
  },
  "school.parent.list": {
    "operationId": "work.school.parent.list", "id": "school.parent.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/list_parent", "token": "access_token", "query": ["department_id"], "idempotent": true,
    params: z.object({
      department_id: z.int(),
    }),
    result: z.looseObject({
      parents: z.optional(z.array(z.looseObject({
        parent_userid: z.optional(z.string()),
        mobile: z.optional(z.string()),
        is_subscribe: z.optional(z.union([z.literal(0), z.literal(1)])),
        external_userid: z.optional(z.string()),
        children: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
          name: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "school.parent.update": {
    "operationId": "work.school.parent.update", "id": "school.parent.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/update_parent", "token": "access_token",
    params: z.object({
      parent_userid: z.optional(z.string()),
      new_parent_userid: z.optional(z.string()),
      mobile: z.optional(z.string()),
      children: z.optional(z.array(z.object({
        student_userid: z.optional(z.string()),
        relation: z.optional(z.string()),
      })).check(z.maxLength(10))),
    }),
    result: z.looseObject({})
  },
  "school.setArchSyncMode": {
    "operationId": "work.school.setArchSyncMode", "id": "school.setArchSyncMode", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/set_arch_sync_mode", "token": "access_token",
    params: z.object({
      arch_sync_mode: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
    }),
    result: z.looseObject({})
  },
  "school.setTeacherViewMode": {
    "operationId": "work.school.setTeacherViewMode", "id": "school.setTeacherViewMode", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/set_teacher_view_mode", "token": "access_token",
    params: z.object({
      view_mode: z.union([z.literal(1), z.literal(2)]),
    }),
    result: z.looseObject({})
  },
  "school.setUpgradeInfo": {
    "operationId": "work.school.setUpgradeInfo", "id": "school.setUpgradeInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/set_upgrade_info", "token": "access_token",
    params: z.object({
      upgrade_time: z.optional(z.int()),
      upgrade_switch: z.optional(z.int()),
    }),
    result: z.looseObject({
      next_upgrade_time: z.optional(z.int()),
    })
  },
  "school.student.batchCreate": {
    "operationId": "work.school.student.batchCreate", "id": "school.student.batchCreate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_create_student", "token": "access_token",
    params: z.object({
      students: z.optional(z.array(z.object({
        student_userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.int())),
      })).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        student_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.student.batchDelete": {
    "operationId": "work.school.student.batchDelete", "id": "school.student.batchDelete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_delete_student", "token": "access_token",
    params: z.object({
      useridlist: z.optional(z.array(z.string()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        student_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.student.batchUpdate": {
    "operationId": "work.school.student.batchUpdate", "id": "school.student.batchUpdate", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/batch_update_student", "token": "access_token",
    params: z.object({
      students: z.optional(z.array(z.object({
        student_userid: z.optional(z.string()),
        mobile: z.optional(z.string()),
        new_student_userid: z.optional(z.string()),
        name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
        department: z.optional(z.array(z.int()).check(z.maxLength(20))),
      })).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      result_list: z.optional(z.array(z.looseObject({
        student_userid: z.optional(z.string()),
        errcode: z.optional(z.int()),
        errmsg: z.optional(z.string()),
      }))),
    })
  },
  "school.student.create": {
    "operationId": "work.school.student.create", "id": "school.student.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/create_student", "token": "access_token",
    params: z.object({
      student_userid: z.optional(z.string()),
      mobile: z.optional(z.string()),
      to_invite: z.optional(z.boolean()),
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      department: z.optional(z.array(z.int()).check(z.maxLength(20))),
    }),
    result: z.looseObject({})
  },
  "school.student.delete": {
    "operationId": "work.school.student.delete", "id": "school.student.delete", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/delete_student", "token": "access_token", "query": ["userid"],
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({})
  },
  "school.student.list": {
    "operationId": "work.school.student.list", "id": "school.student.list", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/list", "token": "access_token", "query": ["department_id"], "idempotent": true,
    params: z.object({
      department_id: z.int(),
    }),
    result: z.looseObject({
      students: z.optional(z.array(z.looseObject({
        student_userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.int())),
        parents: z.optional(z.array(z.looseObject({
          parent_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
          mobile: z.optional(z.string()),
          is_subscribe: z.optional(z.union([z.literal(0), z.literal(1)])),
          external_userid: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "school.student.update": {
    "operationId": "work.school.student.update", "id": "school.student.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/update_student", "token": "access_token",
    params: z.object({
      student_userid: z.optional(z.string()),
      mobile: z.optional(z.string()),
      new_student_userid: z.optional(z.string()),
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
      department: z.optional(z.array(z.int()).check(z.maxLength(20))),
    }),
    result: z.looseObject({})
  },
  "school.user.get": {
    "operationId": "work.school.user.get", "id": "school.user.get", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/school/user/get", "token": "access_token", "query": ["userid"], "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      user_type: z.optional(z.union([z.literal(1), z.literal(2)])),
      student: z.optional(z.looseObject({
        student_userid: z.optional(z.string()),
        name: z.optional(z.string()),
        department: z.optional(z.array(z.int())),
        parents: z.optional(z.array(z.looseObject({
          parent_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
          mobile: z.optional(z.string()),
          is_subscribe: z.optional(z.union([z.literal(0), z.literal(1)])),
          external_userid: z.optional(z.string()),
        }))),
      })),
      parent: z.optional(z.looseObject({
        parent_userid: z.optional(z.string()),
        mobile: z.optional(z.string()),
        is_subscribe: z.optional(z.union([z.literal(0), z.literal(1)])),
        external_userid: z.optional(z.string()),
        children: z.optional(z.array(z.looseObject({
          student_userid: z.optional(z.string()),
          relation: z.optional(z.string()),
        }))),
      })),
    })
  },
} as const;
