// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `calendar.add`: Create a calendar (创建日历) */
export interface WorkCalendarAddParams {
  /** The calendar (日历信息) */
  calendar: {
    /** UserIDs of the calendar's admins, who must be in the notification range (shares); at most 3 (items ≤ 3) */
    admins?: Array<string>;
    /** 1 makes it the default calendar of the app behind the access_token; not for third-party apps @default 0 */
    set_as_default?: 0 | 1;
    /** Calendar title, 1 to 128 characters (length 1–128) */
    summary: string;
    /** Display colour as a hex RGB code, e.g. "#0000FF" */
    color: string;
    /** Calendar description, 0 to 512 characters (length ≤ 512) */
    description?: string;
    /** 1 for a public calendar (each person creates or subscribes to at most 100); cannot be updated */
    is_public?: 0 | 1;
    public_range?: S.In.WorkCalendarPublicRange;
    /** 1 for an all-staff calendar (at most 20 per corp; a public calendar that needs public_range; no colour, default or read-only); cannot be updated */
    is_corp_calendar?: 0 | 1;
    /** Members of the calendar's notification range, at most 2000 (items ≤ 2000) */
    shares?: Array<S.In.WorkCalendarShare>;
  };
  /** The installed app's agentid; only old third-party multi-app suites send it */
  agentid?: number;
}

/** Result of `calendar.add`: Create a calendar (创建日历) */
export interface WorkCalendarAddResult {
  /** Calendar id */
  cal_id: string;
  /** Invalid input (无效的输入内容) */
  fail_result?: {
    /** Invalid members of the notification range */
    shares?: Array<S.WorkCalendarShareFailure>;
  };
}

/** Params of `calendar.delete`: Delete a calendar (删除日历) */
export interface WorkCalendarDeleteParams {
  /** Calendar id */
  cal_id: string;
}

/** Result of `calendar.delete`: Delete a calendar (删除日历) */
export type WorkCalendarDeleteResult = Record<string, unknown>;

/** Params of `calendar.get`: Get calendar details (获取日历详情) */
export interface WorkCalendarGetParams {
  /**
   * Calendar ids returned by calendar.add; at most 1000 at a time
   * (items 1–1000)
   */
  cal_id_list: Array<string>;
}

/** Result of `calendar.get`: Get calendar details (获取日历详情) */
export interface WorkCalendarGetResult {
  /** The calendars */
  calendar_list?: Array<{
    /** Calendar id */
    cal_id?: string;
    /** UserIDs of the calendar's admins */
    admins?: Array<string>;
    /** In the page's sample only (a misspelling of admins as printed there); not in the table */
    adminis?: Array<string>;
    /** Calendar title, 1 to 128 characters */
    summary?: string;
    /** Colour as a hex RGB code, e.g. "#0000FF" */
    color?: string;
    /** Calendar description, 0 to 512 characters */
    description?: string;
    /** 1 for a public calendar */
    is_public?: 0 | 1;
    public_range?: S.WorkCalendarPublicRange;
    /** 1 for an all-staff calendar */
    is_corp_calendar?: 0 | 1;
    /** Members of the notification range, at most 2000 */
    shares?: Array<S.WorkCalendarShare>;
  }>;
}

/** Params of `calendar.update`: Update a calendar (更新日历) */
export interface WorkCalendarUpdateParams {
  /**
   * 1 leaves the subscribable range (public_range) unchanged; 0 updates it
   * @default 0
   */
  skip_public_range?: 0 | 1;
  /** The calendar; the update overwrites it, it does not merge */
  calendar: {
    /** Calendar id */
    cal_id: string;
    /** UserIDs of the calendar's admins, at most 3 (items ≤ 3) */
    admins?: Array<string>;
    /** Calendar title, 1 to 128 characters (length 1–128) */
    summary: string;
    /** Colour as a hex RGB code, e.g. "#0000FF" */
    color: string;
    /** Calendar description, 0 to 512 characters (length ≤ 512) */
    description?: string;
    public_range?: S.In.WorkCalendarPublicRange;
    /** Members of the calendar's notification range, at most 2000 (items ≤ 2000) */
    shares?: Array<S.In.WorkCalendarShare>;
  };
}

/** Result of `calendar.update`: Update a calendar (更新日历) */
export interface WorkCalendarUpdateResult {
  /** Invalid input (无效的输入内容) */
  fail_result?: {
    /** Invalid members of the notification range */
    shares?: Array<S.WorkCalendarShareFailure>;
  };
}
