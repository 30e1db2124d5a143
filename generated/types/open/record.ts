// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `record.getAppealRecords`: Get the appeal records of a violation (获取小程序申诉记录 getAppealRecords) */
export interface OpenRecordGetAppealRecordsParams {
  /** Violation record id (from record.getIllegalRecords) */
  illegal_record_id: string;
}

/** Result of `record.getAppealRecords`: Get the appeal records of a violation (获取小程序申诉记录 getAppealRecords) */
export interface OpenRecordGetAppealRecordsResult {
  /** Appeal records */
  records?: Array<{
    /** Appeal id */
    appeal_record_id?: number;
    /** Time of the appeal */
    appeal_time?: number;
    /** Number of appeals */
    appeal_count?: number;
    /** Who appealed: 0 the user, 1 the service provider */
    appeal_from?: 0 | 1;
    /** 1 being processed, 2 accepted, 3 rejected, 4 withdrawn */
    appeal_status?: 1 | 2 | 3 | 4;
    /** Time of the decision */
    audit_time?: number;
    /** Reason of the decision */
    audit_reason?: string;
    /** Description of the penalty reason */
    punish_description?: string;
    /** Violation material and appeal material */
    materials?: Array<{
      /** Violation material */
      illegal_material?: {
        /** Content in violation */
        content?: string;
        /** Link to the content in violation */
        content_url?: string;
      };
      /** Appeal material (for the violation material) */
      appeal_material?: {
        /** Reason of the appeal */
        reason?: string;
        /** Proof material ids (download them with the temporary-media API) */
        proof_material_ids?: Array<string>;
      };
    }>;
  }>;
}

/** Params of `record.getIllegalRecords`: Get the Mini Program's violation penalty records (获取小程序违规处罚记录 getIllegalRecords) */
export interface OpenRecordGetIllegalRecordsParams {
  /** Start of the period (Unix time); left out: the 90 days before end_time (neither given: the last 90 days) */
  start_time?: number;
  /** End of the period (Unix time); left out: the 90 days after start_time */
  end_time?: number;
}

/** Result of `record.getIllegalRecords`: Get the Mini Program's violation penalty records (获取小程序违规处罚记录 getIllegalRecords) */
export interface OpenRecordGetIllegalRecordsResult {
  /** Violation penalty records */
  records?: Array<{
    /** Record id (for record.getAppealRecords) */
    illegal_record_id?: string;
    /** Time of the penalty (Unix time) */
    create_time?: number;
    /** Reason of the violation */
    illegal_reason?: string;
    /** Content in violation */
    illegal_content?: string;
    /** Link to the rule */
    rule_url?: string;
    /** Name of the rule broken */
    rule_name?: string;
  }>;
}
