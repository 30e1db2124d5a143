// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `approval.applyEvent`: Submit an approval application (提交审批申请) */
export interface WorkApprovalApplyEventParams {
  /** UserID of the applicant (in the app's visible range); the application is submitted as them */
  creator_userid: string;
  /** Template id; 打卡补卡 and 调班 templates cannot be submitted through the API */
  template_id: string;
  /** 0 approvers and CCs come from approver/notifyer; 1 use the template's flow set in the admin console */
  use_template_approver: 0 | 1;
  /** Approval flow nodes, when use_template_approver is 0 (是 on the page) */
  approver?: Array<{
    /** UserIDs of the node's approvers */
    userid: Array<string>;
    /** For several approvers: 1 any one (或签), 2 all (会签) */
    attr: 1 | 2;
  }>;
  /** UserIDs copied (抄送), when use_template_approver is 0 */
  notifyer?: Array<string>;
  /**
   * When to copy: 1 on submit, 2 once approved, 3 both; when use_template_approver is 0
   * @default 1
   */
  notify_type?: 1 | 2 | 3;
  /** The application's control values (same shape as apply_data in approval.getApprovalDetail) */
  apply_data: {
    /** The form's controls and their values; mandatory controls need a value */
    contents: Array<{
      /** Control type: Text, Textarea, Number, Money, Date, Selector, Contact, Tips, File, Table */
      control: string;
      /** Control id (from approval.getTemplateDetail) */
      id: string;
      /** Control name per language (in the official sample, not in the table) */
      title?: Array<S.In.WorkApprovalLangText>;
      /** The control's value; its members differ per control type (the page's appendix) */
      value: unknown;
    }>;
  };
  /**
   * Summary shown on the notification card and the list, at most 3 lines
   * (items ≤ 3)
   */
  summary_list: Array<{
    /** One summary line */
    summary_info: Array<{
      /** Line text, at most 20 characters */
      text: string;
      /** Display language of the line */
      lang: string;
    }>;
  }>;
}

/** Result of `approval.applyEvent`: Submit an approval application (提交审批申请) */
export type WorkApprovalApplyEventResult = Record<string, unknown>;

/** Params of `approval.copyTemplate`: Copy or update a provider template into a corp (复制/更新模板到企业) */
export interface WorkApprovalCopyTemplateParams {
  /** The provider's approval template id (copied the first time, updated to its latest version later) */
  open_template_id: string;
}

/** Result of `approval.copyTemplate`: Copy or update a provider template into a corp (复制/更新模板到企业) */
export interface WorkApprovalCopyTemplateResult {
  /** The template's id in the corp's approval app (different per corp) */
  template_id: string;
}

/** Params of `approval.createTemplate`: Create an approval template (创建审批模板) */
export interface WorkApprovalCreateTemplateParams {
  /** Template name per language */
  template_name: Array<{
    /** Template name, unique among the corp's templates, at most 40 characters (length ≤ 40) */
    text: string;
    /** Display language, zh_CN (not zh-CN) */
    lang: string;
  }>;
  /** The template's controls */
  template_content?: {
    /** Controls, in display order */
    controls?: Array<S.In.WorkApprovalTemplateControlInput>;
  };
}

/** Result of `approval.createTemplate`: Create an approval template (创建审批模板) */
export interface WorkApprovalCreateTemplateResult {
  /** Id of the new template */
  template_id: string;
}

/** Params of `approval.getApprovalData`: Get approval data, old API (获取审批数据（旧）) */
export interface WorkApprovalGetApprovalDataParams {
  /** Start time (Unix time) */
  starttime: number;
  /** End time (Unix time), after starttime and at most 30 days later */
  endtime: number;
  /** First approval number to return; from the start of the range when left out */
  next_spnum?: string | number;
}

