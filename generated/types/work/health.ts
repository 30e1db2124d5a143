// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `health.getReportAnswer`: Get the answers filled in for a health report job (获取用户填写答案) */
export interface WorkHealthGetReportAnswerParams {
  /** Job id */
  jobid: string;
  /** The day, as YYYY-MM-DD; only the last 14 days */
  date: string;
  /** Data offset */
  offset?: number;
  /**
   * How many to fetch (at most 100)
   * (value ≤ 100)
   */
  limit?: number;
}

/** Result of `health.getReportAnswer`: Get the answers filled in for a health report job (获取用户填写答案) */
export interface WorkHealthGetReportAnswerResult {
  /** Answers */
  answers?: Array<{
    /** 1 a corp member's userid, 2 a parent's and a student's userids */
    id_type?: 1 | 2;
    /** The member's userid (id_type 1) */
    userid?: string;
    /** The student's userid (id_type 2) */
    student_userid?: string;
    /** The parent's userid (id_type 2) */
    parent_userid?: string;
    /** From the official sample (123456789); not in the table read */
    report_time?: number;
    /** The answers filled in */
    report_values?: Array<{
      /** Question id */
      question_id?: number;
      /** Option id of a single-choice answer */
      single_choice?: number;
      /** Fill-in answer */
      text?: string;
      /** Option ids of a multiple-choice answer */
      multi_choice?: Array<number>;
      /** From the official sample (["XXXXXXX"]); not in the table read */
      fileid?: Array<string>;
    }>;
  }>;
}

/** Params of `health.getReportJobIds`: List the health report job ids (获取健康上报任务ID列表) */
export interface WorkHealthGetReportJobIdsParams {
  /**
   * Paging offset
   * @default 0
   */
  offset?: number;
  /**
   * Page size (1-100)
   * (value 1–100)
   * @default 100
   */
  limit?: number;
}

/** Result of `health.getReportJobIds`: List the health report job ids (获取健康上报任务ID列表) */
export interface WorkHealthGetReportJobIdsResult {
  /** 0 more data to fetch, 1 everything fetched */
  ending?: 0 | 1;
  /** Job ids */
  jobids?: Array<string>;
}

/** Params of `health.getReportJobInfo`: Get a health report job (获取健康上报任务详情) */
export interface WorkHealthGetReportJobInfoParams {
  /** Job id */
  jobid: string;
  /** The day, as YYYY-MM-DD; only the last 14 days */
  date: string;
}

/** Result of `health.getReportJobInfo`: Get a health report job (获取健康上报任务详情) */
export interface WorkHealthGetReportJobInfoResult {
  /** The job */
  job_info?: {
    /** Job name */
    title?: string;
    /** Userid of the creator */
    creator?: string;
    /** Job type: 1 corp members, 2 parents */
    type?: 1 | 2;
    /** Who the job applies to */
    apply_range?: {
      /** type 1: member userids; type 2: student userids */
      userids?: Array<string>;
      /** type 1: corp department ids; type 2: school department ids */
      partyids?: Array<number>;
    };
    /** Report-to members */
    report_to?: {
      /** Report-to members' userids */
      userids?: Array<string>;
    };
    /** 1 report once, 2 report every day */
    report_type?: 1 | 2;
    /** 0 report on weekends too, 1 skip weekends */
    skip_weekend?: 0 | 1;
    /** People who have filled in the form */
    finish_cnt?: number;
    /** The questions */
    question_templates?: Array<{
      /** Question id */
      question_id?: number;
      /** Question title */
      title?: string;
      /** 1 fill-in, 2 single choice, 3 multiple choice */
      question_type?: 1 | 2 | 3;
      /** 1 required, 0 optional */
      is_required?: 0 | 1;
      /** Options (choice questions only) */
      option_list?: Array<{
        /** Option id */
        option_id?: number;
        /** Option text */
        option_text?: string;
      }>;
    }>;
  };
}

/** Params of `health.getReportStat`: Get health report usage statistics (获取健康上报使用统计) */
export interface WorkHealthGetReportStatParams {
  /** The day, as YYYY-MM-DD; at most 30 days back */
  date: string;
}

/** Result of `health.getReportStat`: Get health report usage statistics (获取健康上报使用统计) */
export interface WorkHealthGetReportStatResult {
  /** Times the app was used */
  pv?: number;
  /** Members who used the app */
  uv?: number;
}
