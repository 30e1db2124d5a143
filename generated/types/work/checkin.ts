// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `checkin.addOption`: Create a checkin rule (创建打卡规则) */
export interface WorkCheckinAddOptionParams {
  /** The rule (see 打卡规则字段说明); groupid is ignored when creating */
  group?: S.In.WorkCheckinGroupInput;
  /**
   * Whether the rule takes effect immediately
   * @default false
   */
  effective_now?: boolean;
}

/** Result of `checkin.addOption`: Create a checkin rule (创建打卡规则) */
export type WorkCheckinAddOptionResult = Record<string, unknown>;

/** Params of `checkin.addRecord`: Add checkin records (添加打卡记录) */
export interface WorkCheckinAddRecordParams {
  /**
   * Checkin records, at most 200 per call
   * (items ≤ 200)
   */
  records?: Array<{
    /** User id */
    userid?: string;
    /** Check-in time (unix) */
    checkin_time?: number;
    /** Check-in place title (at most 1024 characters) (length ≤ 1024) */
    location_title?: string;
    /** Check-in place details (at most 1024 characters) (length ≤ 1024) */
    location_detail?: string;
    /** Check-in note (at most 1024 characters) (length ≤ 1024) */
    notes?: string;
    /** Check-in Wi-Fi name (at most 1024 characters) (length ≤ 1024) */
    wifiname?: string;
    /** Check-in MAC address / BSSID, matching ^[A-Fa-f0-9]{2}(:[A-Fa-f0-9]{2}){5}$; required when wifiname is given */
    wifimac?: string;
    /** media_ids of attachments (upload with media/upload); at most 1 for now (items ≤ 1) */
    mediaids?: Array<string>;
    /** Latitude times 1,000,000 (GCJ-02) (value -90000000–90000000) */
    lat?: number;
    /** Longitude times 1,000,000 (GCJ-02) (value -180000000–180000000) */
    lng?: number;
    /** Device type: 1 access control, 2 attendance machine (face or fingerprint), 3 other */
    device_type?: 1 | 2 | 3;
    /** Device brand (at most 40 characters) (length ≤ 40) */
    device_detail?: string;
  }>;
}

/** Result of `checkin.addRecord`: Add checkin records (添加打卡记录) */
export type WorkCheckinAddRecordResult = Record<string, unknown>;

/** Params of `checkin.addUserFace`: Enroll a member's face for face check-in (录入打卡人员人脸信息) */
export interface WorkCheckinAddUserFaceParams {
  /** Userid of the member to enroll */
  userid?: string;
  /** Face image, base64-encoded; replaces a face already enrolled */
  userface?: string;
}

/** Result of `checkin.addUserFace`: Enroll a member's face for face check-in (录入打卡人员人脸信息) */
export type WorkCheckinAddUserFaceResult = Record<string, unknown>;

/** Params of `checkin.clearOptionArrayField`: Clear array fields of a checkin rule (清空打卡规则数组元素) */
export interface WorkCheckinClearOptionArrayFieldParams {
  /** Rule id */
  groupid: number;
  /** Fields to clear: 1 spe_workdays, 2 spe_offdays, 3 wifimac_infos, 4 loc_infos (wifimac_infos and loc_infos cannot both be empty) */
  clear_field: Array<1 | 2 | 3 | 4>;
  /**
   * Whether the change takes effect immediately
   * @default false
   */
  effective_now?: boolean;
}

/** Result of `checkin.clearOptionArrayField`: Clear array fields of a checkin rule (清空打卡规则数组元素) */
export type WorkCheckinClearOptionArrayFieldResult = Record<string, unknown>;

/** Params of `checkin.deleteOption`: Delete a checkin rule (删除打卡规则) */
export interface WorkCheckinDeleteOptionParams {
  /** Id of the rule to delete */
  groupid: number;
  /**
   * Whether the deletion takes effect immediately
   * @default false
   */
  effective_now?: boolean;
}

