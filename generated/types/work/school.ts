// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `school.agent.getAllowScope`: Get the parents who may use the app (获取可使用的家长范围) */
export interface WorkSchoolAgentGetAllowScopeParams {
  /** The app id */
  agentid?: number;
}

/** Result of `school.agent.getAllowScope`: Get the parents who may use the app (获取可使用的家长范围) */
export interface WorkSchoolAgentGetAllowScopeResult {
  /** Parents who may use the app in WeChat's 学校通知 - 学校应用, as students or departments */
  allow_scope?: {
    students?: {
      /** Students whose parents may use the app */
      userid?: Array<string>;
    };
    departments?: {
      /** Departments whose parents may use the app */
      partyid?: Array<number>;
    };
  };
}

/** Params of `school.department.create`: Create a school department (创建部门) */
export interface WorkSchoolDepartmentCreateParams {
  /**
   * Name, 1 to 32 characters, none of -:*?"<>/; ignored when the enrolment year and standard grade are set
   * (length 1–32)
   */
  name?: string;
  /** Parent department id (32-bit); a class's parent must be a grade */
  parentid?: number;
  /** Department id (32-bit, greater than 1); generated when left out */
  id?: number;
  /** Department type: 1 class, 2 grade, 3 stage, 4 campus */
  type?: 1 | 2 | 3 | 4;
  /**
   * Enrolment year, YYYY (grades only); computed by the system for a standard grade when left out
   * (value 1970–2100)
   */
  register_year?: number;
  /** Standard grade (see the standard grade table); grades only */
  standard_grade?: number;
  /**
   * Sort value within the parent; larger sorts first, range [0, 2^32)
   * (value ≥ 0)
   */
  order?: number;
  /** Department admins; the admin type must match the department type */
  department_admins?: Array<{
    /** The admin's account, unique in the corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** 1 campus head, 2 grade head, 3 head teacher, 4 subject teacher, 5 stage head */
    type?: 1 | 2 | 3 | 4 | 5;
    /** Subject (head and subject teachers only), one subject of at most 15 characters (length ≤ 15) */
    subject?: string;
  }>;
}

/** Result of `school.department.create`: Create a school department (创建部门) */
export interface WorkSchoolDepartmentCreateResult {
  /** The department id */
  id?: number;
}

/** Params of `school.department.delete`: Delete a school department (删除部门) */
export interface WorkSchoolDepartmentDeleteParams {
  /** Department id; the root department and departments with sub-departments or members cannot be deleted */
  id?: number;
}

/** Result of `school.department.delete`: Delete a school department (删除部门) */
export type WorkSchoolDepartmentDeleteResult = Record<string, unknown>;

/** Params of `school.department.list`: List school departments (获取部门列表) */
export interface WorkSchoolDepartmentListParams {
  /** Department id: returns it and its sub-departments; the whole tree when left out */
  id?: number;
}

/** Result of `school.department.list`: List school departments (获取部门列表) */
export interface WorkSchoolDepartmentListResult {
  /** Departments */
  departments?: Array<{
    /** Department id; the root is always 1 */
    id?: number;
    /** Department type: 1 class, 2 grade, 3 stage, 4 campus, 5 school (the root) */
    type?: 1 | 2 | 3 | 4 | 5;
    /** Department name */
    name?: string;
    /** Parent department id; 0 for the root */
    parentid?: number;
    /** Enrolment year, YYYY (standard grades only) */
    register_year?: number;
    /** Standard grade (standard grades only; see the standard grade table) */
    standard_grade?: number;
    /** Sort value within the parent, larger first, range [0, 2^32); only when set through the API */
    order?: number;
    /** Department admins */
    department_admins?: Array<{
      /** The admin's userid */
      userid?: string;
      /** Admin type (from the official sample; table row cut) */
      type?: number;
      /** Subject (from the official sample; table row cut) */
      subject?: string;
    }>;
    /** From the official sample (0); table row cut */
    is_graduated?: number;
    /** From the official sample (1); table row cut */
    open_group_chat?: number;
    /** From the official sample (group_chat_id); table row cut */
    group_chat_id?: string;
  }>;
}

