// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `department.create`: Create a department (创建部门) */
export interface WorkDepartmentCreateParams {
  /**
   * Department name, unique among its siblings; 1 to 32 characters, none of \:*?"<>|
   * (length 1–32)
   */
  name: string;
  /**
   * English name (needs multi-language support turned on); 1 to 32 characters, none of \:*?"<>|
   * (length 1–32)
   */
  name_en?: string;
  /** Parent department id (32-bit) */
  parentid: number;
  /** Sort value within the parent; larger sorts first, range [0, 2^32) */
  order?: number;
  /** Department id (32-bit, greater than 1); generated when left out */
  id?: number;
}

/** Result of `department.create`: Create a department (创建部门) */
export interface WorkDepartmentCreateResult {
  /** The new department's id */
  id: number;
}

/** Params of `department.delete`: Delete a department (删除部门) */
export interface WorkDepartmentDeleteParams {
  /** The department id; the root department and departments with sub-departments or members cannot be deleted */
  id: number;
}

/** Result of `department.delete`: Delete a department (删除部门) */
export type WorkDepartmentDeleteResult = Record<string, unknown>;

/** Params of `department.get`: Get a department's details (获取单个部门详情) */
export interface WorkDepartmentGetParams {
  /** The department id */
  id: number;
}

/** Result of `department.get`: Get a department's details (获取单个部门详情) */
export interface WorkDepartmentGetResult {
  /** The department */
  department: {
    /** Department id */
    id: number;
    /** Department name; custom apps need admin authorization, third-party apps cannot read it */
    name?: string;
    /** English name; custom apps need admin authorization, third-party apps cannot read it */
    name_en?: string;
    /** UserIDs of the department leaders within the app's visible range */
    department_leader?: Array<string>;
    /** Parent department id; the root department is 1 */
    parentid?: number;
    /** Sort value within the parent; larger sorts first, range [0, 2^32) */
    order?: number;
  };
}

/** Params of `department.list`: List departments (获取部门列表) */
export interface WorkDepartmentListParams {
  /** Department id: returns it and all its sub-departments recursively; the whole tree when left out */
  id?: number;
}

/** Result of `department.list`: List departments (获取部门列表) */
export interface WorkDepartmentListResult {
  /** The departments */
  department?: Array<{
    /** Department id */
    id: number;
    /** Department name; custom apps need admin authorization, third-party apps get the id instead */
    name?: string;
    /** English name (not returned to third-party apps) */
    name_en?: string;
    /** UserIDs of the department leaders (部门负责人); third-party apps get it only as contacts-only (通讯录) apps */
    department_leader?: Array<string>;
    /** Parent department id; the root department is 1 */
    parentid?: number;
    /** Sort value within the parent; larger sorts first, range [0, 2^32) */
    order?: number;
  }>;
}

/** Params of `department.simpleList`: List sub-department ids (获取子部门ID列表) */
export interface WorkDepartmentSimpleListParams {
  /** Department id: returns it and all its sub-departments recursively; the whole tree when left out */
  id?: number;
}

/** Result of `department.simpleList`: List sub-department ids (获取子部门ID列表) */
export interface WorkDepartmentSimpleListResult {
  /** The departments */
  department_id?: Array<{
    /** Department id */
    id: number;
    /** Parent department id; the root department is 1 */
    parentid?: number;
    /** Sort value within the parent; larger sorts first, range [0, 2^32) */
    order?: number;
  }>;
}

/** Params of `department.update`: Update a department (更新部门) */
export interface WorkDepartmentUpdateParams {
  /** The department id */
  id: number;
  /**
   * Department name, 1 to 32 characters, none of \:*?"<>|
   * (length 1–32)
   */
  name?: string;
  /**
   * English name (needs multi-language support turned on); 1 to 32 characters, none of \:*?"<>|
   * (length 1–32)
   */
  name_en?: string;
  /** Parent department id (moving needs admin rights on the new parent) */
  parentid?: number;
  /** Sort value within the parent; larger sorts first, range [0, 2^32) */
  order?: number;
}

/** Result of `department.update`: Update a department (更新部门) */
export type WorkDepartmentUpdateResult = Record<string, unknown>;