/** Result of `approval.getApprovalData`: Get approval data, old API (获取审批数据（旧）) */
export interface WorkApprovalGetApprovalDataResult {
  /** Approvals returned, at most 100 (page with next_spnum when total is larger) */
  count?: number;
  /** Approvals in the time range */
  total?: number;
  /** Last approval number of this page */
  next_spnum?: string;
  /** The approvals */
  data?: Array<{
    /** Approval name (请假, 报销, or the custom approval's name) */
    spname?: string;
    /** Applicant's name */
    apply_name?: string;
    /** Applicant's department */
    apply_org?: string;
    /** Approvers' names */
    approval_name?: Array<string>;
    /** CC'd members' names */
    notify_name?: Array<string>;
    /** 1 pending, 2 approved, 3 rejected, 4 cancelled, 6 withdrawn after approval, 10 paid */
    sp_status?: 1 | 2 | 3 | 4 | 6 | 10;
    /** Approval number */
    sp_num?: string;
    /** media_ids of the attachments (get them with media.get) */
    mediaids?: Array<string>;
    /** Submission time (Unix time) */
    apply_time?: number;
    /** Submitter's UserID */
    apply_user_id?: string;
    /** Leave data (leave-template approvals only) */
    leave?: {
      /** Time unit: 0 half day, 1 hour */
      timeunit?: 0 | 1;
      /** 1 annual, 2 personal, 3 sick, 4 compensatory, 5 marriage, 6 maternity, 7 paternity, 8 other */
      leave_type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      /** Leave start (Unix time) */
      start_time?: number;
      /** Leave end (Unix time) */
      end_time?: number;
      /** Leave duration, in hours */
      duration?: number;
      /** Leave reason */
      reason?: string;
    };
    /** Expense data (expense-template approvals only) */
    expense?: {
      /** 1 travel, 2 transport, 3 hospitality, 4 other */
      expense_type?: 1 | 2 | 3 | 4;
      /** Expense reason */
      reason?: string;
      /** Expense items (older applications only) */
      item?: Array<{
        /** 1 flight, 2 train, 3 taxi, 4 lodging, 5 meals, 6 gifts, 7 events, 8 telecom, 9 allowance, 10 other */
        expenseitem_type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
        /** When it was spent (Unix time) */
        time?: number;
        /** Amount (the table says in yuan) */
        sums?: number;
        /** Item reason */
        reason?: string;
      }>;
    };
    /** Template data */
    comm?: {
      /** The application's form data, as a JSON text */
      apply_data?: string;
    };
  }>;
}

/** Params of `approval.getApprovalDetail`: Get an approval application (获取审批申请详情) */
export interface WorkApprovalGetApprovalDetailParams {
  /** Approval number */
  sp_no: string | number;
}

/** Result of `approval.getApprovalDetail`: Get an approval application (获取审批申请详情) */
export interface WorkApprovalGetApprovalDetailResult {
  /** The application */
  info?: {
    /** Approval number */
    sp_no?: string;
    /** Application type name (the template's name) */
    sp_name?: string;
    /** 1 pending, 2 approved, 3 rejected, 4 withdrawn, 6 withdrawn after approval, 7 deleted, 10 paid */
    sp_status?: 1 | 2 | 3 | 4 | 6 | 7 | 10;
    /** Template id */
    template_id?: string;
    /** Submission time (Unix time) */
    apply_time?: number;
    /** The applicant */
    applyer?: {
      /** The applicant's UserID */
      userid?: string;
      /** The applicant's department id */
      partyid?: string;
    };
    /** Approval flow nodes */
    sp_record?: Array<{
      /** Node status: 1 pending, 2 approved, 3 rejected, 4 transferred */
      sp_status?: 1 | 2 | 3 | 4;
      /** 1 any one approves (或签), 2 all approve (会签) */
      approverattr?: 1 | 2;
      /** The node's approvers */
      details?: Array<{
        /** The approver */
        approver?: {
          /** The approver's UserID */
          userid?: string;
        };
        /** Approval comment */
        speech?: string;
        /** This approver's status: 1 pending, 2 approved, 3 rejected, 4 transferred */
        sp_status?: 1 | 2 | 3 | 4;
        /** Time of the approver's action (Unix time); 0 when none yet */
        sptime?: number;
        /** media_ids of the comment's attachments (get them with media.get) */
        media_id?: Array<string>;
      }>;
    }>;
    /** CC'd members */
    notifyer?: Array<{
      /** UserID of the CC'd member */
      userid?: string;
    }>;
    /** The application's data */
    apply_data?: {
      /** The form's controls and values */
      contents?: Array<{
        /** Control type: Text, Textarea, Number, Money, Date, Selector, Contact, Tips, File, Table, Attendance, Vacation, PunchCorrection, DateRange */
        control?: string;
        /** Control id */
        id?: string;
        /** Control name per language */
        title?: Array<S.WorkApprovalLangText>;
        /** The value entered; which members are filled depends on the control (the page's appendix) */
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
        };
      }>;
    };
    /** Remarks added to the application */
    comments?: Array<{
      /** Who added the remark */
      commentUserInfo?: {
        /** Their UserID */
        userid?: string;
      };
      /** Remark time (Unix time) */
      commenttime?: number;
      /** Remark text */
      commentcontent?: string;
      /** Remark id */
      commentid?: string;
      /** media_ids of the remark's attachments */
      media_id?: Array<string>;
    }>;
  };
}