/** Result of `checkin.deleteOption`: Delete a checkin rule (删除打卡规则) */
export type WorkCheckinDeleteOptionResult = Record<string, unknown>;
/** Params of `checkin.getCorpOption`: Get all checkin rules of the corp (获取企业所有打卡规则) */
export type WorkCheckinGetCorpOptionParams = Record<string, never>;

/** Result of `checkin.getCorpOption`: Get all checkin rules of the corp (获取企业所有打卡规则) */
export interface WorkCheckinGetCorpOptionResult {
  /** The corp's checkin rules */
  group?: Array<S.WorkCheckinGroup>;
}

/** Params of `checkin.getData`: Get checkin records (获取打卡记录数据) */
export interface WorkCheckinGetDataParams {
  /** Record type: 1 on/off-duty check-ins, 2 out-of-office check-ins, 3 all */
  opencheckindatatype: 1 | 2 | 3;
  /** Start of the period (unix); the period spans at most 30 days */
  starttime: number;
  /** End of the period (unix) */
  endtime: number;
  /**
   * Userids whose records to get (at most 100; batch larger lists)
   * (items ≤ 100)
   */
  useridlist: Array<string>;
}

/** Result of `checkin.getData`: Get checkin records (获取打卡记录数据) */
export interface WorkCheckinGetDataResult {
  /** Checkin records */
  checkindata?: Array<{
    /** User id */
    userid?: string;
    /** Checkin rule name */
    groupname?: string;
    /** Check-in type, a string: 上班打卡, 下班打卡 or 外出打卡 */
    checkin_type?: string;
    /** Exception types, a string (时间异常, 地点异常, 未打卡, wifi异常, 非常用设备), several separated by ';' */
    exception_type?: string;
    /** Check-in time (unix) */
    checkin_time?: number;
    /** Check-in place title */
    location_title?: string;
    /** Check-in place details */
    location_detail?: string;
    /** Check-in Wi-Fi name */
    wifiname?: string;
    /** Check-in note */
    notes?: string;
    /** Check-in MAC address / BSSID */
    wifimac?: string;
    /** media_ids of the attachments (download with media/get) */
    mediaids?: Array<string>;
    /** Latitude times 1,000,000 (GCJ-02) */
    lat?: number;
    /** Longitude times 1,000,000 (GCJ-02) */
    lng?: number;
    /** Check-in device id */
    deviceid?: string;
    /** Standard check-in time: the scheduled on- or off-duty time this check-in counts for */
    sch_checkin_time?: number;
    /** Id of the rule the record belongs to */
    groupid?: number;
    /** Id of the shift the record belongs to */
    schedule_id?: number;
    /** Id of the period of the shift (e.g. 9:00-12:00 of a 9-12/13-18 shift) */
    timeline_id?: number;
  }>;
}

/** Params of `checkin.getDayData`: Get daily checkin reports (获取打卡日报数据) */
export interface WorkCheckinGetDayDataParams {
  /** Start date of the reports: unix timestamp of 00:00 */
  starttime: number;
  /** End date of the reports: unix timestamp of 00:00 */
  endtime: number;
  /**
   * Userids of the reports (1-100; each userid 1-64 bytes)
   * (items 1–100)
   */
  useridlist: Array<string>;
}

