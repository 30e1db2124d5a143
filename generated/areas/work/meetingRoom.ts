// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
/** The endpoints of `work/meetingRoom`, by id: row and schemas. */
export const endpoints = {
  "meetingRoom.add": {
    "operationId": "work.meetingRoom.add", "id": "meetingRoom.add", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/add", "token": "access_token",
    params: z.object({
      name: z.string().check(z.maxLength(30)),
      capacity: z.int(),
      city: z.optional(z.string()),
      building: z.optional(z.string()),
      floor: z.optional(z.string()),
      equipment: z.optional(z.array(z.int())),
      coordinate: z.optional(z.object({
        latitude: z.optional(z.string()),
        longitude: z.optional(z.string()),
      })),
      range: z.optional(z.object({
        user_list: z.optional(z.array(z.string()).check(z.maxLength(1000))),
        department_list: z.optional(z.array(z.int()).check(z.maxLength(1000))),
      })),
    }),
    result: z.looseObject({
      meetingroom_id: z.optional(z.int()),
    })
  },
  "meetingRoom.book": {
    "operationId": "work.meetingRoom.book", "id": "meetingRoom.book", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/book", "token": "access_token",
    params: z.object({
      meetingroom_id: z.int(),
      subject: z.optional(z.string()),
      start_time: z.int(),
      end_time: z.int(),
      booker: z.string(),
      attendees: z.optional(z.array(z.string())),
    }),
    result: z.looseObject({
      booking_id: z.optional(z.string()),
      schedule_id: z.optional(z.string()),
    })
  },
  "meetingRoom.bookByMeeting": {
    "operationId": "work.meetingRoom.bookByMeeting", "id": "meetingRoom.bookByMeeting", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/book_by_meeting", "token": "access_token",
    params: z.object({
      meetingroom_id: z.int(),
      meetingid: z.string(),
      booker: z.string(),
    }),
    result: z.looseObject({
      booking_id: z.optional(z.string()),
      conflict_date: z.optional(z.array(z.int())),
    })
  },
  "meetingRoom.bookBySchedule": {
    "operationId": "work.meetingRoom.bookBySchedule", "id": "meetingRoom.bookBySchedule", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/book_by_schedule", "token": "access_token",
    params: z.object({
      meetingroom_id: z.int(),
      schedule_id: z.string(),
      booker: z.string(),
    }),
    result: z.looseObject({
      booking_id: z.optional(z.string()),
      conflict_date: z.optional(z.array(z.int())),
    })
  },
  "meetingRoom.cancelBooking": {
    "operationId": "work.meetingRoom.cancelBooking", "id": "meetingRoom.cancelBooking", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/cancel_book", "token": "access_token",
    params: z.object({
      booking_id: z.string(),
      keep_schedule: z.optional(z.union([z.literal(0), z.literal(1)])),
      cancel_date: z.optional(z.int()),
    }),
    result: z.looseObject({})
  },
  "meetingRoom.delete": {
    "operationId": "work.meetingRoom.delete", "id": "meetingRoom.delete", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/del", "token": "access_token",
    params: z.object({
      meetingroom_id: z.int(),
    }),
    result: z.looseObject({})
  },
  "meetingRoom.edit": {
    "operationId": "work.meetingRoom.edit", "id": "meetingRoom.edit", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/edit", "token": "access_token",
    params: z.object({
      meetingroom_id: z.int(),
      name: z.optional(z.string().check(z.maxLength(30))),
      capacity: z.optional(z.int()),
      city: z.optional(z.string()),
      building: z.optional(z.string()),
      floor: z.optional(z.string()),
      equipment: z.optional(z.array(z.int())),
      coordinate: z.optional(z.object({
        latitude: z.optional(z.string()),
        longitude: z.optional(z.string()),
      })),
    }),
    result: z.looseObject({})
  },
  "meetingRoom.getBooking": {
    "operationId": "work.meetingRoom.getBooking", "id": "meetingRoom.getBooking", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/bookinfo/get", "token": "access_token", "idempotent": true,
    params: z.object({
      meetingroom_id: z.int(),
      booking_id: z.string(),
    }),
    result: z.looseObject({
      meetingroom_id: z.optional(z.int()),
      schedule: z.optional(z.looseObject({
        booking_id: z.optional(z.string()),
        master_booking_id: z.optional(z.string()),
        schedule_id: z.optional(z.string()),
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        booker: z.optional(z.string()),
        status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      })),
    })
  },
  "meetingRoom.getBookingByMeetingId": {
    "operationId": "work.meetingRoom.getBookingByMeetingId", "id": "meetingRoom.getBookingByMeetingId", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/get_booking_info_by_meeting_id", "token": "access_token", "idempotent": true, "deprecated": "no longer on the official page (2024/06/24), which documents bookinfo/get (meetingRoom.getBooking) instead",
    params: z.object({
      meetingroom_id: z.int(),
      meeting_id: z.string(),
    }),
    result: z.looseObject({
      meetingroom_id: z.optional(z.int()),
      schedule: z.optional(z.array(z.looseObject({
        meeting_id: z.optional(z.string()),
        schedule_id: z.optional(z.string()),
        start_time: z.optional(z.int()),
        end_time: z.optional(z.int()),
        booker: z.optional(z.string()),
      }))),
    })
  },
  "meetingRoom.list": {
    "operationId": "work.meetingRoom.list", "id": "meetingRoom.list", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/list", "token": "access_token", "idempotent": true,
    params: z.object({
      city: z.optional(z.string()),
      building: z.optional(z.string()),
      floor: z.optional(z.string()),
      equipment: z.optional(z.array(z.int())),
    }),
    result: z.looseObject({
      meetingroom_list: z.optional(z.array(z.looseObject({
        meetingroom_id: z.optional(z.int()),
        name: z.optional(z.string()),
        capacity: z.optional(z.int()),
        city: z.optional(z.string()),
        building: z.optional(z.string()),
        floor: z.optional(z.string()),
        equipment: z.optional(z.array(z.int())),
        coordinate: z.optional(z.looseObject({
          latitude: z.optional(z.string()),
          longitude: z.optional(z.string()),
        })),
        need_approval: z.optional(z.union([z.literal(0), z.literal(1)])),
      }))),
    })
  },
  "meetingRoom.listBookings": {
    "operationId": "work.meetingRoom.listBookings", "id": "meetingRoom.listBookings", "products": ["work"], "method": "POST", "host": "qyapi.weixin.qq.com", "path": "/cgi-bin/oa/meetingroom/get_booking_info", "token": "access_token", "idempotent": true,
    params: z.object({
      meetingroom_id: z.optional(z.int()),
      start_time: z.optional(z.int()),
      end_time: z.optional(z.int()),
      city: z.optional(z.string()),
      building: z.optional(z.string()),
      floor: z.optional(z.string()),
    }),
    result: z.looseObject({
      booking_list: z.optional(z.array(z.looseObject({
        meetingroom_id: z.optional(z.int()),
        schedule: z.optional(z.array(z.looseObject({
          booking_id: z.optional(z.string()),
          schedule_id: z.optional(z.string()),
          start_time: z.optional(z.int()),
          end_time: z.optional(z.int()),
          booker: z.optional(z.string()),
          status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
        }))),
      }))),
    })
  },
} as const;
