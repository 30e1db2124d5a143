// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `advancedFeature.getApplyIdList`: List the ids of members' advanced-feature applications (批量获取申请单ID) */
export interface WorkAdvancedFeatureGetApplyIdListParams {
  /** Advanced account type applied for: 1 mail, 2 docs, 3 WeDrive, 4 meetings */
  business_type: 1 | 2 | 3 | 4;
  /** UserID of the applicant */
  userid?: string;
  /**
   * Page size (default 100, at most 200); pages may hold fewer, use has_more
   * (value ≤ 200)
   * @default 100
   */
  limit?: number;
  /** Paging cursor from the previous call; empty on the first call */
  cursor?: string;
  /**
   * 0 all (default), 1 API applications only, 2 non-API applications
   * @default 0
   */
  req_type?: 0 | 1 | 2;
}

/** Result of `advancedFeature.getApplyIdList`: List the ids of members' advanced-feature applications (批量获取申请单ID) */
export interface WorkAdvancedFeatureGetApplyIdListResult {
  /** Cursor of the next page */
  next_cursor?: string;
  /** Application ids */
  apply_id_list?: Array<string>;
  /** Whether more data remains */
  has_more?: boolean;
}

/** Params of `advancedFeature.getApprovalInfo`: Get the details of an advanced-feature application (获取申请单详细信息) */
export interface WorkAdvancedFeatureGetApprovalInfoParams {
  /** Application id */
  apply_id: string;
}

/** Result of `advancedFeature.getApprovalInfo`: Get the details of an advanced-feature application (获取申请单详细信息) */
export interface WorkAdvancedFeatureGetApprovalInfoResult {
  /** The application */
  approval_info?: {
    /** Applicant's UserID */
    applicant?: string;
    /** Creation time (Unix seconds) */
    create_time?: number;
    /** Advanced account type: 1 mail, 2 docs, 3 WeDrive, 4 meetings */
    business_type?: 1 | 2 | 3 | 4;
    /** Application id */
    apply_id?: string;
    /** Approval id in the self-built app */
    approval_id?: string;
    /** URL of the approval in the self-built app */
    approval_url?: string;
    /** 1 approving, 2 rejected by the approver, 3 approved by the approver, 4 rejected by the admin, 5 assigned by the admin, 0 historical application without process data */
    approval_status?: 0 | 1 | 2 | 3 | 4 | 5;
    /** 0 default application, 1 custom approval, 2 corp open API */
    approval_type?: 0 | 1 | 2;
    /** Reason given by the applicant */
    request_reason?: string;
  };
}

/** Params of `advancedFeature.setApprovalDetail`: Set the approval state of an advanced-feature application (设置审批单审批信息) */
export interface WorkAdvancedFeatureSetApprovalDetailParams {
  /** Application id */
  apply_id: string;
  /** Approval id; once the app has set it, approval id and application id are bound one to one */
  approval_id: string;
  /** Approval status: 1 approving, 2 rejected, 3 approved, 101 withdrawn */
  approval_status: 1 | 2 | 3 | 101;
  /** URL of the approval, starting with http:// or https:// */
  approval_url: string;
  /** Approval process */
  process_list?: {
    /** Approval nodes; to change them, send every node */
    node_list?: Array<{
      /** Node status: 1 approving, 2 rejected, 3 approved, 101 withdrawn, 102 not reached yet */
      node_apv_status?: 1 | 2 | 3 | 101 | 102;
      /** How several approvers decide: 1 all (会签), 2 any (或签), 3 in turn */
      node_apv_rel?: 1 | 2 | 3;
      /** UserIDs of the pending approvers, at most 100 (pending and completed may not both be empty) (items ≤ 100) */
      current_approvers?: Array<string>;
      /** UserIDs of the approvers who have decided */
      completed_approvers?: Array<string>;
      /** Update time of the node (Unix seconds) */
      apv_update_time?: number;
    }>;
  };
}

/** Result of `advancedFeature.setApprovalDetail`: Set the approval state of an advanced-feature application (设置审批单审批信息) */
export type WorkAdvancedFeatureSetApprovalDetailResult = Record<string, unknown>;