/** Result of `checkin.getDayData`: Get daily checkin reports (获取打卡日报数据) */
export interface WorkCheckinGetDayDataResult {
  /** Daily reports */
  datas?: Array<{
    /** Basic information */
    base_info?: {
      /** Report date */
      date?: number;
      /** Record type: 1 fixed hours, 2 out of office (never in this report), 3 by shift, 4 free check-in, 5 overtime, 7 no rule */
      record_type?: number;
      /** Member name */
      name?: string;
      /** Member alias */
      name_ex?: string;
      /** The member's departments (all of them) */
      departs_name?: string;
      /** The member's account, i.e. userid */
      acctid?: string;
      /** The member's rule */
      rule_info?: {
        /** Rule id */
        groupid?: number;
        /** Rule name */
        groupname?: string;
        /** The day's shift id (by-shift rules only) */
        scheduleid?: number;
        /** The day's shift name (by-shift rules only) */
        schedulename?: string;
        /** The day's check-in times (fixed-hours rules only) */
        checkintime?: Array<{
          /** On-duty time, seconds from 00:00 */
          work_sec?: number;
          /** Off-duty time, seconds from 00:00 */
          off_work_sec?: number;
        }>;
      };
      /** Report type: 0 working day, 1 rest day */
      day_type?: 0 | 1;
    };
    /** Summary */
    summary_info?: {
      /** Check-ins that day */
      checkin_count?: number;
      /** Actual working time that day (seconds) */
      regular_work_sec?: number;
      /** Standard working time that day (seconds) */
      standard_work_sec?: number;
      /** Earliest check-in that day */
      earliest_time?: number;
      /** Latest check-in that day */
      lastest_time?: number;
    };
    /** Leave and attendance requests (假勤) of the day */
    holiday_infos?: Array<{
      /** Id of the related approval request */
      sp_number?: string;
      /** Summary title */
      sp_title?: {
        /** Texts by language (only Chinese for now) */
        data?: Array<{
          /** Title text */
          text?: string;
          /** Language: zh_CN */
          lang?: string;
        }>;
      };
      /** Summary description */
      sp_description?: {
        /** Texts by language (only Chinese for now) */
        data?: Array<{
          /** Description text */
          text?: string;
          /** Language: zh_CN */
          lang?: string;
        }>;
      };
    }>;
    /** Calibration states (校准状态) */
    exception_infos?: Array<{
      /** Type: 1 late, 2 left early, 3 missing check-in, 4 absent, 5 place exception, 6 device exception */
      exception?: number;
      /** Occurrences that day */
      count?: number;
      /** Duration that day (late, early leave and absence only) */
      duration?: number;
    }>;
    /** Overtime */
    ot_info?: {
      /** Status: 0 no overtime, 1 normal, 2 short of time */
      ot_status?: 0 | 1 | 2;
      /** Overtime length */
      ot_duration?: number;
      /** Missing overtime length when ot_status is 2 */
      exception_duration?: Array<number>;
      /** Working-day overtime counted as time off (seconds) */
      workday_over_as_vacation?: number;
      /** Working-day overtime counted as overtime pay (seconds) */
      workday_over_as_money?: number;
      /** Rest-day overtime counted as time off (seconds) */
      restday_over_as_vacation?: number;
      /** Rest-day overtime counted as overtime pay (seconds) */
      restday_over_as_money?: number;
      /** Holiday overtime counted as time off (seconds) */
      holiday_over_as_vacation?: number;
      /** Holiday overtime counted as overtime pay (seconds) */
      holiday_over_as_money?: number;
    };
    /** Leave and attendance statistics (假勤统计) */
    sp_items?: Array<{
      /** Type: 1 leave, 2 make-up check-in, 3 business trip, 4 out of office, 100 field work */
      type?: number;
      /** Leave type id when type is 1 (see the approval APIs) */
      vacation_id?: number;
      /** Occurrences that day */
      count?: number;
      /** Duration that day in seconds (/86400 for days, /3600 for hours) */
      duration?: number;
      /** Unit: 0 days, 1 hours */
      time_type?: 0 | 1;
      /** Item name */
      name?: string;
    }>;
  }>;
}

/** Params of `checkin.getMonthData`: Get monthly checkin reports (获取打卡月报数据) */
export interface WorkCheckinGetMonthDataParams {
  /** Start date of the reports: unix timestamp of 00:00 */
  starttime: number;
  /** End date of the reports: unix timestamp of 00:00 */
  endtime: number;
  /**
   * Userids of the reports (1-100; each userid 1-64 bytes)
   * (items 1–100)
   */
  useridlist: Array<string>;
}

