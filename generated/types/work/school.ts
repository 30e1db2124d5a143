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

/** Params of `school.health.getQrcode`: Get teachers' and students' health codes (获取师生健康码) */
export interface WorkSchoolHealthGetQrcodeParams {
  /** Whose codes to get (the copies do not say more; sample: 1) */
  type: number;
  /** userids of the teachers or students */
  userids: Array<string>;
}

/** Result of `school.health.getQrcode`: Get teachers' and students' health codes (获取师生健康码) */
export interface WorkSchoolHealthGetQrcodeResult {
  /** One result per userid */
  result_list?: Array<{
    /** Result code for this userid (0 ok) */
    errcode?: number;
    /** Result message for this userid */
    errmsg?: string;
    /** The userid */
    userid?: string;
    /** The health code's data (when errcode is 0) */
    qrcode_data?: string;
  }>;
}

/** Params of `school.health.getStudentInfo`: Get the students' health information for a day (获取学生健康信息) */
export interface WorkSchoolHealthGetStudentInfoParams {
  /** The day whose health information to get (as 2020-03-27) */
  date: string;
  /** The next_key of the previous answer (paging) */
  next_key?: string;
  /** Maximum number of records returned */
  limit?: number;
}

/** Result of `school.health.getStudentInfo`: Get the students' health information for a day (获取学生健康信息) */
export interface WorkSchoolHealthGetStudentInfoResult {
  /** Health information per student */
  health_infos?: Array<{
    /** The student's userid */
    userid?: string;
    /** Health code status (健康码状态) */
    health_qrcode_status?: number;
    /** Whether the student filled it in personally (sample values 1 and 2) */
    self_submit?: number;
    /** Answers (填写答案列表) */
    report_values?: Array<{
      /** Question id */
      question_id?: number;
      /** Option id chosen (single-choice question); spelled so on the page */
      single_chose?: number;
      /** Answer text (fill-in question) */
      text?: string;
    }>;
  }>;
  /** The questions (from the sample) */
  question_templates?: Array<{
    /** Question id */
    question_id?: number;
    /** Question title */
    title?: string;
    /** Question type (sample: 1 fill-in, 2 single choice) */
    question_type?: number;
    /** Whether the question must be answered (sample values 1 and 2) */
    is_must_fill?: number;
    /** Whether the question is hidden (sample value 2) */
    is_not_display?: number;
    /** Options of a choice question */
    option_list?: Array<{
      /** Option id */
      option_id?: number;
      /** Option text */
      option_text?: string;
    }>;
  }>;
  /** Id of the question template (from the sample) */
  template_id?: string;
  /** 1 when everything has been returned (from the sample) */
  ending?: number;
  /** Key to send with the next request */
  next_key?: string;
}

/** Params of `school.health.getTeacherInfo`: Get the teachers' health information for a day (获取老师健康信息) */
export interface WorkSchoolHealthGetTeacherInfoParams {
  /** The day whose health information to get (as 2020-03-27) */
  date: string;
  /** The next_key of the previous answer (paging) */
  next_key?: string;
  /** Maximum number of records returned */
  limit?: number;
}

