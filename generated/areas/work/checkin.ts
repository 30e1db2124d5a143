// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/checkin`, by id: row and schemas. */
export const endpoints = {
  "checkin.addOption": {
    "operationId": "work.checkin.addOption", "id": "checkin.addOption", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/add_checkin_option", "token": "access_token",
    params: z.object({
      group: z.optional(S.WorkCheckinGroupInput),
      effective_now: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
  "checkin.addRecord": {
    "operationId": "work.checkin.addRecord", "id": "checkin.addRecord", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/add_checkin_record", "token": "access_token",
    params: z.object({
      records: z.optional(z.array(z.object({
        userid: z.optional(z.string()),
        checkin_time: z.optional(z.int()),
        location_title: z.optional(z.string().check(z.maxLength(1024))),
        location_detail: z.optional(z.string().check(z.maxLength(1024))),
        notes: z.optional(z.string().check(z.maxLength(1024))),
        wifiname: z.optional(z.string().check(z.maxLength(1024))),
        wifimac: z.optional(z.string()),
        mediaids: z.optional(z.array(z.string()).check(z.maxLength(1))),
        lat: z.optional(z.int().check(z.gte(-90000000), z.lte(90000000))),
        lng: z.optional(z.int().check(z.gte(-180000000), z.lte(180000000))),
        device_type: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
        device_detail: z.optional(z.string().check(z.maxLength(40))),
      })).check(z.maxLength(200))),
    }),
    result: z.looseObject({})
  },
  "checkin.addUserFace": {
    "operationId": "work.checkin.addUserFace", "id": "checkin.addUserFace", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/addcheckinuserface", "token": "access_token",
    params: z.object({
      userid: z.optional(z.string()),
      userface: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "checkin.clearOptionArrayField": {
    "operationId": "work.checkin.clearOptionArrayField", "id": "checkin.clearOptionArrayField", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/clear_checkin_option_array_field", "token": "access_token",
    params: z.object({
      groupid: z.int(),
      clear_field: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
      effective_now: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
  "checkin.deleteOption": {
    "operationId": "work.checkin.deleteOption", "id": "checkin.deleteOption", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/del_checkin_option", "token": "access_token",
    params: z.object({
      groupid: z.int(),
      effective_now: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
  "checkin.getCorpOption": {
    "operationId": "work.checkin.getCorpOption", "id": "checkin.getCorpOption", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcorpcheckinoption", "token": "access_token", "idempotent": true,
    params: z.object({}),
    result: z.looseObject({
      group: z.optional(z.array(S.WorkCheckinGroup)),
    })
  },
  "checkin.getData": {
    "operationId": "work.checkin.getData", "id": "checkin.getData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcheckindata", "token": "access_token", "idempotent": true,
    params: z.object({
      opencheckindatatype: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      starttime: z.int(),
      endtime: z.int(),
      useridlist: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      checkindata: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        groupname: z.optional(z.string()),
        checkin_type: z.optional(z.string()),
        exception_type: z.optional(z.string()),
        checkin_time: z.optional(z.int()),
        location_title: z.optional(z.string()),
        location_detail: z.optional(z.string()),
        wifiname: z.optional(z.string()),
        notes: z.optional(z.string()),
        wifimac: z.optional(z.string()),
        mediaids: z.optional(z.array(z.string())),
        lat: z.optional(z.int()),
        lng: z.optional(z.int()),
        deviceid: z.optional(z.string()),
        sch_checkin_time: z.optional(z.int()),
        groupid: z.optional(z.int()),
        schedule_id: z.optional(z.int()),
        timeline_id: z.optional(z.int()),
      }))),
    })
  },
  "checkin.getDayData": {
    "operationId": "work.checkin.getDayData", "id": "checkin.getDayData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcheckin_daydata", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.int(),
      endtime: z.int(),
      useridlist: z.array(z.string()).check(z.minLength(1), z.maxLength(100)),
    }),
    result: z.looseObject({
      datas: z.optional(z.array(z.looseObject({
        base_info: z.optional(z.looseObject({
          date: z.optional(z.int()),
          record_type: z.optional(z.int()),
          name: z.optional(z.string()),
          name_ex: z.optional(z.string()),
          departs_name: z.optional(z.string()),
          acctid: z.optional(z.string()),
          rule_info: z.optional(z.looseObject({
            groupid: z.optional(z.int()),
            groupname: z.optional(z.string()),
            scheduleid: z.optional(z.int()),
            schedulename: z.optional(z.string()),
            checkintime: z.optional(z.array(z.looseObject({
              work_sec: z.optional(z.int()),
              off_work_sec: z.optional(z.int()),
            }))),
          })),
          day_type: z.optional(z.union([z.literal(0), z.literal(1)])),
        })),
        summary_info: z.optional(z.looseObject({
          checkin_count: z.optional(z.int()),
          regular_work_sec: z.optional(z.int()),
          standard_work_sec: z.optional(z.int()),
          earliest_time: z.optional(z.int()),
          lastest_time: z.optional(z.int()),
        })),
        holiday_infos: z.optional(z.array(z.looseObject({
          sp_number: z.optional(z.string()),
          sp_title: z.optional(z.looseObject({
            data: z.optional(z.array(z.looseObject({
              text: z.optional(z.string()),
              lang: z.optional(z.string()),
            }))),
          })),
          sp_description: z.optional(z.looseObject({
            data: z.optional(z.array(z.looseObject({
              text: z.optional(z.string()),
              lang: z.optional(z.string()),
            }))),
          })),
        }))),
        exception_infos: z.optional(z.array(z.looseObject({
          exception: z.optional(z.int()),
          count: z.optional(z.int()),
          duration: z.optional(z.int()),
        }))),
        ot_info: z.optional(z.looseObject({
          ot_status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
          ot_duration: z.optional(z.int()),
          exception_duration: z.optional(z.array(z.int())),
          workday_over_as_vacation: z.optional(z.int()),
          workday_over_as_money: z.optional(z.int()),
          restday_over_as_vacation: z.optional(z.int()),
          restday_over_as_money: z.optional(z.int()),
          holiday_over_as_vacation: z.optional(z.int()),
          holiday_over_as_money: z.optional(z.int()),
        })),
        sp_items: z.optional(z.array(z.looseObject({
          type: z.optional(z.int()),
          vacation_id: z.optional(z.int()),
          count: z.optional(z.int()),
          duration: z.optional(z.int()),
          time_type: z.optional(z.union([z.literal(0), z.literal(1)])),
          name: z.optional(z.string()),
        }))),
      }))),
    })
  },
  "checkin.getMonthData": {
    "operationId": "work.checkin.getMonthData", "id": "checkin.getMonthData", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcheckin_monthdata", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.int(),
      endtime: z.int(),
      useridlist: z.array(z.string()).check(z.minLength(1), z.maxLength(100)),
    }),
    result: z.looseObject({
      datas: z.optional(z.array(z.looseObject({
        base_info: z.optional(z.looseObject({
          record_type: z.optional(z.int()),
          name: z.optional(z.string()),
          name_ex: z.optional(z.string()),
          departs_name: z.optional(z.string()),
          acctid: z.optional(z.string()),
          rule_info: z.optional(z.looseObject({
            groupid: z.optional(z.int()),
            groupname: z.optional(z.string()),
          })),
        })),
        summary_info: z.optional(z.looseObject({
          work_days: z.optional(z.int()),
          regular_days: z.optional(z.int()),
          except_days: z.optional(z.int()),
          regular_work_sec: z.optional(z.int()),
          standard_work_sec: z.optional(z.int()),
          rest_days: z.optional(z.int()),
        })),
        exception_infos: z.optional(z.array(z.looseObject({
          exception: z.optional(z.int()),
          count: z.optional(z.int()),
          duration: z.optional(z.int()),
        }))),
        sp_items: z.optional(z.array(z.looseObject({
          type: z.optional(z.int()),
          vacation_id: z.optional(z.int()),
          count: z.optional(z.int()),
          duration: z.optional(z.int()),
          time_type: z.optional(z.union([z.literal(0), z.literal(1)])),
          name: z.optional(z.string()),
        }))),
        overwork_info: z.optional(z.looseObject({
          workday_over_sec: z.optional(z.int()),
          holidays_over_sec: z.optional(z.int()),
          restdays_over_sec: z.optional(z.int()),
          workdays_over_as_vacation: z.optional(z.int()),
          workdays_over_as_money: z.optional(z.int()),
          restdays_over_as_vacation: z.optional(z.int()),
          restdays_over_as_money: z.optional(z.int()),
          holidays_over_as_vacation: z.optional(z.int()),
          holidays_over_as_money: z.optional(z.int()),
        })),
      }))),
    })
  },
  "checkin.getOption": {
    "operationId": "work.checkin.getOption", "id": "checkin.getOption", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcheckinoption", "token": "access_token", "idempotent": true,
    params: z.object({
      datetime: z.int(),
      useridlist: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      info: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        group: z.optional(S.WorkCheckinGroup),
      }))),
    })
  },
  "checkin.getScheduleList": {
    "operationId": "work.checkin.getScheduleList", "id": "checkin.getScheduleList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/getcheckinschedulist", "token": "access_token", "idempotent": true,
    params: z.object({
      starttime: z.int(),
      endtime: z.int(),
      useridlist: z.array(z.string()).check(z.maxLength(100)),
    }),
    result: z.looseObject({
      schedule_list: z.optional(z.array(z.looseObject({
        userid: z.optional(z.string()),
        yearmonth: z.optional(z.int()),
        groupid: z.optional(z.int()),
        groupname: z.optional(z.string()),
        schedule: z.optional(z.looseObject({
          scheduleList: z.optional(z.array(z.looseObject({
            day: z.optional(z.int()),
            schedule_info: z.optional(z.looseObject({
              schedule_id: z.optional(z.int()),
              schedule_name: z.optional(z.string()),
              time_section: z.optional(z.array(z.looseObject({
                id: z.optional(z.int()),
                work_sec: z.optional(z.int()),
                off_work_sec: z.optional(z.int()),
                remind_work_sec: z.optional(z.int()),
                remind_off_work_sec: z.optional(z.int()),
              }))),
            })),
          }))),
        })),
      }))),
    })
  },
  "checkin.punchCorrection": {
    "operationId": "work.checkin.punchCorrection", "id": "checkin.punchCorrection", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/punch_correction", "token": "access_token",
    params: z.object({
      userid: z.string(),
      schedule_date_time: z.int(),
      schedule_checkin_time: z.optional(z.int()),
      checkin_time: z.int(),
      remark: z.optional(z.string()),
    }),
    result: z.looseObject({})
  },
  "checkin.setScheduleList": {
    "operationId": "work.checkin.setScheduleList", "id": "checkin.setScheduleList", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/setcheckinschedulist", "token": "access_token",
    params: z.object({
      groupid: z.int(),
      items: z.array(z.object({
        userid: z.string(),
        day: z.int().check(z.gte(1), z.lte(31)),
        schedule_id: z.int(),
      })),
      yearmonth: z.int(),
    }),
    result: z.looseObject({})
  },
  "checkin.updateOption": {
    "operationId": "work.checkin.updateOption", "id": "checkin.updateOption", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/checkin/update_checkin_option", "token": "access_token",
    params: z.object({
      group: z.optional(S.WorkCheckinGroupInput),
      effective_now: z.optional(z.boolean()),
    }),
    result: z.looseObject({})
  },
} as const;
