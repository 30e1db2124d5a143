// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `linkedCorp.getPermList`: Get the app's visible range in the interconnected corps (获取应用的可见范围) */
export type WorkLinkedCorpGetPermListParams = Record<string, never>;

/** Result of `linkedCorp.getPermList`: Get the app's visible range in the interconnected corps (获取应用的可见范围) */
export interface WorkLinkedCorpGetPermListResult {
  /** Visible members, each CorpId + '/' + USERID */
  userids?: Array<string>;
  /** Visible departments, each linkedid + '/' + department_id */
  department_ids?: Array<string>;
}

/** Params of `linkedCorp.getUser`: Get an interconnected corp member's details (获取互联企业成员详细信息) */
export interface WorkLinkedCorpGetUserParams {
  /** The member, as CorpId/USERID (the form get_perm_list returns) */
  userid: string;
}

/** Result of `linkedCorp.getUser`: Get an interconnected corp member's details (获取互联企业成员详细信息) */
export interface WorkLinkedCorpGetUserResult {
  /** The member */
  user_info?: {
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id): every interconnected-corp department of the member in the app's visible range */
    department?: Array<string>;
    /** Mobile number */
    mobile?: string;
    /** Landline */
    telephone?: string;
    /** Email */
    email?: string;
    /** Job title */
    position?: string;
    /** The member's corpid */
    corpid?: string;
    /** Extended attributes */
    extattr?: S.LinkedCorpExtAttr;
  };
}

/** Params of `linkedCorp.listDepartments`: List an interconnected corp's departments (获取互联企业部门列表) */
export interface WorkLinkedCorpListDepartmentsParams {
  /** The department, as LINKEDID/DEPARTMENTID (from the sample) */
  department_id: string;
}

/** Result of `linkedCorp.listDepartments`: List an interconnected corp's departments (获取互联企业部门列表) */
export interface WorkLinkedCorpListDepartmentsResult {
  /** From the sample */
  department_list?: Array<{
    /** From the sample ("1") */
    department_id?: string;
    /** From the sample */
    department_name?: string;
    /** From the sample ("0") */
    parentid?: string;
    /** From the sample (100000000) */
    order?: number;
  }>;
}

/** Params of `linkedCorp.listSimpleUsers`: List an interconnected corp department's members (获取互联企业部门成员) */
export interface WorkLinkedCorpListSimpleUsersParams {
  /** The department, as LINKEDID/DEPARTMENTID (from the sample) */
  department_id: string;
  /** From the sample (true): whether to include sub-departments' members */
  fetch_child?: boolean;
}

/** Result of `linkedCorp.listSimpleUsers`: List an interconnected corp department's members (获取互联企业部门成员) */
export interface WorkLinkedCorpListSimpleUsersResult {
  /** The members */
  userlist?: Array<{
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id) in the app's visible range */
    department?: Array<string>;
    /** The member's corpid */
    corpid?: string;
  }>;
}

/** Params of `linkedCorp.listUsers`: List an interconnected corp department's members with details (获取互联企业部门成员详情) */
export interface WorkLinkedCorpListUsersParams {
  /** The department, as LINKEDID/DEPARTMENTID */
  department_id: string;
  /** Whether to include sub-departments' members (as on simplelist) */
  fetch_child?: boolean;
}

/** Result of `linkedCorp.listUsers`: List an interconnected corp department's members with details (获取互联企业部门成员详情) */
export interface WorkLinkedCorpListUsersResult {
  /** The members */
  userlist?: Array<{
    /** Member UserID, unique in its corp, case-insensitive, 1 to 64 bytes */
    userid?: string;
    /** Member's real name */
    name?: string;
    /** Department ids (LINKEDID/id) in the app's visible range */
    department?: Array<string>;
    /** Mobile number */
    mobile?: string;
    /** Landline */
    telephone?: string;
    /** Email */
    email?: string;
    /** Job title */
    position?: string;
    /** The member's corpid */
    corpid?: string;
    /** Extended attributes */
    extattr?: S.LinkedCorpExtAttr;
  }>;
}