/** Params of `approval.getApprovalInfo`: List approval numbers (批量获取审批单号) */
export interface WorkApprovalGetApprovalInfoParams {
  /** Start of the submission time range (Unix time) */
  starttime: string;
  /** End of the submission time range (Unix time); at most 31 days after starttime */
  endtime: string;
  /**
   * Paging cursor: empty at first, then the new_next_cursor returned
   * @default ""
   */
  new_cursor?: string;
  /**
   * Approvals per call, at most 100 (a custom app may get fewer: page until no cursor comes back)
   * (value ≤ 100)
   * @default 100
   */
  size?: number;
  /** Filters: different keys are ANDed, the same key ORed; only department may repeat */
  filters?: Array<{
    /** Filter type: template_id, creator, department, sp_status, record_type (1 leave, 2 punch correction, 3 business trip, 4 outing, 5 overtime, 6 shift swap, 7 meeting room, 8 refund, 9 red-packet expense) */
    key?: "template_id" | "creator" | "department" | "sp_status" | "record_type";
    /** Filter value: template id, applicant UserID, department id, or sp_status (1 pending, 2 approved, 3 rejected, 4 withdrawn, 6 withdrawn after approval, 7 deleted, 10 paid) */
    value?: string;
  }>;
}

/** Result of `approval.getApprovalInfo`: List approval numbers (批量获取审批单号) */
export interface WorkApprovalGetApprovalInfoResult {
  /** Approval numbers matching the filters */
  sp_no_list?: Array<string>;
  /** Cursor for the next call (new_cursor); absent when all were returned */
  new_next_cursor?: string;
  /** Older cursor (for the former cursor param), in the older page's table */
  next_cursor?: number;
}

/** Params of `approval.getOpenApprovalData`: Query the current state of an approval raised from a self-built app (查询自建应用审批单当前状态) */
export interface WorkApprovalGetOpenApprovalDataParams {
  /** Approval number the developer chose when raising it (thirdNo of thirdPartyOpenPage) */
  thirdNo: string;
}