/** Result of `school.health.getTeacherInfo`: Get the teachers' health information for a day (获取老师健康信息) */
export interface WorkSchoolHealthGetTeacherInfoResult {
  /** Health information per member */
  health_infos?: Array<{
    /** The member's userid */
    userid?: string;
    /** Health code status (健康码状态) */
    health_qrcode_status?: number;
    /** Whether the member filled it in personally (sample values 1 and 2) */
    self_submit?: number;
    /** Answers (填写答案列表) */
    report_values?: Array<{
      /** Question id */
      question_id?: number;
      /** Option id chosen (single-choice question); spelled so on the page */
      single_chose?: number;
      /** Answer text (fill-in question) */
      text?: string;
    }>;
  }>;
  /** The questions (from the sample) */
  question_templates?: Array<{
    /** Question id */
    question_id?: number;
    /** Question title */
    title?: string;
    /** Question type (sample: 1 fill-in, 2 single choice) */
    question_type?: number;
    /** Whether the question must be answered (sample values 1 and 2) */
    is_must_fill?: number;
    /** Whether the question is hidden (sample value 2) */
    is_not_display?: number;
    /** Options of a choice question */
    option_list?: Array<{
      /** Option id */
      option_id?: number;
      /** Option text */
      option_text?: string;
    }>;
  }>;
  /** Id of the question template (from the sample) */
  template_id?: string;
  /** 1 when everything has been returned (from the sample) */
  ending?: number;
  /** Key to send with the next request */
  next_key?: string;
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

/** Params of `school.parent.batchCreate`: Create parents in bulk (批量创建家长) */
export interface WorkSchoolParentBatchCreateParams {
  /**
   * Parents to create, at most 100 per call
   * (items ≤ 100)
   */
  parents?: Array<{
    /** Parent UserID: unique in the school; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
    parent_userid?: string;
    /** The parent's mobile number */
    mobile?: string;
    /** Whether to send an invitation (default true) @default true */
    to_invite?: boolean;
    /** The parent's children, at most 10 (items ≤ 10) */
    children?: Array<{
      /** The student's UserID */
      student_userid?: string;
      /** Relation of the parent to the student, at most 32 bytes */
      relation?: string;
    }>;
  }>;
}

/** Result of `school.parent.batchCreate`: Create parents in bulk (批量创建家长) */
export interface WorkSchoolParentBatchCreateResult {
  /** From the official sample: the parents that failed */
  result_list?: Array<{
    /** From the official sample: the parent's userid */
    parent_userid?: string;
    /** From the official sample: error code for this parent */
    errcode?: number;
    /** From the official sample: error message for this parent */
    errmsg?: string;
  }>;
}

/** Params of `school.parent.batchDelete`: Delete parents in bulk (批量删除家长) */
export interface WorkSchoolParentBatchDeleteParams {
  /**
   * Userids of the parents, at most 100 per call
   * (items ≤ 100)
   */
  useridlist?: Array<string>;
}

/** Result of `school.parent.batchDelete`: Delete parents in bulk (批量删除家长) */
export interface WorkSchoolParentBatchDeleteResult {
  /** Results of the batch (批量操作结果) */
  result_list?: Array<{
    /** From the official sample: the parent's userid */
    parent_userid?: string;
    /** From the official sample: error code for this parent */
    errcode?: number;
    /** From the official sample: error message for this parent */
    errmsg?: string;
  }>;
}

/** Params of `school.parent.batchUpdate`: Update parents in bulk (批量更新家长) */
export interface WorkSchoolParentBatchUpdateParams {
  /**
   * Parents to update, at most 100 per call
   * (items ≤ 100)
   */
  parents?: Array<{
    /** Parent UserID: unique in the school; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
    parent_userid?: string;
    /** New UserID for the parent; must not equal an existing parent userid; each parent can be renamed once */
    new_parent_userid?: string;
    /** The parent's mobile number */
    mobile?: string;
    /** The parent's children, at most 10 (items ≤ 10) */
    children?: Array<{
      /** The student's UserID */
      student_userid?: string;
      /** Relation of the parent to the student, at most 32 bytes */
      relation?: string;
    }>;
  }>;
}

/** Result of `school.parent.batchUpdate`: Update parents in bulk (批量更新家长) */
export interface WorkSchoolParentBatchUpdateResult {
  /** The parents that failed (per the apifox copy of the page) */
  result_list?: Array<{
    /** The parent's userid */
    parent_userid?: string;
    /** Error code for this parent */
    errcode?: number;
    /** Error message for this parent */
    errmsg?: string;
  }>;
}

/** Params of `school.parent.create`: Create a parent (创建家长) */
export interface WorkSchoolParentCreateParams {
  /** Parent UserID: unique in the school, may equal a member's UserID; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
  parent_userid: string;
  /** The parent's mobile number */
  mobile: string;
  /**
   * Whether to send an invitation (default true); only verified schools can invite
   * @default true
   */
  to_invite?: boolean;
  /**
   * The parent's children, at most 10
   * (items ≤ 10)
   */
  children: Array<{
    /** The student's UserID */
    student_userid: string;
    /** Relation of the parent to the student, at most 32 bytes */
    relation: string;
  }>;
}

/** Result of `school.parent.create`: Create a parent (创建家长) */
export type WorkSchoolParentCreateResult = Record<string, unknown>;

/** Params of `school.parent.delete`: Delete a parent (删除家长) */
export interface WorkSchoolParentDeleteParams {
  /** The parent's userid in the school contacts */
  userid: string;
}

/** Result of `school.parent.delete`: Delete a parent (删除家长) */
export type WorkSchoolParentDeleteResult = Record<string, unknown>;

/** Params of `school.parent.list`: List a department's parents (获取部门家长详情) */
export interface WorkSchoolParentListParams {
  /** Department id; sub-departments are not included (walk them one by one) */
  department_id: number;
}

/** Result of `school.parent.list`: List a department's parents (获取部门家长详情) */
export interface WorkSchoolParentListResult {
  /** Parents of the department */
  parents?: Array<{
    /** The parent's userid */
    parent_userid?: string;
    /** The parent's mobile number; not for third-party apps, custom-developed apps need admin authorization */
    mobile?: string;
    /** Whether the parent follows 学校通知: 0 no, 1 yes */
    is_subscribe?: 0 | 1;
    /** From the official sample (xxx); table row cut */
    external_userid?: string;
    /** The parent's children */
    children?: Array<{
      /** The student's userid */
      student_userid?: string;
      /** From the official sample: relation to the student */
      relation?: string;
      /** From the official sample: the student's name */
      name?: string;
    }>;
  }>;
}

/** Params of `school.parent.update`: Update a parent (更新家长) */
export interface WorkSchoolParentUpdateParams {
  /** Parent UserID: unique in the school; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
  parent_userid?: string;
  /** New UserID for the parent; must not equal an existing parent UserID; each parent can be renamed once */
  new_parent_userid?: string;
  /** The parent's mobile number */
  mobile?: string;
  /**
   * The parent's children, at most 10; replaces the whole list (an empty list is ignored)
   * (items ≤ 10)
   */
  children?: Array<{
    /** The student's UserID */
    student_userid?: string;
    /** Relation of the parent to the student, at most 32 bytes */
    relation?: string;
  }>;
}

/** Result of `school.parent.update`: Update a parent (更新家长) */
export type WorkSchoolParentUpdateResult = Record<string, unknown>;

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

/** Params of `school.student.batchCreate`: Create students in bulk (批量创建学生) */
export interface WorkSchoolStudentBatchCreateParams {
  /**
   * Students to create, at most 100 per call (per the neighbouring batch pages)
   * (items ≤ 100)
   */
  students?: Array<{
    /** Student UserID, unique in the school */
    student_userid?: string;
    /** Student name */
    name?: string;
    /** Ids of the student's classes */
    department?: Array<number>;
  }>;
}

/** Result of `school.student.batchCreate`: Create students in bulk (批量创建学生) */
export interface WorkSchoolStudentBatchCreateResult {
  /** The students that failed */
  result_list?: Array<{
    /** The failed student's userid */
    student_userid?: string;
    /** Error code for this student */
    errcode?: number;
    /** Error message for this student */
    errmsg?: string;
  }>;
}

/** Params of `school.student.batchDelete`: Delete students in bulk (批量删除学生) */
export interface WorkSchoolStudentBatchDeleteParams {
  /**
   * Userids of the students, at most 100 per call; students who still have parents cannot be deleted
   * (items ≤ 100)
   */
  useridlist?: Array<string>;
}

/** Result of `school.student.batchDelete`: Delete students in bulk (批量删除学生) */
export interface WorkSchoolStudentBatchDeleteResult {
  /** Results of the batch (批量操作结果) */
  result_list?: Array<{
    /** From the official sample: the student's userid */
    student_userid?: string;
    /** From the official sample: error code for this student */
    errcode?: number;
    /** From the official sample: error message for this student */
    errmsg?: string;
  }>;
}

/** Params of `school.student.batchUpdate`: Update students in bulk (批量更新学生) */
export interface WorkSchoolStudentBatchUpdateParams {
  /**
   * Students to update, at most 100 per call
   * (items ≤ 100)
   */
  students?: Array<{
    /** Student UserID: unique in the school; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
    student_userid?: string;
    /** The student's mobile number */
    mobile?: string;
    /** New UserID for the student; must not equal an existing UserID; each student can be renamed once */
    new_student_userid?: string;
    /** Student name, 1-32 characters (length 1–32) */
    name?: string;
    /** Ids of the student's classes, at most 20 (items ≤ 20) */
    department?: Array<number>;
  }>;
}

/** Result of `school.student.batchUpdate`: Update students in bulk (批量更新学生) */
export interface WorkSchoolStudentBatchUpdateResult {
  /** The students that failed */
  result_list?: Array<{
    /** The failed student's userid */
    student_userid?: string;
    /** Error code */
    errcode?: number;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `school.student.create`: Create a student (创建学生) */
export interface WorkSchoolStudentCreateParams {
  /** Student UserID: unique in the school, may equal a member's UserID; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
  student_userid?: string;
  /** The student's mobile number */
  mobile?: string;
  /**
   * Whether to send an invitation (default true); only verified schools can invite
   * @default true
   */
  to_invite?: boolean;
  /**
   * Student name, 1-32 characters
   * (length 1–32)
   */
  name?: string;
  /**
   * Ids of the student's classes, at most 20
   * (items ≤ 20)
   */
  department?: Array<number>;
}

/** Result of `school.student.create`: Create a student (创建学生) */
export type WorkSchoolStudentCreateResult = Record<string, unknown>;

/** Params of `school.student.delete`: Delete a student (删除学生) */
export interface WorkSchoolStudentDeleteParams {
  /** The student's userid in the school contacts; a student who still has parents cannot be deleted (delete the parents first) */
  userid: string;
}

/** Result of `school.student.delete`: Delete a student (删除学生) */
export type WorkSchoolStudentDeleteResult = Record<string, unknown>;

/** Params of `school.student.list`: List a department's students with their parents (获取部门学生详情) */
export interface WorkSchoolStudentListParams {
  /** Department id; sub-departments are not included (walk them one by one) */
  department_id: number;
}

/** Result of `school.student.list`: List a department's students with their parents (获取部门学生详情) */
export interface WorkSchoolStudentListResult {
  /** Students of the department */
  students?: Array<{
    /** Student UserID */
    student_userid?: string;
    /** From the official sample: the student's name */
    name?: string;
    /** From the official sample: ids of the student's classes */
    department?: Array<number>;
    /** From the official sample: the student's parents */
    parents?: Array<{
      /** From the official sample: the parent's userid */
      parent_userid?: string;
      /** From the official sample: relation to the parent */
      relation?: string;
      /** From the official sample: the parent's mobile number */
      mobile?: string;
      /** From the official sample: 1 if the parent follows 学校通知, 0 if not */
      is_subscribe?: 0 | 1;
      /** From the official sample (xxx); table row cut */
      external_userid?: string;
    }>;
  }>;
}

/** Params of `school.student.update`: Update a student (更新学生) */
export interface WorkSchoolStudentUpdateParams {
  /** Student UserID: unique in the school; case-insensitive, 1-64 bytes of digits, letters and _-@., starting with a digit or letter */
  student_userid?: string;
  /** The student's mobile number */
  mobile?: string;
  /** New UserID for the student; must not equal an existing UserID; each student can be renamed once */
  new_student_userid?: string;
  /**
   * Student name, 1-32 characters
   * (length 1–32)
   */
  name?: string;
  /**
   * Ids of the student's classes, at most 20 (at most 30,000 students per class)
   * (items ≤ 20)
   */
  department?: Array<number>;
}

/** Result of `school.student.update`: Update a student (更新学生) */
export type WorkSchoolStudentUpdateResult = Record<string, unknown>;

/** Params of `school.user.get`: Read a student or a parent (读取学生或家长) */
export interface WorkSchoolUserGetParams {
  /** A parent's or student's userid in the school contacts; case-insensitive, 1-64 bytes */
  userid: string;
}

/** Result of `school.user.get`: Read a student or a parent (读取学生或家长) */
export interface WorkSchoolUserGetResult {
  /** User type: 1 student, 2 parent */
  user_type?: 1 | 2;
  /** The student (returned when user_type is 1) */
  student?: {
    /** Student UserID */
    student_userid?: string;
    /** The student's name */
    name?: string;
    /** Ids of the student's classes, at most 20 */
    department?: Array<number>;
    /** The student's parents */
    parents?: Array<{
      /** The parent's userid */
      parent_userid?: string;
      /** Relation to the parent */
      relation?: string;
      /** The parent's mobile number (rest of the row cut) */
      mobile?: string;
      /** From the official sample: 1 if the parent follows 学校通知, 0 if not */
      is_subscribe?: 0 | 1;
      /** From the official sample (xxxxx); table row cut */
      external_userid?: string;
    }>;
  };
  /** From the official sample: the parent (table rows cut) */
  parent?: {
    /** From the official sample: the parent's userid */
    parent_userid?: string;
    /** From the official sample: the parent's mobile number */
    mobile?: string;
    /** From the official sample: 1 if the parent follows 学校通知, 0 if not */
    is_subscribe?: 0 | 1;
    /** From the official sample (xxxxx); table row cut */
    external_userid?: string;
    /** From the official sample: the parent's children */
    children?: Array<{
      /** From the official sample: the student's userid */
      student_userid?: string;
      /** From the official sample: relation to the student */
      relation?: string;
    }>;
  };
}
