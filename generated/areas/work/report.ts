// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/report`, by id: row and schemas. */
export const endpoints = {
  "report.grid.addCategory": {
    "operationId": "work.report.grid.addCategory", "id": "report.grid.addCategory", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/add_cata", "token": "access_token",
    params: z.object({
      category_name: z.optional(z.string().check(z.maxLength(30))),
      level: z.optional(z.union([z.literal(1), z.literal(2)])),
      parent_category_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      category_id: z.optional(z.string()),
    })
  },
  "report.grid.create": {
    "operationId": "work.report.grid.create", "id": "report.grid.create", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/add", "token": "access_token",
    params: z.object({
      grid_name: z.optional(z.string()),
      grid_parent_id: z.optional(z.string()),
      grid_admin: z.optional(z.array(z.string())),
      grid_member: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({
      grid_id: z.optional(z.string()),
      invalid_userids: z.optional(z.array(z.string())),
    })
  },
  "report.grid.delete": {
    "operationId": "work.report.grid.delete", "id": "report.grid.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/delete", "token": "access_token",
    params: z.object({
      grid_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "report.grid.deleteCategory": {
    "operationId": "work.report.grid.deleteCategory", "id": "report.grid.deleteCategory", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/delete_cata", "token": "access_token",
    params: z.object({
      category_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "report.grid.getUserGridInfo": {
    "operationId": "work.report.grid.getUserGridInfo", "id": "report.grid.getUserGridInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/get_user_grid_info", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.optional(z.string()),
    }),
    result: z.looseObject({
      manage_grids: z.optional(z.array(z.looseObject({
        grid_id: z.optional(z.string()),
        grid_name: z.optional(z.string()),
      }))),
      joined_grids: z.optional(z.array(z.looseObject({
        grid_id: z.optional(z.string()),
        grid_name: z.optional(z.string()),
      }))),
    })
  },
  "report.grid.list": {
    "operationId": "work.report.grid.list", "id": "report.grid.list", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/list", "token": "access_token", "idempotent": true,
    params: z.object({
      grid_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      grid_list: z.optional(z.array(z.looseObject({
        grid_id: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_parent_id: z.optional(z.string()),
        grid_admin: z.optional(z.array(z.string())),
        grid_member: z.optional(z.array(z.string())),
      }))),
    })
  },
  "report.grid.listCategories": {
    "operationId": "work.report.grid.listCategories", "id": "report.grid.listCategories", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/list_cata", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      category_list: z.optional(z.array(z.looseObject({
        category_id: z.optional(z.string()),
        category_name: z.optional(z.string()),
        level: z.optional(z.union([z.literal(1), z.literal(2)])),
        parent_category_id: z.optional(z.string()),
      }))),
      cata_list: z.optional(z.array(z.looseObject({
        category_id: z.optional(z.string()),
        category_name: z.optional(z.string()),
        level: z.optional(z.union([z.literal(1), z.literal(2)])),
        parent_category_id: z.optional(z.string()),
      }))),
    })
  },
  "report.grid.update": {
    "operationId": "work.report.grid.update", "id": "report.grid.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/update", "token": "access_token",
    params: z.object({
      grid_id: z.optional(z.string()),
      grid_name: z.optional(z.string().check(z.maxLength(30))),
      grid_parent_id: z.optional(z.string()),
      grid_admin: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(20))),
      grid_member: z.optional(z.array(z.string()).check(z.maxLength(100))),
    }),
    result: z.looseObject({
      invalid_userids: z.optional(z.array(z.string())),
    })
  },
  "report.grid.updateCategory": {
    "operationId": "work.report.grid.updateCategory", "id": "report.grid.updateCategory", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/grid/update_cata", "token": "access_token",
    params: z.object({
      category_id: z.optional(z.string()),
      category_name: z.optional(z.string().check(z.maxLength(30))),
      level: z.optional(z.union([z.literal(1), z.literal(2)])),
      parent_category_id: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "report.patrol.getCategoryStatistic": {
    "operationId": "work.report.patrol.getCategoryStatistic", "id": "report.patrol.getCategoryStatistic", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/category_statistic", "token": "access_token", "idempotent": true,
    params: z.object({
      category_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      dashboard_list: z.optional(z.array(z.looseObject({
        category_id: z.optional(z.string()),
        category_name: z.optional(z.string()),
        category_level: z.optional(z.int()),
        total_case: z.optional(z.int()),
        total_solved: z.optional(z.int()),
        category_type: z.optional(z.int()),
      }))),
    })
  },
  "report.patrol.getCorpStatus": {
    "operationId": "work.report.patrol.getCorpStatus", "id": "report.patrol.getCorpStatus", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/get_corp_status", "token": "access_token", "idempotent": true,
    params: z.object({
      grid_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      to_be_assigned: z.optional(z.int()),
      processing: z.optional(z.int()),
      added_today: z.optional(z.int()),
      solved_today: z.optional(z.int()),
      total_case: z.optional(z.int()),
      total_solved: z.optional(z.int()),
    })
  },
  "report.patrol.getGridInfo": {
    "operationId": "work.report.patrol.getGridInfo", "id": "report.patrol.getGridInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/get_grid_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      grid_list: z.optional(z.array(z.looseObject({
        grid_id: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_admin: z.optional(z.array(z.string())),
      }))),
    })
  },
  "report.patrol.getOrderInfo": {
    "operationId": "work.report.patrol.getOrderInfo", "id": "report.patrol.getOrderInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/get_order_info", "token": "access_token", "idempotent": true,
    params: z.object({
      order_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      order_info: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        desc: z.optional(z.string()),
        urge_type: z.optional(z.int()),
        case_name: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        image_urls: z.optional(z.array(z.string())),
        video_media_ids: z.optional(z.array(z.string())),
        location: z.optional(z.looseObject({
          name: z.optional(z.string()),
          address: z.optional(z.string()),
          latitude: z.optional(z.number()),
          longitude: z.optional(z.number()),
        })),
        processor_userids: z.optional(z.array(z.string())),
        process_list: z.optional(z.array(z.looseObject({
          process_type: z.optional(z.int()),
          solve_userid: z.optional(z.string()),
          process_desc: z.optional(z.string()),
          status: z.optional(z.int()),
          solved_time: z.optional(z.int()),
          image_urls: z.optional(z.array(z.string())),
          video_media_ids: z.optional(z.array(z.string())),
        }))),
      })),
    })
  },
  "report.patrol.getOrderList": {
    "operationId": "work.report.patrol.getOrderList", "id": "report.patrol.getOrderList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/get_order_list", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_create_time: z.optional(z.int()),
      begin_modify_time: z.optional(z.int()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        desc: z.optional(z.string()),
        urge_type: z.optional(z.int()),
        case_name: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        image_urls: z.optional(z.array(z.string())),
        video_media_ids: z.optional(z.array(z.string())),
        location: z.optional(z.looseObject({
          name: z.optional(z.string()),
          address: z.optional(z.string()),
          latitude: z.optional(z.number()),
          longitude: z.optional(z.number()),
        })),
        processor_userids: z.optional(z.array(z.string())),
        process_list: z.optional(z.array(z.looseObject({
          process_type: z.optional(z.int()),
          solve_userid: z.optional(z.string()),
          process_desc: z.optional(z.string()),
          status: z.optional(z.int()),
          solved_time: z.optional(z.int()),
          image_urls: z.optional(z.array(z.string())),
          video_media_ids: z.optional(z.array(z.string())),
        }))),
      }))),
    })
  },
  "report.patrol.getUserStatus": {
    "operationId": "work.report.patrol.getUserStatus", "id": "report.patrol.getUserStatus", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/patrol/get_user_status", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.string(),
    }),
    result: z.looseObject({
      processing: z.optional(z.int()),
      added_today: z.optional(z.int()),
      solved_today: z.optional(z.int()),
    })
  },
  "report.resident.getCategoryStatistic": {
    "operationId": "work.report.resident.getCategoryStatistic", "id": "report.resident.getCategoryStatistic", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/category_statistic", "token": "access_token", "idempotent": true,
    params: z.object({
      category_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      dashboard_list: z.optional(z.array(z.looseObject({
        category_id: z.optional(z.string()),
        category_name: z.optional(z.string()),
        category_level: z.optional(z.union([z.literal(1), z.literal(2)])),
        total_case: z.optional(z.int()),
        total_solved: z.optional(z.int()),
        category_type: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
    })
  },
  "report.resident.getCorpStatus": {
    "operationId": "work.report.resident.getCorpStatus", "id": "report.resident.getCorpStatus", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/get_corp_status", "token": "access_token", "idempotent": true,
    params: z.object({
      grid_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      processing: z.optional(z.int()),
      added_today: z.optional(z.int()),
      solved_today: z.optional(z.int()),
      pending: z.optional(z.int()),
      total_case: z.optional(z.int()),
      total_accepted: z.optional(z.int()),
      total_solved: z.optional(z.int()),
    })
  },
  "report.resident.getGridInfo": {
    "operationId": "work.report.resident.getGridInfo", "id": "report.resident.getGridInfo", "products": ["work"], "method": "GET", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/get_grid_info", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      grid_list: z.optional(z.array(z.looseObject({
        grid_id: z.optional(z.string()),
        grid_name: z.optional(z.unknown()),
        grid_admin: z.optional(z.array(z.string())),
      }))),
    })
  },
  "report.resident.getOrderInfo": {
    "operationId": "work.report.resident.getOrderInfo", "id": "report.resident.getOrderInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/get_order_info", "token": "access_token", "idempotent": true,
    params: z.object({
      order_id: z.optional(z.string()),
    }),
    result: z.looseObject({
      order_info: z.optional(z.looseObject({
        order_id: z.optional(z.string()),
        desc: z.optional(z.string()),
        urge_type: z.optional(z.int()),
        case_name: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_id: z.optional(z.string()),
        reporter_name: z.optional(z.string()),
        reporter_mobile: z.optional(z.string()),
        unionid: z.optional(z.string()),
        image_urls: z.optional(z.array(z.string())),
        video_media_ids: z.optional(z.array(z.string())),
        create_time: z.optional(z.int()),
        location: z.optional(z.looseObject({
          name: z.optional(z.string()),
          address: z.optional(z.string()),
          latitude: z.optional(z.number()),
          longitude: z.optional(z.number()),
        })),
        processor_userids: z.optional(z.array(z.string())),
        process_list: z.optional(z.array(z.looseObject({
          process_type: z.optional(z.int()),
          solve_userid: z.optional(z.string()),
          process_desc: z.optional(z.string()),
          status: z.optional(z.int()),
          solved_time: z.optional(z.int()),
          image_urls: z.optional(z.array(z.string())),
        }))),
      })),
    })
  },
  "report.resident.getOrderList": {
    "operationId": "work.report.resident.getOrderList", "id": "report.resident.getOrderList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/get_order_list", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_create_time: z.optional(z.int()),
      begin_modify_time: z.optional(z.int()),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int().check(z.lte(50))),
    }),
    result: z.looseObject({
      next_cursor: z.optional(z.string()),
      order_list: z.optional(z.array(z.looseObject({
        order_id: z.optional(z.string()),
        desc: z.optional(z.string()),
        urge_type: z.optional(z.int()),
        case_name: z.optional(z.string()),
        grid_name: z.optional(z.string()),
        grid_id: z.optional(z.string()),
        create_time: z.optional(z.int()),
        reporter_name: z.optional(z.string()),
        reporter_mobile: z.optional(z.string()),
        unionid: z.optional(z.string()),
        image_urls: z.optional(z.array(z.string())),
        video_media_ids: z.optional(z.array(z.string())),
        location: z.optional(z.looseObject({
          name: z.optional(z.string()),
          address: z.optional(z.string()),
          latitude: z.optional(z.number()),
          longitude: z.optional(z.number()),
        })),
        processor_userids: z.optional(z.array(z.string())),
        process_list: z.optional(z.array(z.looseObject({
          process_type: z.optional(z.int()),
          solve_userid: z.optional(z.string()),
          process_desc: z.optional(z.string()),
          status: z.optional(z.int()),
          solved_time: z.optional(z.int()),
          image_urls: z.optional(z.array(z.string())),
        }))),
      }))),
    })
  },
  "report.resident.getUserStatus": {
    "operationId": "work.report.resident.getUserStatus", "id": "report.resident.getUserStatus", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/resident/get_user_status", "token": "access_token", "idempotent": true,
    params: z.object({
      userid: z.optional(z.string()),
    }),
    result: z.looseObject({
      processing: z.optional(z.int()),
      added_today: z.optional(z.int()),
      solved_today: z.optional(z.int()),
      pending: z.optional(z.int()),
    })
  },
  "report.siteCode.getReportAnswer": {
    "operationId": "work.report.siteCode.getReportAnswer", "id": "report.siteCode.getReportAnswer", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/sitecode/get_report_answer", "token": "access_token", "idempotent": true,
    params: z.object({
      siteid: z.string(),
      date: z.string(),
      cursor: z.optional(z.string()),
      limit: z.optional(z.int()),
    }),
    result: z.looseObject({
      answers: z.optional(z.array(z.looseObject({
        report_time: z.optional(z.int()),
        report_values: z.optional(z.array(z.looseObject({
          question_id: z.optional(z.int()),
          single_choice: z.optional(z.int()),
          multi_choice: z.optional(z.array(z.int())),
          text: z.optional(z.string()),
        }))),
      }))),
      next_cursor: z.optional(z.string()),
      has_more: z.optional(z.union([z.literal(0), z.literal(1)])),
    })
  },
  "report.siteCode.getReportInfo": {
    "operationId": "work.report.siteCode.getReportInfo", "id": "report.siteCode.getReportInfo", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/report/sitecode/get_site_report_info", "token": "access_token", "idempotent": true,
    params: z.object({
      siteid: z.string(),
    }),
    result: z.looseObject({
      question_templates: z.optional(z.array(z.looseObject({
        question_id: z.optional(z.int()),
        title: z.optional(z.string()),
        question_type: z.optional(z.int()),
        is_required: z.optional(z.union([z.literal(0), z.literal(1)])),
        option_list: z.optional(z.array(z.looseObject({
          option_id: z.optional(z.int()),
          option_text: z.optional(z.string()),
        }))),
      }))),
    })
  },
} as const;