/** Params of `school.department.update`: Update a school department (更新部门) */
export interface WorkSchoolDepartmentUpdateParams {
  /**
   * Name, 1 to 32 characters, none of -:*?"<>/; ignored for standard grades
   * (length 1–32)
   */
  name?: string;
  /** Parent department id (32-bit); a class's parent must be a grade */
  parentid?: number;
  /** Department id (32-bit, greater than 0) */
  id: number;
  /** The new id to give the department */
  new_id?: number;
  /**
   * Enrolment year, YYYY (grades only)
   * (value 1970–2100)
   */
  register_year?: number;
  /** Standard grade (see the standard grade table; grades only); 0 turns the department into a non-standard grade */
  standard_grade?: number;
  /**
   * Sort value within the parent; larger sorts first, range [0, 2^32)
   * (value ≥ 0)
   */
  order?: number;
  /** Department admins to add, update or remove; the admin type must match the department type */
  department_admins?: Array<{
    /** 0 add or update the admin, 1 remove the admin */
    op: 0 | 1;
    /** The admin's account, unique in the corp, case-insensitive, 1 to 64 bytes */
    userid: string;
    /** 1 campus head, 2 grade head, 3 head teacher, 4 subject teacher, 5 stage head */
    type?: 1 | 2 | 3 | 4 | 5;
    /** Subject (head and subject teachers only), one subject of at most 15 characters (length ≤ 15) */
    subject?: string;
  }>;
}

/** Result of `school.department.update`: Update a school department (更新部门) */
export type WorkSchoolDepartmentUpdateResult = Record<string, unknown>;

/** Params of `school.getPaymentResult`: Get the students' payment results of a class collection (获取学生付款结果) */
export interface WorkSchoolGetPaymentResultParams {
  /** Collection project id, as returned by the JS-SDK or Mini Program class collection call; only the app's own projects */
  payment_id?: string;
}

/** Result of `school.getPaymentResult`: Get the students' payment results of a class collection (获取学生付款结果) */
export interface WorkSchoolGetPaymentResultResult {
  /** Project name (in the sample, not in the table) */
  project_name?: string;
  /** Amount (in the sample, not in the table) */
  amount?: number;
  /** The students' payments (PayInfo) */
  payment_result?: Array<{
    /** The student's account */
    student_userid?: string;
    /** 0 not paid, 1 paid */
    trade_state?: 0 | 1;
    /** Order number */
    trade_no?: string;
    /** The paying parent's account */
    payer_parent_userid?: string;
  }>;
}

/** Params of `school.getTrade`: Get a class collection order's details (获取订单详情) */
export interface WorkSchoolGetTradeParams {
  /** Collection project id, as returned when the class collection was started */
  payment_id?: string;
  /** Order number, from school.getPaymentResult */
  trade_no?: string;
}

/** Result of `school.getTrade`: Get a class collection order's details (获取订单详情) */
export interface WorkSchoolGetTradeResult {
  /** WeChat Pay transaction id */
  transaction_id?: string;
  /** Payment time */
  pay_time?: number;
}

/** Params of `school.getUserInfo`: Get the identity of the parent or student behind an OAuth code (获取家校访问用户身份) */
export interface WorkSchoolGetUserInfoParams {
  /** The code from the user's authorization, at most 512 bytes; single use, expires after 5 minutes */
  code?: string;
}

/** Result of `school.getUserInfo`: Get the identity of the parent or student behind an OAuth code (获取家校访问用户身份) */
export interface WorkSchoolGetUserInfoResult {
  /** Device id (generated by WeCom at install; changes on reinstall, not on upgrade) */
  DeviceId?: string;
  /** The parent's userid in the school contacts (when the user is a parent) */
  parent_userid?: string;
  /** The student's userid in the school contacts (when the user is a student) */
  student_userid?: string;
}

/** Params of `school.living.getInfo`: Get a class live's details (获取直播详情) */
export interface WorkSchoolLivingGetInfoParams {
  /** Live id (直播ID) */
  livingid?: string;
}