/** Result of `approval.getOpenApprovalData`: Query the current state of an approval raised from a self-built app (查询自建应用审批单当前状态) */
export interface WorkApprovalGetOpenApprovalDataResult {
  /** The approval */
  data?: {
    /** Approval number, as the developer defined it */
    ThirdNo?: string;
    /** Approval template id */
    OpenTemplateId?: string;
    /** Approval template name */
    OpenSpName?: string;
    /** Current state: 1 in approval, 2 approved, 3 rejected, 4 withdrawn */
    OpenSpstatus?: 1 | 2 | 3 | 4;
    /** Submission time (Unix time) */
    ApplyTime?: number;
    /** Submitter's name */
    ApplyUsername?: string;
    /** Submitter's department */
    ApplyUserParty?: string;
    /** Submitter's avatar URL */
    ApplyUserImage?: string;
    /** Submitter's userid */
    ApplyUserId?: string;
    /** Approval flow */
    ApprovalNodes?: {
      /** Approval nodes, in order */
      ApprovalNode?: Array<{
        /** Node state (1 in approval, 2 approved, 3 rejected, 4 transferred) */
        NodeStatus?: number;
        /** How the node decides (1 any approver 或签, 2 all approvers 会签) */
        NodeAttr?: number;
        /** Node kind (1 fixed members, 2 tag, 3 superior) */
        NodeType?: number;
        /** The node's approvers (several branches when the node is a tag or a superior) */
        Items?: {
          /** Approvers */
          Item?: Array<{
            /** Approver's name */
            ItemName?: string;
            /** Approver's department */
            ItemParty?: string;
            /** Approver's avatar URL */
            ItemImage?: string;
            /** Approver's userid */
            ItemUserId?: string;
            /** Branch state */
            ItemStatus?: number;
            /** Approval comment */
            ItemSpeech?: string;
            /** Time of the approver's action (Unix time), 0 if not yet */
            ItemOpTime?: number;
          }>;
        };
      }>;
    };
    /** CC'd members (there may be several) */
    NotifyNodes?: {
      /** CC'd members */
      NotifyNode?: Array<{
        /** CC'd member's name */
        ItemName?: string;
        /** CC'd member's department */
        ItemParty?: string;
        /** CC'd member's avatar URL */
        ItemImage?: string;
        /** CC'd member's userid */
        ItemUserId?: string;
      }>;
    };
    /** Current approval node: 0 the first node, 1 the second, and so on */
    ApproverStep?: number;
  };
}

/** Params of `approval.getTemplateDetail`: Get an approval template (获取审批模板详情) */
export interface WorkApprovalGetTemplateDetailParams {
  /** Template id (from approval details, the status-change callback, or the template's edit-page URL) */
  template_id: string;
}

/** Result of `approval.getTemplateDetail`: Get an approval template (获取审批模板详情) */
export interface WorkApprovalGetTemplateDetailResult {
  /** Template name per language (zh_CN by default) */
  template_names?: Array<S.WorkApprovalLangText>;
  /** The template's controls (模板控件信息) */
  template_content?: {
    /** The template's controls */
    controls?: Array<{
      /** The control's properties */
      property?: {
        /** Control type: Text, Textarea, Number, Money, Date, Selector, Contact, Tips, File, Table, Attendance, Vacation */
        control?: string;
        /** Control id */
        id?: string;
        /** Control name per language */
        title?: Array<S.WorkApprovalLangText>;
        /** Filling hint shown to the applicant, per language */
        placeholder?: Array<S.WorkApprovalLangText>;
        /** 1 mandatory, 0 optional */
        require?: 0 | 1;
        /** 1 not printed, 0 printed */
        un_print?: 0 | 1;
      };
      /** Extra configuration of Date, Selector, Contact, Table and Attendance controls (the page's appendix) */
      config?: {
        /** Selector configuration, as in the official sample */
        selector?: {
          /** From the official sample (single) */
          type?: string;
          /** From the official sample (0) */
          exp_type?: number;
          /** Options, as in the official sample */
          options?: Array<{
            /** Option key, as in the official sample */
            key?: string;
            /** Option text per language */
            value?: Array<S.WorkApprovalLangText>;
          }>;
        };
      };
    }>;
  };
}

/** Params of `approval.updateTemplate`: Update an approval template (更新审批模板) */
export interface WorkApprovalUpdateTemplateParams {
  /** Template id */
  template_id: string;
  /** Template name per language */
  template_name: Array<{
    /** Template name, unique among the corp's templates, at most 40 characters (length ≤ 40) */
    text: string;
    /** Display language, zh_CN (not zh-CN) */
    lang: string;
  }>;
  /** The template's controls */
  template_content?: {
    /** Controls, in display order */
    controls?: Array<S.In.WorkApprovalTemplateControlInput>;
  };
}

/** Result of `approval.updateTemplate`: Update an approval template (更新审批模板) */
export type WorkApprovalUpdateTemplateResult = Record<string, unknown>;
