// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/schedule`, by id: row and schemas. */
export const endpoints = {
  "schedule.add": {
    "operationId": "work.schedule.add", "id": "schedule.add", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/add", "token": "access_token",
    params: z.object({
      schedule: z.object({
        admins: z.optional(z.array(z.string()).check(z.maxLength(3))),
        attendees: z.optional(z.array(S.WorkScheduleAttendee).check(z.maxLength(1000))),
        summary: z.optional(z.string().check(z.maxLength(128))),
        description: z.optional(z.string().check(z.maxLength(1000))),
        reminders: z.optional(S.WorkScheduleReminders),
        location: z.optional(z.string().check(z.maxLength(128))),
        start_time: z.int(),
        end_time: z.int(),
        cal_id: z.optional(z.string()),
        is_whole_day: z.optional(z.union([z.literal(0), z.literal(1)])),
      }),
      agentid: z.optional(z.int()),
    }),
    result: z.looseObject({
      schedule_id: z.string(),
    })
  },
  "schedule.addAttendees": {
    "operationId": "work.schedule.addAttendees", "id": "schedule.addAttendees", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/add_attendees", "token": "access_token",
    params: z.object({
      schedule_id: z.string(),
      attendees: z.optional(z.array(S.WorkScheduleAttendee)),
    }),
    result: z.looseObject({})
  },
  "schedule.delete": {
    "operationId": "work.schedule.delete", "id": "schedule.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/del", "token": "access_token",
    params: z.object({
      schedule_id: z.string(),
      op_mode: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      op_start_time: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
  "schedule.deleteAttendees": {
    "operationId": "work.schedule.deleteAttendees", "id": "schedule.deleteAttendees", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/del_attendees", "token": "access_token",
    params: z.object({
      schedule_id: z.string(),
      attendees: z.optional(z.array(S.WorkScheduleAttendee).check(z.maxLength(1000))),
    }),
    result: z.looseObject({})
  },
  "schedule.get": {
    "operationId": "work.schedule.get", "id": "schedule.get", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/get", "token": "access_token", "idempotent": true,
    params: z.object({
      schedule_id_list: z.array(z.string()).check(z.minLength(1), z.maxLength(1000)),
    }),
    result: z.looseObject({
      schedule_list: z.optional(z.array(z.looseObject({
        schedule_id: z.optional(z.string()),
        admins: z.optional(z.array(z.string())),
        attendees: z.optional(z.array(S.WorkScheduleAttendeeStatus)),
        summary: z.optional(z.string()),
        description: z.optional(z.string()),
        reminders: z.optional(S.WorkScheduleReminderInfo),
        location: z.optional(z.string()),
        status: z.optional(z.union([z.literal(0), z.literal(1)])),
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        is_whole_day: z.optional(z.union([z.literal(0), z.literal(1)])),
        cal_id: z.optional(z.string()),
      }))),
    })
  },
  "schedule.getByCalendar": {
    "operationId": "work.schedule.getByCalendar", "id": "schedule.getByCalendar", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/get_by_calendar", "token": "access_token", "idempotent": true,
    params: z.object({
      cal_id: z.string(),
      offset: z.optional(z.int()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    }),
    result: z.looseObject({
      schedule_list: z.optional(z.array(z.looseObject({
        schedule_id: z.optional(z.string()),
        sequence: z.optional(H.int64Out),
        admins: z.optional(z.array(z.string())),
        attendees: z.optional(z.array(S.WorkScheduleAttendeeStatus)),
        summary: z.optional(z.string()),
        description: z.optional(z.string()),
        reminders: z.optional(S.WorkScheduleReminderInfo),
        location: z.optional(z.string()),
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        status: z.optional(z.union([z.literal(0), z.literal(1)])),
        cal_id: z.optional(z.string()),
      }))),
    })
  },
  "schedule.update": {
    "operationId": "work.schedule.update", "id": "schedule.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/schedule/update", "token": "access_token",
    params: z.object({
      skip_attendees: z.optional(z.union([z.literal(0), z.literal(1)])),
      op_mode: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2)])),
      op_start_time: z.optional(z.int()),
      schedule: z.object({
        schedule_id: z.string(),
        admins: z.optional(z.array(z.string()).check(z.maxLength(3))),
        attendees: z.optional(z.array(S.WorkScheduleAttendee).check(z.maxLength(1000))),
        summary: z.optional(z.string().check(z.maxLength(128))),
        description: z.optional(z.string().check(z.maxLength(1000))),
        reminders: z.optional(S.WorkScheduleReminders),
        location: z.optional(z.string().check(z.maxLength(128))),
        start_time: z.int(),
        end_time: z.int(),
        is_whole_day: z.optional(z.union([z.literal(0), z.literal(1)])),
      }),
    }),
    result: z.looseObject({
      schedule_id: z.optional(z.string()),
    })
  },
} as const;