/** Result of `school.living.getInfo`: Get a class live's details (获取直播详情) */
export interface WorkSchoolLivingGetInfoResult {
  /** The live (直播信息) */
  living_info?: {
    /** Live theme */
    theme?: string;
    /** Start timestamp */
    living_start?: number;
    /** Duration, in seconds */
    living_duration?: number;
    /** The anchor's userid */
    anchor_userid?: string;
    /** Audience: the classes' partyids when the range holds class groups, the group names otherwise */
    living_range?: {
      /** Class partyids */
      partyids?: Array<number>;
      /** Group names */
      group_names?: Array<string>;
    };
    /** Total viewers */
    viewer_num?: number;
    /** Comments */
    comment_num?: number;
    /** 1 replay on, 0 off */
    open_replay?: 0 | 1;
    /** Push stream URL; only for event lives that have not started yet */
    push_stream_url?: string;
    /** Viewers online now */
    online_count?: number;
    /** Reservations */
    subscribe_count?: number;
  };
}

/** Params of `school.living.getUnwatchStat`: Get who did not watch a class live (获取未观看直播统计) */
export interface WorkSchoolLivingGetUnwatchStatParams {
  /** Live id */
  livingid?: string;
  /** next_key of the previous call */
  next_key?: string;
}

/** Result of `school.living.getUnwatchStat`: Get who did not watch a class live (获取未观看直播统计) */
export interface WorkSchoolLivingGetUnwatchStatResult {
  /** From the sample (1) */
  ending?: number;
  /** From the sample (NEXT_KEY) */
  next_key?: string;
  /** Statistics (from the sample) */
  stat_info?: {
    /** Students who did not watch */
    students?: Array<{
      /** The student's userid */
      student_userid?: string;
      /** The parent's userid */
      parent_userid?: string;
      /** The student's class ids */
      partyids?: Array<number>;
    }>;
  };
}

/** Params of `school.living.getUnwatchStatV2`: Get who did not watch a class live, v2 (获取未观看直播统计V2) */
export interface WorkSchoolLivingGetUnwatchStatV2Params {
  /** Live id */
  livingid?: string;
  /** next_cursor of the previous call; "0" on the first call */
  next_cursor?: string;
}

/** Result of `school.living.getUnwatchStatV2`: Get who did not watch a class live, v2 (获取未观看直播统计V2) */
export interface WorkSchoolLivingGetUnwatchStatV2Result {
  /** 1 more data to fetch, 0 all fetched; the only way to tell that paging is done */
  has_more?: 0 | 1;
  /** Cursor of the last item; pass it to fetch the next page */
  next_cursor?: string;
  /** Statistics */
  stat_info?: {
    /** Students who did not watch */
    students?: Array<{
      /** The student's userid */
      student_userid?: string;
      /** The student's class ids */
      partyids?: Array<number>;
    }>;
    /** Parents who did not watch */
    parents?: Array<{
      /** From the official sample (zhangsan); table row cut */
      parent_userid?: string;
      /** From the official sample (zhansan_child); table row cut */
      student_userid?: string;
      /** From the official sample ([10, 11]); table row cut */
      partyids?: Array<number>;
    }>;
  };
}

/** Params of `school.living.getWatchStat`: Get who watched a class live (获取观看直播统计) */
export interface WorkSchoolLivingGetWatchStatParams {
  /** Live id */
  livingid?: string;
  /** next_key of the previous call; "0" on the first call */
  next_key?: string;
}

/** Result of `school.living.getWatchStat`: Get who watched a class live (获取观看直播统计) */
export interface WorkSchoolLivingGetWatchStatResult {
  /** From the official sample (1); table row cut */
  ending?: number;
  /** From the official sample; table row cut */
  next_key?: string;
  /** From the official sample; table row cut */
  stat_infoes?: {
    /** Students (from the official sample) */
    students?: Array<{
      /** From the official sample (zhansan_child) */
      student_userid?: string;
      /** From the official sample (zhangsan) */
      parent_userid?: string;
      /** From the official sample ([10, 11]) */
      partyids?: Array<number>;
      /** From the official sample (30) */
      watch_time?: number;
      /** From the official sample (1586433904) */
      enter_time?: number;
      /** From the official sample (1586434000) */
      leave_time?: number;
      /** From the official sample (1, 0) */
      is_comment?: number;
    }>;
    /** Visitors (from the official sample) */
    visitors?: Array<{
      /** From the official sample (wx_nickname1) */
      nickname?: string;
      /** From the official sample (30) */
      watch_time?: number;
      /** From the official sample (1586433904) */
      enter_time?: number;
      /** From the official sample (1586434000) */
      leave_time?: number;
      /** From the official sample (1, 0) */
      is_comment?: number;
    }>;
  };
}

