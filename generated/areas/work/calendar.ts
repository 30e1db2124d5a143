// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `work/calendar`, by id: row and schemas. */
export const endpoints = {
  "calendar.add": {
    "operationId": "work.calendar.add", "id": "calendar.add", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/calendar/add", "token": "access_token",
    params: z.object({
      calendar: z.object({
        admins: z.optional(z.array(z.string()).check(z.maxLength(3))),
        set_as_default: z.optional(z.union([z.literal(0), z.literal(1)])),
        summary: z.string().check(z.minLength(1), z.maxLength(128)),
        color: z.string(),
        description: z.optional(z.string().check(z.maxLength(512))),
        is_public: z.optional(z.union([z.literal(0), z.literal(1)])),
        public_range: z.optional(S.WorkCalendarPublicRange),
        is_corp_calendar: z.optional(z.union([z.literal(0), z.literal(1)])),
        shares: z.optional(z.array(S.WorkCalendarShare).check(z.maxLength(2000))),
      }),
      agentid: z.optional(z.int()),
    }),
    result: z.looseObject({
      cal_id: z.string(),
      fail_result: z.optional(z.looseObject({
        shares: z.optional(z.array(S.WorkCalendarShareFailure)),
      })),
    })
  },
  "calendar.delete": {
    "operationId": "work.calendar.delete", "id": "calendar.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/calendar/del", "token": "access_token",
    params: z.object({
      cal_id: z.string(),
    }),
    result: z.looseObject({})
  },
  "calendar.get": {
    "operationId": "work.calendar.get", "id": "calendar.get", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/calendar/get", "token": "access_token", "idempotent": true,
    params: z.object({
      cal_id_list: z.array(z.string()).check(z.minLength(1), z.maxLength(1000)),
    }),
    result: z.looseObject({
      calendar_list: z.optional(z.array(z.looseObject({
        cal_id: z.optional(z.string()),
        admins: z.optional(z.array(z.string())),
        adminis: z.optional(z.array(z.string())),
        summary: z.optional(z.string()),
        color: z.optional(z.string()),
        description: z.optional(z.string()),
        is_public: z.optional(z.union([z.literal(0), z.literal(1)])),
        public_range: z.optional(S.WorkCalendarPublicRange),
        is_corp_calendar: z.optional(z.union([z.literal(0), z.literal(1)])),
        shares: z.optional(z.array(S.WorkCalendarShare)),
      }))),
    })
  },
  "calendar.update": {
    "operationId": "work.calendar.update", "id": "calendar.update", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/calendar/update", "token": "access_token",
    params: z.object({
      skip_public_range: z.optional(z.union([z.literal(0), z.literal(1)])),
      calendar: z.object({
        cal_id: z.string(),
        admins: z.optional(z.array(z.string()).check(z.maxLength(3))),
        summary: z.string().check(z.minLength(1), z.maxLength(128)),
        color: z.string(),
        description: z.optional(z.string().check(z.maxLength(512))),
        public_range: z.optional(S.WorkCalendarPublicRange),
        shares: z.optional(z.array(S.WorkCalendarShare).check(z.maxLength(2000))),
      }),
    }),
    result: z.looseObject({
      fail_result: z.optional(z.looseObject({
        shares: z.optional(z.array(S.WorkCalendarShareFailure)),
      })),
    })
  },
} as const;
