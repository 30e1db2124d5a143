// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/datacube`, by id: row and schemas. */
export const endpoints = {
  "datacube.getDailyRetain": {
    "operationId": "miniprogram.datacube.getDailyRetain", "id": "datacube.getDailyRetain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappiddailyretaininfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      visit_uv_new: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
      visit_uv: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
    })
  },
  "datacube.getDailySummary": {
    "operationId": "miniprogram.datacube.getDailySummary", "id": "datacube.getDailySummary", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappiddailysummarytrend", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        visit_total: z.optional(z.int()),
        share_pv: z.optional(z.int()),
        share_uv: z.optional(z.int()),
      }))),
    })
  },
  "datacube.getDailyVisitTrend": {
    "operationId": "miniprogram.datacube.getDailyVisitTrend", "id": "datacube.getDailyVisitTrend", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappiddailyvisittrend", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        session_cnt: z.optional(z.int()),
        visit_pv: z.optional(z.int()),
        visit_uv: z.optional(z.int()),
        visit_uv_new: z.optional(z.int()),
        stay_time_uv: z.optional(z.number()),
        stay_time_session: z.optional(z.number()),
        visit_depth: z.optional(z.number()),
      }))),
    })
  },
  "datacube.getGameAnalysisData": {
    "operationId": "miniprogram.datacube.getGameAnalysisData", "id": "datacube.getGameAnalysisData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getgameanalysisdata", "token": "access_token", "idempotent": true,
    params: z.object({
      metric: z.string(),
      granularity: z.union([z.literal(1), z.literal(5), z.literal(60), z.literal(24), z.literal(7), z.literal(30)]),
      start_time: z.int(),
      end_time: z.int(),
      filter_list: z.optional(z.array(z.object({
        dimension: z.string(),
        value: z.string(),
      }))),
      group_list: z.optional(z.array(z.object({
        dimension: z.string(),
        value: z.string(),
      }))),
    }),
    result: z.looseObject({
      data_list: z.optional(z.array(z.looseObject({
        timestamp: z.optional(z.int()),
        time_label: z.optional(z.string()),
        group_dimension_list: z.optional(z.array(z.looseObject({
          value: z.optional(z.string()),
          label: z.optional(z.string()),
        }))),
        metric_value: z.optional(z.number()),
      }))),
    })
  },
  "datacube.getMonthlyRetain": {
    "operationId": "miniprogram.datacube.getMonthlyRetain", "id": "datacube.getMonthlyRetain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidmonthlyretaininfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      visit_uv_new: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
      visit_uv: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
    })
  },
  "datacube.getMonthlyVisitTrend": {
    "operationId": "miniprogram.datacube.getMonthlyVisitTrend", "id": "datacube.getMonthlyVisitTrend", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidmonthlyvisittrend", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        session_cnt: z.optional(z.int()),
        visit_pv: z.optional(z.int()),
        visit_uv: z.optional(z.int()),
        visit_uv_new: z.optional(z.int()),
        stay_time_uv: z.optional(z.number()),
        stay_time_session: z.optional(z.number()),
        visit_depth: z.optional(z.number()),
      }))),
    })
  },
  "datacube.getUserPortrait": {
    "operationId": "miniprogram.datacube.getUserPortrait", "id": "datacube.getUserPortrait", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappiduserportrait", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      visit_uv_new: z.optional(z.looseObject({
        province: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        city: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        genders: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        platforms: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        devices: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        ages: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
      })),
      visit_uv: z.optional(z.looseObject({
        province: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        city: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        genders: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        platforms: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        devices: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
        ages: z.optional(z.array(z.looseObject({
          id: z.optional(z.int()),
          name: z.optional(z.string()),
          value: z.optional(z.int()),
        }))),
      })),
    })
  },
  "datacube.getVisitDistribution": {
    "operationId": "miniprogram.datacube.getVisitDistribution", "id": "datacube.getVisitDistribution", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidvisitdistribution", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      list: z.optional(z.array(z.looseObject({
        index: z.optional(z.string()),
        item_list: z.optional(z.array(z.looseObject({
          key: z.optional(z.int()),
          value: z.optional(z.int()),
        }))),
      }))),
    })
  },
  "datacube.getVisitPage": {
    "operationId": "miniprogram.datacube.getVisitPage", "id": "datacube.getVisitPage", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidvisitpage", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      list: z.optional(z.array(z.looseObject({
        page_path: z.optional(z.string()),
        page_visit_pv: z.optional(z.int()),
        page_visit_uv: z.optional(z.int()),
        page_staytime_pv: z.optional(z.number()),
        entrypage_pv: z.optional(z.int()),
        exitpage_pv: z.optional(z.int()),
        page_share_pv: z.optional(z.int()),
        page_share_uv: z.optional(z.int()),
      }))),
    })
  },
  "datacube.getWeeklyRetain": {
    "operationId": "miniprogram.datacube.getWeeklyRetain", "id": "datacube.getWeeklyRetain", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidweeklyretaininfo", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      ref_date: z.optional(z.string()),
      visit_uv_new: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
      visit_uv: z.optional(z.array(z.looseObject({
        key: z.optional(z.int()),
        value: z.optional(z.int()),
      }))),
    })
  },
  "datacube.getWeeklyVisitTrend": {
    "operationId": "miniprogram.datacube.getWeeklyVisitTrend", "id": "datacube.getWeeklyVisitTrend", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/datacube/getweanalysisappidweeklyvisittrend", "token": "access_token", "idempotent": true,
    params: z.object({
      begin_date: z.string(),
      end_date: z.string(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        ref_date: z.optional(z.string()),
        session_cnt: z.optional(z.int()),
        visit_pv: z.optional(z.int()),
        visit_uv: z.optional(z.int()),
        visit_uv_new: z.optional(z.int()),
        stay_time_uv: z.optional(z.number()),
        stay_time_session: z.optional(z.number()),
        visit_depth: z.optional(z.number()),
      }))),
    })
  },
} as const;