/** Params of `school.living.getWatchStatV2`: Get who watched a class live, v2 (获取观看直播统计V2) */
export interface WorkSchoolLivingGetWatchStatV2Params {
  /** Live id */
  livingid?: string;
  /** next_cursor of the previous call; "0" on the first call */
  next_cursor?: string;
}

/** Result of `school.living.getWatchStatV2`: Get who watched a class live, v2 (获取观看直播统计V2) */
export interface WorkSchoolLivingGetWatchStatV2Result {
  /** From the official sample (1) */
  has_more?: number;
  /** From the official sample (NEXT_CURSOR) */
  next_cursor?: string;
  /** Statistics (from the official sample) */
  stat_info?: {
    /** Students who watched (from the official sample) */
    students?: Array<{
      /** From the official sample (zhansan_child) */
      student_userid?: string;
      /** From the official sample ([10, 11]) */
      partyids?: Array<number>;
      /** From the official sample (30) */
      watch_time?: number;
      /** From the official sample (1586433904) */
      enter_time?: number;
      /** From the official sample (1586434000) */
      leave_time?: number;
      /** From the official sample (1, 0) */
      is_comment?: number;
    }>;
    /** Parents who watched (from the official sample) */
    parents?: Array<{
      /** From the official sample (zhangsan) */
      parent_userid?: string;
      /** From the official sample (zhansan_child) */
      student_userid?: string;
      /** From the official sample ([10, 11]) */
      partyids?: Array<number>;
      /** From the official sample (30) */
      watch_time?: number;
      /** From the official sample (1586433904) */
      enter_time?: number;
      /** From the official sample (1586434000) */
      leave_time?: number;
      /** From the official sample (1) */
      is_comment?: number;
    }>;
  };
}

/** Params of `school.setArchSyncMode`: Set the school contacts' automatic sync mode (设置家校通讯录自动同步模式) */
export interface WorkSchoolSetArchSyncModeParams {
  /** 1 no sync from tags to the school contacts, 2 no sync from the school contacts to tags, 3 no sync either way */
  arch_sync_mode?: 1 | 2 | 3;
}

/** Result of `school.setArchSyncMode`: Set the school contacts' automatic sync mode (设置家校通讯录自动同步模式) */
export type WorkSchoolSetArchSyncModeResult = Record<string, unknown>;

/** Params of `school.setTeacherViewMode`: Set which classes teachers can see (设置「老师可查看班级」的模式) */
export interface WorkSchoolSetTeacherViewModeParams {
  /** View mode: 1 all classes, 2 only the classes in the teacher's own scope */
  view_mode: 1 | 2;
}

/** Result of `school.setTeacherViewMode`: Set which classes teachers can see (设置「老师可查看班级」的模式) */
export type WorkSchoolSetTeacherViewModeResult = Record<string, unknown>;

/** Params of `school.setUpgradeInfo`: Change the automatic grade promotion settings (修改自动升年级的配置) */
export interface WorkSchoolSetUpgradeInfoParams {
  /**
   * When grades are promoted: only the month and day of this timestamp count; 0 (January 1) when left out
   * @default 0
   */
  upgrade_time?: number;
  /**
   * 0 off, 1 on; off when left out, and any value other than 1 counts as off
   * @default 0
   */
  upgrade_switch?: number;
}

/** Result of `school.setUpgradeInfo`: Change the automatic grade promotion settings (修改自动升年级的配置) */
export interface WorkSchoolSetUpgradeInfoResult {
  /** Next promotion time (only the date counts); next year's date if the school was already promoted this year */
  next_upgrade_time?: number;
}
