// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `schedule.add`: Create a schedule (创建日程) */
export interface WorkScheduleAddParams {
  /** The schedule (日程信息) */
  schedule: {
    /** UserIDs of the schedule's admins, who must be attendees; at most 3 (items ≤ 3) */
    admins?: Array<string>;
    /** Attendees, at most 1000 (items ≤ 1000) */
    attendees?: Array<S.In.WorkScheduleAttendee>;
    /** Title, 0 to 128 characters; shown as 新建事件 when left out (length ≤ 128) */
    summary?: string;
    /** Description, at most 1000 characters (length ≤ 1000) */
    description?: string;
    reminders?: S.In.WorkScheduleReminders;
    /** Location, at most 128 characters (length ≤ 128) */
    location?: string;
    /** Start time (Unix time) */
    start_time: number;
    /** End time (Unix time) */
    end_time: number;
    /** Calendar to add it to, created by this app (at most 64 bytes); the app's default calendar when left out; third-party apps must send it */
    cal_id?: string;
    /** 1 for a whole-day schedule */
    is_whole_day?: 0 | 1;
  };
  /** The installed app's agentid; only old third-party multi-app suites send it */
  agentid?: number;
}

/** Result of `schedule.add`: Create a schedule (创建日程) */
export interface WorkScheduleAddResult {
  /** Schedule id */
  schedule_id: string;
}

/** Params of `schedule.addAttendees`: Add schedule attendees (新增日程参与者) */
export interface WorkScheduleAddAttendeesParams {
  /** Schedule id returned by schedule.add */
  schedule_id: string;
  /** Attendees to add; a schedule has at most 1000 in all */
  attendees?: Array<S.In.WorkScheduleAttendee>;
}

/** Result of `schedule.addAttendees`: Add schedule attendees (新增日程参与者) */
export type WorkScheduleAddAttendeesResult = Record<string, unknown>;

/** Params of `schedule.delete`: Cancel a schedule (取消日程) */
export interface WorkScheduleDeleteParams {
  /** Schedule id */
  schedule_id: string;
  /**
   * For a repeating schedule: 0 delete all, 1 only this occurrence, 2 this and the following ones
   * @default 0
   */
  op_mode?: 0 | 1 | 2;
  /** With op_mode 1 or 2: the start time of one occurrence of the repeating schedule */
  op_start_time?: number;
}

/** Result of `schedule.delete`: Cancel a schedule (取消日程) */
export type WorkScheduleDeleteResult = Record<string, unknown>;

/** Params of `schedule.deleteAttendees`: Remove schedule attendees (删除日程参与者) */
export interface WorkScheduleDeleteAttendeesParams {
  /** Schedule id returned by schedule.add */
  schedule_id: string;
  /**
   * Attendees to remove, at most 1000
   * (items ≤ 1000)
   */
  attendees?: Array<S.In.WorkScheduleAttendee>;
}

/** Result of `schedule.deleteAttendees`: Remove schedule attendees (删除日程参与者) */
export type WorkScheduleDeleteAttendeesResult = Record<string, unknown>;

/** Params of `schedule.get`: Get schedule details (获取日程详情) */
export interface WorkScheduleGetParams {
  /**
   * Schedule ids, at most 1000 at a time
   * (items 1–1000)
   */
  schedule_id_list: Array<string>;
}

/** Result of `schedule.get`: Get schedule details (获取日程详情) */
export interface WorkScheduleGetResult {
  /** The schedules (cancelled ones included: check status) */
  schedule_list?: Array<{
    /** Schedule id */
    schedule_id?: string;
    /** UserIDs of the admins */
    admins?: Array<string>;
    /** Attendees, at most 300 */
    attendees?: Array<S.WorkScheduleAttendeeStatus>;
    /** Title */
    summary?: string;
    /** Description */
    description?: string;
    reminders?: S.WorkScheduleReminderInfo;
    /** Location, at most 128 characters */
    location?: string;
    /** 0 normal, 1 cancelled */
    status?: 0 | 1;
    /** Start time (Unix time) */
    start_time?: number;
    /** End time (Unix time) */
    end_time?: number;
    /** 1 for a whole-day schedule */
    is_whole_day?: 0 | 1;
    /** Calendar id, at most 64 bytes */
    cal_id?: string;
  }>;
}

/** Params of `schedule.getByCalendar`: List the schedules of a calendar (获取日历下的日程列表) */
export interface WorkScheduleGetByCalendarParams {
  /** Calendar id (only calendars this app created) */
  cal_id: string;
  /**
   * Paging offset, from 0; an empty schedule_list means the end
   * @default 0
   */
  offset?: number;
  /**
   * Page size, 1 to 1000
   * (value 1–1000)
   * @default 500
   */
  limit?: number;
}

/** Result of `schedule.getByCalendar`: List the schedules of a calendar (获取日历下的日程列表) */
export interface WorkScheduleGetByCalendarResult {
  /** The schedules (cancelled ones included: check status) */
  schedule_list?: Array<{
    /** Schedule id */
    schedule_id?: string;
    /** Schedule number, an increasing counter (uint64) */
    sequence?: string;
    /** UserIDs of the admins */
    admins?: Array<string>;
    /** Attendees, at most 300 */
    attendees?: Array<S.WorkScheduleAttendeeStatus>;
    /** Title */
    summary?: string;
    /** Description */
    description?: string;
    reminders?: S.WorkScheduleReminderInfo;
    /** Location, at most 128 characters */
    location?: string;
    /** Start time (Unix time) */
    start_time?: number;
    /** End time (Unix time) */
    end_time?: number;
    /** 0 normal, 1 cancelled */
    status?: 0 | 1;
    /** Calendar id, at most 64 bytes */
    cal_id?: string;
  }>;
}

/** Params of `schedule.update`: Update a schedule (更新日程) */
export interface WorkScheduleUpdateParams {
  /**
   * 1 leaves the attendees unchanged
   * @default 0
   */
  skip_attendees?: 0 | 1;
  /**
   * For a repeating schedule: 0 change all, 1 only this occurrence, 2 this and the following ones
   * @default 0
   */
  op_mode?: 0 | 1 | 2;
  /** With op_mode 1 or 2: the start time of one occurrence of the repeating schedule */
  op_start_time?: number;
  /** The schedule; the update overwrites it, it does not merge */
  schedule: {
    /** Schedule id returned by schedule.add */
    schedule_id: string;
    /** UserIDs of the schedule's admins, who must be attendees; at most 3 (items ≤ 3) */
    admins?: Array<string>;
    /** Attendees, at most 1000 (items ≤ 1000) */
    attendees?: Array<S.In.WorkScheduleAttendee>;
    /** Title, 0 to 128 characters; shown as 新建事件 when left out (length ≤ 128) */
    summary?: string;
    /** Description, at most 1000 characters (length ≤ 1000) */
    description?: string;
    reminders?: S.In.WorkScheduleReminders;
    /** Location, at most 128 characters (length ≤ 128) */
    location?: string;
    /** Start time (Unix time); with op_mode 1 or 2, on or after the day of op_start_time */
    start_time: number;
    /** End time (Unix time) */
    end_time: number;
    /** 1 to make it a whole-day schedule */
    is_whole_day?: 0 | 1;
  };
}

/** Result of `schedule.update`: Update a schedule (更新日程) */
export interface WorkScheduleUpdateResult {
  /** New schedule id when only part of a repeating schedule was changed (the original is trimmed) */
  schedule_id?: string;
}
