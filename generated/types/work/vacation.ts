// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `vacation.getCorpConf`: Get the corp's leave (vacation) settings (获取企业假期管理配置) */
export type WorkVacationGetCorpConfParams = Record<string, never>;

/** Result of `vacation.getCorpConf`: Get the corp's leave (vacation) settings (获取企业假期管理配置) */
export interface WorkVacationGetCorpConfResult {
  /** Leave types (假期列表) of the members in the app's visible range */
  lists?: Array<{
    /** Leave type id (假期id) */
    id?: number;
    /** Leave type name */
    name?: string;
    /** Time unit: 0 by the day, 1 by the hour */
    time_attr?: 0 | 1;
    /** How durations count: 0 calendar days, 1 working days */
    duration_type?: 0 | 1;
    /** Balance grant settings (假期发放相关配置) */
    quota_attr?: {
      /** Grant type: 0 no limit, 1 granted automatically each year, 2 手… (rest of the row unreadable) */
      type?: number;
      /** From the official sample (1641010352); table row unreadable */
      autoreset_time?: number;
      /** From the official sample (432000); table row unreadable */
      autoreset_duration?: number;
      /** From the official sample (1); table row unreadable */
      quota_rule_type?: number;
      /** From the official sample; table row unreadable */
      quota_rules?: {
        /** From the official sample; table row unreadable */
        list?: Array<{
          /** From the official sample (432000); table row unreadable */
          quota?: number;
          /** From the official sample (0); table row unreadable */
          begin?: number;
          /** From the official sample (1); table row unreadable */
          end?: number;
        }>;
        /** From the official sample (true); table row unreadable */
        based_on_actual_work_time?: boolean;
      };
      /** From the official sample (true); table row unreadable */
      at_entry_date?: boolean;
      /** From the official sample (0); table row unreadable */
      auto_reset_month_day?: number;
    };
    /** From the official sample (86400); table row unreadable */
    perday_duration?: number;
    /** From the official sample (0); table row unreadable */
    is_newovertime?: number;
    /** From the official sample (0); table row unreadable */
    enter_comp_time_limit?: number;
    /** From the official sample; table row unreadable */
    expire_rule?: {
      /** From the official sample (2); table row unreadable */
      type?: number;
      /** From the official sample (2); table row unreadable */
      duration?: number;
      /** From the official sample; table row unreadable */
      date?: {
        /** From the official sample (0); table row unreadable */
        month?: number;
        /** From the official sample (0); table row unreadable */
        day?: number;
      };
      /** From the official sample (false); table row unreadable */
      extern_duration_enable?: boolean;
      /** From the official sample; table row unreadable */
      extern_duration?: {
        /** From the official sample (0); table row unreadable */
        month?: number;
        /** From the official sample (0); table row unreadable */
        day?: number;
      };
    };
  }>;
}

/** Params of `vacation.getUserQuota`: Get a member's leave balances (获取成员假期余额) */
export interface WorkVacationGetUserQuotaParams {
  /** UserID of the member whose leave balances to get */
  userid: string;
}

/** Result of `vacation.getUserQuota`: Get a member's leave balances (获取成员假期余额) */
export interface WorkVacationGetUserQuotaResult {
  /** Leave balances, one per leave type (假期列表) */
  lists?: Array<{
    /** Leave type id */
    id?: number;
    /** Granted duration, in seconds */
    assignduration?: number;
    /** Used duration, in seconds */
    usedduration?: number;
    /** Remaining duration, in seconds */
    leftduration?: number;
    /** Leave type name */
    vacationname?: string;
    /** Unsigned int on the page; the rest of its table row could not be read */
    real_assignduration?: number;
  }>;
}

/** Params of `vacation.setOneUserQuota`: Change a member's leave balance (修改成员假期余额) */
export interface WorkVacationSetOneUserQuotaParams {
  /** Userid of the member whose balance to change */
  userid: string;
  /** Leave type id */
  vacation_id: number;
  /** New balance in seconds: at most 1000 days or 24000 hours; a multiple of 360 (0.1 h) for hourly leave, of 8640 (0.1 day) for daily leave */
  leftduration: number;
  /** Time unit, checked against the leave settings: 0 by the day, 1 by the hour */
  time_attr: 0 | 1;
  /**
   * Note shown in the balance change log (at most 200 characters)
   * (length ≤ 200)
   */
  remarks?: string;
}

/** Result of `vacation.setOneUserQuota`: Change a member's leave balance (修改成员假期余额) */
export type WorkVacationSetOneUserQuotaResult = Record<string, unknown>;
