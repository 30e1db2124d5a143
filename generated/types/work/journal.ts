// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `journal.getRecordDetail`: Get a report record (获取汇报记录详情) */
export interface WorkJournalGetRecordDetailParams {
  /** Report record id, at most 256 bytes */
  journaluuid: string;
}

/** Result of `journal.getRecordDetail`: Get a report record (获取汇报记录详情) */
export interface WorkJournalGetRecordDetailResult {
  /** The report */
  info?: {
    /** Report record id */
    journal_uuid?: string;
    /** Report form name */
    template_name?: string;
    /** Report form id */
    template_id?: string;
    /** Report time (Unix time) */
    report_time?: number;
    submitter?: S.WorkJournalUserRef;
    /** Receivers */
    receivers?: Array<S.WorkJournalUserRef>;
    /** Receivers who read it */
    readed_receivers?: Array<S.WorkJournalUserRef>;
    /** Form data */
    apply_data?: {
      /** Form fields */
      contents?: Array<{
        /** Control type: Text, Textarea, Number, Money, Date, Selector, Contact, Tips, File, Table, DateRange */
        control?: string;
        /** Control id */
        id?: string;
        /** Control name, per language */
        title?: Array<{
          /** Text */
          text?: string;
          /** Language, e.g. zh_CN */
          lang?: string;
        }>;
        /** Control value; which members are filled depends on the control (the page's appendix) */
        value?: {
          /** Text entered (Text / Textarea) */
          text?: string;
          /** From the official sample (an empty list) */
          tips?: Array<unknown>;
          /** From the official sample (an empty list) */
          members?: Array<unknown>;
          /** From the official sample (an empty list) */
          departments?: Array<unknown>;
          /** From the official sample (an empty list) */
          files?: Array<unknown>;
          /** From the official sample (an empty list) */
          children?: Array<unknown>;
          /** From the official sample (an empty list) */
          stat_field?: Array<unknown>;
          /** From the official sample (an empty list) */
          sum_field?: Array<unknown>;
          /** From the official sample (an empty list) */
          related_approval?: Array<unknown>;
          /** From the official sample (an empty list) */
          students?: Array<unknown>;
          /** From the official sample (an empty list) */
          classes?: Array<unknown>;
        };
      }>;
    };
    /** Rich-text data of the special 汇报 form, whose fields are not in apply_data */
    sys_journal_data?: string;
    /** Comments */
    comments?: Array<{
      /** Comment id (uint64) */
      commentid?: string;
      /** Id of the comment replied to (uint64; 0 for none) */
      tocommentid?: string;
      comment_userinfo?: S.WorkJournalUserRef;
      /** Comment text */
      content?: string;
      /** Comment time (Unix time) */
      comment_time?: number;
    }>;
  };
}

/** Params of `journal.getRecordList`: List report record ids (批量获取汇报记录单号) */
export interface WorkJournalGetRecordListParams {
  /** Start time (Unix time) */
  starttime: number;
  /** End time (Unix time), at most a month after starttime */
  endtime: number;
  /** Cursor: 0 on the first call, then the next_cursor returned */
  cursor: number;
  /** Number of records to return (at most 100 a call) */
  limit: number;
  /** Filters */
  filters?: Array<{
    /** creator: the submitter; department: the submitter's department; template_id: the form (at most 256 bytes) */
    key?: "creator" | "department" | "template_id";
    /** Filter value, at most 256 bytes */
    value?: string;
  }>;
}

/** Result of `journal.getRecordList`: List report record ids (批量获取汇报记录单号) */
export interface WorkJournalGetRecordListResult {
  /** Report record ids */
  journaluuid_list?: Array<string>;
  /** Cursor for the next call */
  next_cursor?: number;
  /** 0 more data, 1 no more data */
  endflag?: 0 | 1;
}

/** Params of `journal.getStatList`: Get report statistics (获取汇报统计数据) */
export interface WorkJournalGetStatListParams {
  /** Report form id, at most 256 bytes */
  template_id: string;
  /** Start time (Unix time) */
  starttime: number;
  /** End time (Unix time), at most a year after starttime */
  endtime: number;
}

/** Result of `journal.getStatList`: Get report statistics (获取汇报统计数据) */
export interface WorkJournalGetStatListResult {
  /** Statistics, one per summarised period */
  stat_list?: Array<{
    /** Report form id */
    template_id?: string;
    /** Report form name */
    template_name?: string;
    report_range?: S.WorkJournalRange;
    white_range?: S.WorkJournalRange;
    /** Fixed receivers */
    receivers?: {
      /** Members */
      user_list?: Array<S.WorkJournalUserRef>;
      /** Tags */
      tag_list?: Array<{
        /** Tag id */
        open_tagid?: string;
      }>;
      /** Superiors */
      leader_list?: Array<{
        /** Superior level, from 1 */
        level?: number;
      }>;
    };
    /** Period start (Unix time) */
    cycle_begin_time?: number;
    /** Period end (Unix time) */
    cycle_end_time?: number;
    /** Statistics start (Unix time) */
    stat_begin_time?: number;
    /** Statistics end (Unix time) */
    stat_end_time?: number;
    /** Members who reported */
    report_list?: Array<S.WorkJournalStatItem>;
    /** Members who did not report (itemlist is in the sample, not the table) */
    unreport_list?: Array<S.WorkJournalStatItem>;
    /** Report cycle: 2 daily, 3 weekly, 4 monthly */
    report_type?: 2 | 3 | 4;
  }>;
}
