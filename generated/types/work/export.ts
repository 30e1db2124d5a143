// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `export.department`: Export departments (导出部门) */
export interface WorkExportDepartmentParams {
  /**
   * Base64 of the 32-byte AES key (43 characters of a-z, A-Z, 0-9); files are AES-256-CBC, PKCS#7, IV = first 16 key bytes
   * (length 43–43)
   */
  encoding_aeskey: string;
  /**
   * Records per data block, 10^4 to 10^6
   * (value 10000–1000000)
   * @default 1000000
   */
  block_size?: number;
}

/** Result of `export.department`: Export departments (导出部门) */
export interface WorkExportDepartmentResult {
  /** Job id, for export.getResult */
  jobid: string;
}

/** Params of `export.getResult`: Get an export job's result (获取导出结果) */
export interface WorkExportGetResultParams {
  /** Job id returned by the export call (same caller identity required) */
  jobid: string;
}

/** Result of `export.getResult`: Get an export job's result (获取导出结果) */
export interface WorkExportGetResultResult {
  /** 0 not started, 1 running, 2 done, 3 failed */
  status?: 0 | 1 | 2 | 3;
  /** The encrypted data files */
  data_list?: Array<{
    /** Download URL (Range requests allowed), valid for 2 hours */
    url?: string;
    /** Size of the encrypted data */
    size?: number;
    /** MD5 of the encrypted data */
    md5?: string;
  }>;
}

/** Params of `export.simpleUser`: Export members (导出成员) */
export interface WorkExportSimpleUserParams {
  /**
   * Base64 of the 32-byte AES key (43 characters of a-z, A-Z, 0-9); files are AES-256-CBC, PKCS#7, IV = first 16 key bytes
   * (length 43–43)
   */
  encoding_aeskey: string;
  /**
   * Members per data block, 10^4 to 10^6
   * (value 10000–1000000)
   * @default 1000000
   */
  block_size?: number;
}

/** Result of `export.simpleUser`: Export members (导出成员) */
export interface WorkExportSimpleUserResult {
  /** Job id, for export.getResult */
  jobid: string;
}

/** Params of `export.tagUser`: Export a tag's members (导出标签成员) */
export interface WorkExportTagUserParams {
  /** The tag to export (needs read access to it) */
  tagid: number;
  /**
   * Base64 of the 32-byte AES key (43 characters of a-z, A-Z, 0-9); files are AES-256-CBC, PKCS#7, IV = first 16 key bytes
   * (length 43–43)
   */
  encoding_aeskey: string;
  /**
   * Members plus departments per data block, 10^4 to 10^6
   * (value 10000–1000000)
   * @default 1000000
   */
  block_size?: number;
}

/** Result of `export.tagUser`: Export a tag's members (导出标签成员) */
export interface WorkExportTagUserResult {
  /** Job id, for export.getResult */
  jobid: string;
}

/** Params of `export.user`: Export members with details (导出成员详情) */
export interface WorkExportUserParams {
  /**
   * Base64 of the 32-byte AES key (43 characters of a-z, A-Z, 0-9); files are AES-256-CBC, PKCS#7, IV = first 16 key bytes
   * (length 43–43)
   */
  encoding_aeskey: string;
  /**
   * Members per data block, 10^4 to 10^6
   * (value 10000–1000000)
   * @default 1000000
   */
  block_size?: number;
}

/** Result of `export.user`: Export members with details (导出成员详情) */
export interface WorkExportUserResult {
  /** Job id, for export.getResult */
  jobid: string;
}
