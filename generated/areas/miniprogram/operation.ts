// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `miniprogram/operation`, by id: row and schemas. */
export const endpoints = {
  "operation.getDomainInfo": {
    "operationId": "miniprogram.operation.getDomainInfo", "id": "operation.getDomainInfo", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/getwxadevinfo", "token": "access_token", "idempotent": true,
    params: z.object({
      action: z.optional(z.enum(["getbizdomain", "getserverdomain"])),
    }),
    result: z.looseObject({
      requestdomain: z.optional(z.array(z.string())),
      wsrequestdomain: z.optional(z.array(z.string())),
      uploaddomain: z.optional(z.array(z.string())),
      downloaddomain: z.optional(z.array(z.string())),
      udpdomain: z.optional(z.array(z.string())),
      bizdomain: z.optional(z.array(z.string())),
    })
  },
  "operation.getFeedback": {
    "operationId": "miniprogram.operation.getFeedback", "id": "operation.getFeedback", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/feedback/list", "token": "access_token", "query": ["type", "page", "num"], "idempotent": true,
    params: z.object({
      type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8)])),
      page: z.int().check(z.gte(1)),
      num: z.int(),
    }),
    result: z.looseObject({
      list: z.optional(z.array(z.looseObject({
        record_id: z.optional(z.int()),
        create_time: z.optional(z.int()),
        content: z.optional(z.string()),
        phone: z.optional(z.string()),
        openid: z.optional(z.string()),
        nickname: z.optional(z.string()),
        head_url: z.optional(z.string()),
        type: z.optional(z.int()),
        mediaIds: z.optional(z.array(z.string())),
        systemInfo: z.optional(z.string()),
      }))),
      total_num: z.optional(z.int()),
    })
  },
  "operation.getFeedbackmedia": {
    "operationId": "miniprogram.operation.getFeedbackmedia", "id": "operation.getFeedbackmedia", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/cgi-bin/media/getfeedbackmedia", "token": "access_token", "query": ["record_id", "media_id"], "response": "binary", "contentTypes": ["image/*"], "idempotent": true,
    params: z.object({
      record_id: z.int(),
      media_id: z.string(),
    })
  },
  "operation.getJsErrDetail": {
    "operationId": "miniprogram.operation.getJsErrDetail", "id": "operation.getJsErrDetail", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/log/jserr_detail", "token": "access_token", "idempotent": true,
    params: z.object({
      startTime: z.string(),
      endTime: z.string(),
      errorMsgMd5: z.string(),
      errorStackMd5: z.string(),
      appVersion: z.string(),
      sdkVersion: z.string(),
      osName: z.enum(["0", "1", "2", "3"]),
      clientVersion: z.string(),
      openid: z.string(),
      offset: z.int(),
      limit: z.int(),
      desc: z.enum(["0", "1"]),
    }),
    result: z.looseObject({
      data: z.optional(z.array(z.looseObject({
        Count: z.optional(z.string()),
        sdkVersion: z.optional(z.string()),
        ClientVersion: z.optional(z.string()),
        errorStackMd5: z.optional(z.string()),
        TimeStamp: z.optional(z.string()),
        appVersion: z.optional(z.string()),
        errorMsgMd5: z.optional(z.string()),
        errorMsg: z.optional(z.string()),
        errorStack: z.optional(z.string()),
        Ds: z.optional(z.string()),
        OsName: z.optional(z.string()),
        openId: z.optional(z.string()),
        pluginversion: z.optional(z.string()),
        appId: z.optional(z.string()),
        DeviceModel: z.optional(z.string()),
        source: z.optional(z.string()),
        route: z.optional(z.string()),
        nickname: z.optional(z.string()),
        Uin: z.optional(z.string()),
      }))),
      totalCount: z.optional(z.int()),
      success: z.optional(z.boolean()),
      openid: z.optional(z.string()),
    })
  },
  "operation.getJsErrList": {
    "operationId": "miniprogram.operation.getJsErrList", "id": "operation.getJsErrList", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/log/jserr_list", "token": "access_token", "idempotent": true,
    params: z.object({
      appVersion: z.string(),
      errType: z.enum(["0", "1", "2", "3"]),
      startTime: z.string(),
      endTime: z.string(),
      keyword: z.string(),
      openid: z.string(),
      orderby: z.enum(["uv", "pv"]),
      desc: z.enum(["1", "2"]),
      offset: z.int(),
      limit: z.int().check(z.lte(30)),
    }),
    result: z.looseObject({
      data: z.optional(z.array(z.looseObject({
        errorMsgMd5: z.optional(z.string()),
        errorMsg: z.optional(z.string()),
        uv: z.optional(z.int()),
        pv: z.optional(z.int()),
        errorStackMd5: z.optional(z.string()),
        errorStack: z.optional(z.string()),
        pvPercent: z.optional(z.string()),
        uvPercent: z.optional(z.string()),
      }))),
      totalCount: z.optional(z.int()),
      success: z.optional(z.boolean()),
      openid: z.optional(z.string()),
    })
  },
  "operation.getPerformance": {
    "operationId": "miniprogram.operation.getPerformance", "id": "operation.getPerformance", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxaapi/log/get_performance", "token": "access_token", "idempotent": true,
    params: z.object({
      cost_time_type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      default_start_time: z.int(),
      default_end_time: z.int(),
      device: z.string(),
      is_download_code: z.string(),
      scene: z.string(),
      networktype: z.string(),
    }),
    result: z.looseObject({
      default_time_data: z.optional(z.string()),
      compare_time_data: z.optional(z.string()),
    })
  },
  "operation.getPerformanceData": {
    "operationId": "miniprogram.operation.getPerformanceData", "id": "operation.getPerformanceData", "products": ["miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/wxa/business/performance/boot", "token": "access_token", "idempotent": true,
    params: z.object({
      module: z.union([z.literal(10016), z.literal(10017), z.literal(10021), z.literal(10022), z.literal(10023)]),
      time: z.object({
        begin_timestamp: z.int(),
        end_timestamp: z.int(),
      }),
      params: z.array(z.object({
        field: z.enum(["networktype", "device_level", "device"]),
        value: z.string(),
      })),
    }),
    result: z.looseObject({
      data: z.optional(z.looseObject({
        body: z.optional(z.looseObject({
          tables: z.optional(z.array(z.looseObject({
            id: z.optional(z.string()),
            lines: z.optional(z.array(z.looseObject({
              fields: z.optional(z.array(z.looseObject({
                refdate: z.optional(z.string()),
                value: z.optional(z.string()),
              }))),
            }))),
            zh: z.optional(z.string()),
          }))),
          count: z.optional(z.int()),
        })),
      })),
    })
  },
  "operation.getSceneList": {
    "operationId": "miniprogram.operation.getSceneList", "id": "operation.getSceneList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/log/get_scene", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      scene: z.optional(z.array(z.looseObject({
        name: z.optional(z.string()),
        value: z.optional(z.unknown()),
      }))),
    })
  },
  "operation.getVersionList": {
    "operationId": "miniprogram.operation.getVersionList", "id": "operation.getVersionList", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/log/get_client_version", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      cvlist: z.optional(z.array(z.looseObject({
        type: z.optional(z.union([z.literal(1), z.literal(2)])),
        client_version_list: z.optional(z.array(z.string())),
      }))),
    })
  },
  "operation.realtimelogSearch": {
    "operationId": "miniprogram.operation.realtimelogSearch", "id": "operation.realtimelogSearch", "products": ["miniprogram"], "method": "GET", "host": "api.weixin.qq.com", "path": "/wxaapi/userlog/userlog_search", "token": "access_token", "query": ["date", "begintime", "endtime", "start", "limit", "traceId", "url", "id", "filterMsg", "level"], "idempotent": true,
    params: z.object({
      date: z.string(),
      begintime: z.int(),
      endtime: z.int(),
      start: z.optional(z.int()),
      limit: z.optional(z.int()),
      traceId: z.optional(z.string()),
      url: z.optional(z.string()),
      id: z.optional(z.string()),
      filterMsg: z.optional(z.string()),
      level: z.optional(z.union([z.literal(2), z.literal(4), z.literal(8)])),
    }),
    result: z.looseObject({
      data: z.optional(z.looseObject({
        list: z.optional(z.array(z.looseObject({
          level: z.optional(z.int()),
          libraryVersion: z.optional(z.string()),
          clientVersion: z.optional(z.string()),
          id: z.optional(z.string()),
          timestamp: z.optional(z.int()),
          platform: z.optional(z.union([z.literal(1), z.literal(2)])),
          url: z.optional(z.string()),
          msg: z.optional(z.array(z.looseObject({
            time: z.optional(z.int()),
            msg: z.optional(z.array(z.unknown())),
            level: z.optional(z.int()),
          }))),
          traceid: z.optional(z.string()),
          filterMsg: z.optional(z.string()),
        }))),
        total: z.optional(z.int()),
      })),
    })
  },
} as const;