/** Result of `checkin.getMonthData`: Get monthly checkin reports (获取打卡月报数据) */
export interface WorkCheckinGetMonthDataResult {
  /** Monthly reports */
  datas?: Array<{
    /** Basic information */
    base_info?: {
      /** Record type: 1 fixed hours, 2 out of office (never in this report), 3 by shift, 4 free check-in, 5 overtime, 7 no rule */
      record_type?: number;
      /** Member name */
      name?: string;
      /** Member alias */
      name_ex?: string;
      /** The member's departments (all of them) */
      departs_name?: string;
      /** The member's account, i.e. userid */
      acctid?: string;
      /** The member's rule */
      rule_info?: {
        /** Rule id */
        groupid?: number;
        /** Rule name */
        groupname?: string;
      };
    };
    /** Summary */
    summary_info?: {
      /** Days on which check-in was due */
      work_days?: number;
      /** Normal days */
      regular_days?: number;
      /** Days with exceptions */
      except_days?: number;
      /** Actual working time, sum over the period (seconds) */
      regular_work_sec?: number;
      /** Standard working time, sum over the period (seconds) */
      standard_work_sec?: number;
      /** Rest days (in the official sample of 2025/03/24; table row not read) */
      rest_days?: number;
    };
    /** Exception statistics */
    exception_infos?: Array<{
      /** Type: 1 late, 2 left early, 3 missing check-in, 4 absent, 5 place exception, 6 device exception */
      exception?: number;
      /** Occurrences, summed over the period */
      count?: number;
      /** Duration summed over the period (late, early leave and absence only) */
      duration?: number;
    }>;
    /** Leave and attendance statistics (假勤统计) */
    sp_items?: Array<{
      /** Type: 1 leave, 2 make-up check-in, 3 business trip, 4 out of office, 100 field work */
      type?: number;
      /** Leave type id when type is 1 (see the approval APIs) */
      vacation_id?: number;
      /** Occurrences, summed over the period */
      count?: number;
      /** Duration summed over the period, in seconds (/86400 for days, /3600 for hours) */
      duration?: number;
      /** Unit: 0 days, 1 hours */
      time_type?: 0 | 1;
      /** Item name */
      name?: string;
    }>;
    /** Overtime */
    overwork_info?: {
      /** Working-day overtime */
      workday_over_sec?: number;
      /** Holiday overtime */
      holidays_over_sec?: number;
      /** Rest-day overtime */
      restdays_over_sec?: number;
      /** Working-day overtime counted as time off (seconds) */
      workdays_over_as_vacation?: number;
      /** Working-day overtime counted as overtime pay (seconds) */
      workdays_over_as_money?: number;
      /** Rest-day overtime counted as time off (seconds) */
      restdays_over_as_vacation?: number;
      /** Rest-day overtime counted as overtime pay (seconds) */
      restdays_over_as_money?: number;
      /** Holiday overtime counted as time off (seconds) */
      holidays_over_as_vacation?: number;
      /** Holiday overtime counted as overtime pay (seconds) */
      holidays_over_as_money?: number;
    };
  }>;
}

/** Params of `checkin.getOption`: Get members' checkin rules for a day (获取员工打卡规则) */
export interface WorkCheckinGetOptionParams {
  /** Unix timestamp of 00:00 of the day whose rules to get */
  datetime: number;
  /**
   * Userids whose rules to get (at most 100; batch larger lists)
   * (items ≤ 100)
   */
  useridlist: Array<string>;
}

/** Result of `checkin.getOption`: Get members' checkin rules for a day (获取员工打卡规则) */
export interface WorkCheckinGetOptionResult {
  /** The checkin rules */
  info?: Array<{
    /** Userid of the member */
    userid?: string;
    /** The member's checkin rule */
    group?: S.WorkCheckinGroup;
  }>;
}

/** Params of `checkin.getScheduleList`: Get members' shift schedules (获取打卡人员排班信息) */
export interface WorkCheckinGetScheduleListParams {
  /** Start of the period (unix) */
  starttime: number;
  /** End of the period (unix); at most one month after starttime */
  endtime: number;
  /**
   * Userids whose schedules to get (at most 100)
   * (items ≤ 100)
   */
  useridlist: Array<string>;
}

/** Result of `checkin.getScheduleList`: Get members' shift schedules (获取打卡人员排班信息) */
export interface WorkCheckinGetScheduleListResult {
  /** Schedules */
  schedule_list?: Array<{
    /** Member userid */
    userid?: string;
    /** Month of the schedule, as yyyymm (e.g. 202011) */
    yearmonth?: number;
    /** Rule id */
    groupid?: number;
    /** Rule name */
    groupname?: string;
    /** The member's schedule */
    schedule?: {
      /** Schedule entries */
      scheduleList?: Array<{
        /** Day of the month */
        day?: number;
        /** The day's shift */
        schedule_info?: {
          /** Shift id (also in the rule) */
          schedule_id?: number;
          /** Shift name */
          schedule_name?: string;
          /** On/off-duty periods of the shift */
          time_section?: Array<{
            /** Period id (one on/off-duty pair of the shift) */
            id?: number;
            /** On-duty time, seconds from 00:00 */
            work_sec?: number;
            /** Off-duty time, seconds from 00:00 */
            off_work_sec?: number;
            /** On-duty reminder time, seconds from 00:00 */
            remind_work_sec?: number;
            /** Off-duty reminder time, seconds from 00:00 */
            remind_off_work_sec?: number;
          }>;
        };
      }>;
    };
  }>;
}

/** Params of `checkin.punchCorrection`: Make up a member's check-in (为打卡人员补卡) */
export interface WorkCheckinPunchCorrectionParams {
  /** Userid of the member to make up a check-in for */
  userid: string;
  /** Date the check-in was due: unix timestamp of 00:00 */
  schedule_date_time: number;
  /** Due check-in time, seconds from 00:00 of that date (e.g. 32400 for 9:00; work_sec/off_work_sec of the rule); leave out when no rule time applies (rest days, no rule, free check-in) */
  schedule_checkin_time?: number;
  /** Actual check-in time (unix), judged normal/late/early against schedule_checkin_time */
  checkin_time: number;
  /** Note (at most 512 bytes) */
  remark?: string;
}

/** Result of `checkin.punchCorrection`: Make up a member's check-in (为打卡人员补卡) */
export type WorkCheckinPunchCorrectionResult = Record<string, unknown>;

/** Params of `checkin.setScheduleList`: Set members' shift schedules (为打卡人员排班) */
export interface WorkCheckinSetScheduleListParams {
  /** Rule id (from the rule, checkin data or schedule APIs); only by-shift rules */
  groupid: number;
  /** Schedule entries */
  items: Array<{
    /** Member userid */
    userid: string;
    /** Day of the month (1-31); with yearmonth makes the date, e.g. 20201205 (value 1–31) */
    day: number;
    /** Shift id under the rule; 0 means rest */
    schedule_id: number;
  }>;
  /** Month of the schedule, as yyyymm (e.g. 202011) */
  yearmonth: number;
}

/** Result of `checkin.setScheduleList`: Set members' shift schedules (为打卡人员排班) */
export type WorkCheckinSetScheduleListResult = Record<string, unknown>;

/** Params of `checkin.updateOption`: Update a checkin rule (修改打卡规则) */
export interface WorkCheckinUpdateOptionParams {
  /** The rule (see 打卡规则字段说明); groupid must be given */
  group?: S.In.WorkCheckinGroupInput;
  /**
   * Whether the change takes effect immediately
   * @default false
   */
  effective_now?: boolean;
}

/** Result of `checkin.updateOption`: Update a checkin rule (修改打卡规则) */
export type WorkCheckinUpdateOptionResult = Record<string, unknown>;
