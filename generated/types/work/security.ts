// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `security.getFileOperRecord`: List file operations under file leak prevention (文件防泄漏 - 获取文件操作记录) */
export interface WorkSecurityGetFileOperRecordParams {
  /** Start time (Unix seconds) */
  start_time: number;
  /** End time (Unix seconds); at most 14 days after start_time */
  end_time: number;
  /**
   * UserIDs of the operators to query, at most 100
   * (items ≤ 100)
   */
  userid_list?: Array<string>;
  /** Filter by operation (Operation structure) */
  operation?: {
    /** Operation type: 101 upload, 102 new folder, 103 download, 104 update, 105 star, 106 move, 107 copy, 108 rename, 109 delete, 110 restore, 111 delete permanently, 112 forward to WeCom, 113 download via link, 114 get share link, 115 change share link, 116 close share link, 117 favourite, 118 new doc, 119 new sheet, 121 open, 124 export, 127 add file member, 128 change member permission, 129 remove file member, 130 set watermark, 131 change internal permission, 132 change external permission, 133 add shortcut, 134 forward to WeChat, 135 preview, 136 permission management, 139 security settings, 140 share by mail, 142 hand over a departed member's files, 10001 approve download request, 10002 reject download request */
    type?: number;
    /** Source of an upload or download: 401 chat, 402 mail, 403 doc, 404 WeDrive, 405 calendar */
    source?: number;
  };
  /** Cursor returned by the previous call; empty on the first call */
  cursor?: string;
  /**
   * Maximum records to return, at most 1000
   * (value ≤ 1000)
   */
  limit?: number;
}

/** Result of `security.getFileOperRecord`: List file operations under file leak prevention (文件防泄漏 - 获取文件操作记录) */
export interface WorkSecurityGetFileOperRecordResult {
  /** Whether more records remain */
  has_more?: boolean;
  /** Only when has_more is true: pass it as cursor to get the next page */
  next_cursor?: string;
  /** Operation records (records of users outside the app's visible range are filtered out) */
  record_list?: Array<{
    /** Operation time */
    time?: number;
    /** Operator's UserID, when the operator is a member of the corp */
    userid?: string;
    /** Operator outside the corp (ExternalUser structure) */
    external_user?: {
      /** 1 WeChat user, 2 WeCom user */
      type?: 1 | 2;
      /** User name */
      name?: string;
      /** Corp name, for WeCom users */
      corp_name?: string;
    };
    /** Operation structure */
    operation?: {
      /** Operation type (see the request's operation.type) */
      type?: number;
      /** Source of an upload or download: 401 chat, 402 mail, 403 doc, 404 WeDrive, 405 calendar */
      source?: number;
    };
    /** Description of the file operation */
    file_info?: string;
    /** File size in bytes */
    file_size?: number;
    /** MD5 of the file */
    file_md5?: string;
    /** Applicant's name, for approve/reject download request records */
    applicant_name?: string;
    /** Downloads only: 1 trusted corp device, 2 trusted personal device */
    device_type?: 1 | 2;
    /** Device code (downloads only) */
    device_code?: string;
  }>;
}

/** Params of `security.getScreenOperRecord`: List screenshot and screen-recording operations (截屏/录屏管理 - 获取截屏/录屏操作记录) */
export interface WorkSecurityGetScreenOperRecordParams {
  /** Start time (Unix seconds) */
  start_time: number;
  /** End time (Unix seconds); at most 14 days after start_time */
  end_time: number;
  /**
   * UserIDs of the operators, at most 100, within the app's visible range
   * (items ≤ 100)
   */
  userid_list?: Array<string>;
  /**
   * Department ids of the operators, at most 100, within the app's visible range
   * (items ≤ 100)
   */
  department_id_list?: Array<number>;
  /** Content captured (all when unset): 1 chat, 2 contacts, 3 mail, 4 file, 5 calendar, 6 other */
  screen_shot_type?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Cursor returned by the previous call; empty on the first call */
  cursor?: string;
  /**
   * Maximum records to return, at most 1000
   * (value ≤ 1000)
   */
  limit?: number;
}

/** Result of `security.getScreenOperRecord`: List screenshot and screen-recording operations (截屏/录屏管理 - 获取截屏/录屏操作记录) */
export interface WorkSecurityGetScreenOperRecordResult {
  /** Whether more records remain */
  has_more?: boolean;
  /** Pass as cursor to get the next page */
  next_cursor?: string;
  /** Records (users outside the app's visible range are filtered out) */
  record_list?: Array<{
    /** Operation time */
    time?: number;
    /** The member's UserID */
    userid?: string;
    /** The member's department id */
    department_id?: number;
    /** Content captured: 1 chat, 2 contacts, 3 mail, 4 file, 5 calendar, 6 other */
    screen_shot_type?: number;
    /** Description of the captured content */
    screen_shot_content?: string;
    /** The member's operating system (iOS, iPad, ...) */
    system?: string;
  }>;
}

/** Params of `security.getServerDomainIp`: Get the domains and IPs WeCom uses (获取企业微信域名IP信息) */
export type WorkSecurityGetServerDomainIpParams = Record<string, never>;

/** Result of `security.getServerDomainIp`: Get the domains and IPs WeCom uses (获取企业微信域名IP信息) */
export interface WorkSecurityGetServerDomainIpResult {
  /** Domains */
  domain_list?: Array<{
    /** Domain */
    domain?: string;
    /** Wildcard (parent) domain (the API spells the key universal_domian) */
    universal_domian?: string;
    /** Protocol, as TCP or UDP */
    protocol?: string;
    /** Ports */
    port?: Array<number>;
    /** 1 when necessary, 0 otherwise */
    is_necessary?: 0 | 1;
    /** Features that use the domain */
    description?: string;
  }>;
  /** IPs */
  ip_list?: Array<{
    /** IP address */
    ip?: string;
    /** Protocol, as TCP or UDP */
    protocol?: string;
    /** Ports */
    port?: Array<number>;
    /** 1 when necessary, 0 otherwise */
    is_necessary?: 0 | 1;
    /** Features that use the IP */
    description?: string;
  }>;
}

/** Params of `security.listAdminOperLogs`: List admin console operation logs (获取管理端操作日志) */
export interface WorkSecurityListAdminOperLogsParams {
  /** Start time (Unix seconds), not earlier than 180 days ago */
  start_time: number;
  /** End time (Unix seconds), after start_time and before now; at most 7 days after start_time */
  end_time: number;
  /** Operation type (all when unset): 2 permissions, 3 members and departments, 7 other, 8 apps, 11 contacts and chat management, 12 corp info, 13 external contacts */
  oper_type?: number;
  /** Operator's UserID */
  userid?: string;
  /** Paging cursor; empty for the first page */
  cursor?: string;
  /**
   * Maximum records (1 to 400); pages may hold fewer, use has_more
   * (value 1–400)
   * @default 400
   */
  limit?: number;
}

/** Result of `security.listAdminOperLogs`: List admin console operation logs (获取管理端操作日志) */
export interface WorkSecurityListAdminOperLogsResult {
  /** Whether more records remain */
  has_more?: boolean;
  /** Cursor of the next page */
  next_cursor?: string;
  /** Operation records */
  record_list?: Array<{
    /** Operation time */
    time?: number;
    /** Operator's UserID */
    userid?: string;
    /** Operation type (see oper_type) */
    oper_type?: number;
    /** Operation behaviour (the page's table of behaviour types) */
    detail_type?: number;
    /** Related data */
    detail_info?: string;
    /** Operator's IP */
    ip?: string;
  }>;
}

/** Params of `security.listMemberOperLogs`: List member operation records (获取成员操作记录) */
export interface WorkSecurityListMemberOperLogsParams {
  /** Start time (Unix seconds), not earlier than 180 days ago */
  start_time: number;
  /** End time (Unix seconds), after start_time and before now; at most 7 days after start_time */
  end_time: number;
  /** Operation type (all when unset): 1 add external contact, 2 delete external contact, 3 mark corp customer, 4 new device login, 5 change mobile, 6 bind WeChat, 7 rebind WeChat, 8 invite member, 9 login banned, 11 change nickname, 12 change name, 13 secondary device login, 15 confirm advanced-feature order, 16 app change, 17 confirm chat archive order, 20 interop banned, 21 lock device */
  oper_type?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 11 | 12 | 13 | 15 | 16 | 17 | 20 | 21;
  /** Filter by operator UserID (within the app's visible range) */
  userid?: string;
  /** Paging cursor; empty for the first page */
  cursor?: string;
  /**
   * Maximum records (1 to 400); pages may hold fewer, use has_more
   * (value 1–400)
   * @default 400
   */
  limit?: number;
}

/** Result of `security.listMemberOperLogs`: List member operation records (获取成员操作记录) */
export interface WorkSecurityListMemberOperLogsResult {
  /** Whether more records remain */
  has_more?: boolean;
  /** Cursor of the next page */
  next_cursor?: string;
  /** Operation records */
  record_list?: Array<{
    /** Operation time */
    time?: number;
    /** Operator's UserID */
    userid?: string;
    /** Operation type (see oper_type) */
    oper_type?: number;
    /** Related data */
    detail_info?: string;
    /** Operator's IP */
    ip?: string;
  }>;
}

/** Params of `security.trustDevice.approve`: Confirm devices as trusted (确认为可信设备) */
export interface WorkSecurityTrustDeviceApproveParams {
  /**
   * Device codes awaiting admin confirmation (status 3 or 4), at most 100 a call
   * (items ≤ 100)
   */
  device_code_list: Array<string>;
}

/** Result of `security.trustDevice.approve`: Confirm devices as trusted (确认为可信设备) */
export interface WorkSecurityTrustDeviceApproveResult {
  /** Codes of the devices confirmed */
  success_list?: Array<string>;
  /** Codes of the devices that failed */
  fail_list?: Array<string>;
}

/** Params of `security.trustDevice.delete`: Delete device records (删除设备信息) */
export interface WorkSecurityTrustDeviceDeleteParams {
  /** Kind of the devices: 1 trusted corp devices, 2 unknown devices, 3 trusted personal devices */
  type: 1 | 2 | 3;
  /**
   * Device codes (at most 100 a call)
   * (items ≤ 100)
   */
  device_code_list: Array<string>;
}

/** Result of `security.trustDevice.delete`: Delete device records (删除设备信息) */
export type WorkSecurityTrustDeviceDeleteResult = Record<string, unknown>;

/** Params of `security.trustDevice.getByUser`: List the devices a member last logged in on (获取成员使用设备) */
export interface WorkSecurityTrustDeviceGetByUserParams {
  /** UserID of the member who last logged in */
  last_login_userid: string;
  /** Devices to list: 1 trusted corp devices, 2 unknown devices, 3 trusted personal devices */
  type: 1 | 2 | 3;
}

/** Result of `security.trustDevice.getByUser`: List the devices a member last logged in on (获取成员使用设备) */
export interface WorkSecurityTrustDeviceGetByUserResult {
  /** Devices */
  device_list?: Array<S.WorkTrustDevice>;
}

/** Params of `security.trustDevice.import`: Import trusted corp devices (导入可信企业设备) */
export interface WorkSecurityTrustDeviceImportParams {
  /**
   * Devices to import (at most 100 a call)
   * (items ≤ 100)
   */
  device_list: Array<{
    /** Device type: Windows or Mac */
    system: "Windows" | "Mac";
    /** MAC addresses; required for Windows, optional for Mac; at most 100 (items ≤ 100) */
    mac_addr?: Array<string>;
    /** Motherboard UUID (Windows, optional) */
    motherboard_uuid?: string;
    /** Hard disk serial numbers (Windows, optional), at most 100 (items ≤ 100) */
    harddisk_uuid?: Array<string>;
    /** Windows domain (optional) */
    domain?: string;
    /** Windows computer name (optional) */
    pc_name?: string;
    /** Mac serial number; required for Mac */
    seq_no?: string;
  }>;
}

/** Result of `security.trustDevice.import`: Import trusted corp devices (导入可信企业设备) */
export interface WorkSecurityTrustDeviceImportResult {
  /** One result per device */
  result?: Array<{
    /** Position of the device in the request, from 1 */
    device_index?: number;
    /** Device code, only for devices imported successfully */
    device_code?: string;
    /** 1 imported, 2 already imported, 3 unsupported device, 4 malformed data */
    status?: 1 | 2 | 3 | 4;
  }>;
}

/** Params of `security.trustDevice.list`: List devices by type (获取设备信息) */
export interface WorkSecurityTrustDeviceListParams {
  /** Paging cursor */
  cursor?: string;
  /** Devices to list: 1 trusted corp devices, 2 unknown devices, 3 trusted personal devices */
  type: 1 | 2 | 3;
  /**
   * Maximum records, at most 100 (default 100)
   * (value ≤ 100)
   * @default 100
   */
  limit?: number;
}

/** Result of `security.trustDevice.list`: List devices by type (获取设备信息) */
export interface WorkSecurityTrustDeviceListResult {
  /** Devices */
  device_list?: Array<S.WorkTrustDevice>;
  /** Cursor of the next page; empty when there is no more data */
  next_cursor?: string;
}

/** Params of `security.trustDevice.reject`: Reject trusted-device declarations (驳回可信设备申请) */
export interface WorkSecurityTrustDeviceRejectParams {
  /**
   * Device codes awaiting admin confirmation (status 3 or 4), at most 100 a call
   * (items ≤ 100)
   */
  device_code_list: Array<string>;
}

/** Result of `security.trustDevice.reject`: Reject trusted-device declarations (驳回可信设备申请) */
export interface WorkSecurityTrustDeviceRejectResult {
  /** Codes of the devices rejected */
  success_list?: Array<string>;
  /** Codes of the devices that failed */
  fail_list?: Array<string>;
}

/** Params of `security.vip.getBatchAddJobResult`: Get the result of an advanced-feature assignment job (查询分配高级功能账号结果) */
export interface WorkSecurityVipGetBatchAddJobResultParams {
  /** Id of the assignment job */
  jobid: string;
}

/** Result of `security.vip.getBatchAddJobResult`: Get the result of an advanced-feature assignment job (查询分配高级功能账号结果) */
export interface WorkSecurityVipGetBatchAddJobResultResult {
  /** Job result */
  job_result?: {
    /** Members assigned, including those assigned before */
    succ_userid_list?: Array<string>;
    /** Members that failed */
    fail_userid_list?: Array<string>;
  };
}

/** Params of `security.vip.getBatchDelJobResult`: Get the result of an advanced-feature revocation job (查询取消高级功能账号结果) */
export interface WorkSecurityVipGetBatchDelJobResultParams {
  /** Id of the revocation job */
  jobid: string;
}

/** Result of `security.vip.getBatchDelJobResult`: Get the result of an advanced-feature revocation job (查询取消高级功能账号结果) */
export interface WorkSecurityVipGetBatchDelJobResultResult {
  /** Job result */
  job_result?: {
    /** Members revoked */
    succ_userid_list?: Array<string>;
    /** Members that failed */
    fail_userid_list?: Array<string>;
  };
}

/** Params of `security.vip.list`: List advanced-feature accounts (获取高级功能账号列表) */
export interface WorkSecurityVipListParams {
  /** Paging cursor from the previous call; empty on the first call */
  cursor?: string;
  /**
   * Page size (default 100, at most 200); pages may hold fewer, use has_more
   * (value ≤ 200)
   * @default 100
   */
  limit?: number;
}

/** Result of `security.vip.list`: List advanced-feature accounts (获取高级功能账号列表) */
export interface WorkSecurityVipListResult {
  /** Whether more data remains */
  has_more?: boolean;
  /** Cursor for the next call */
  next_cursor?: string;
  /** UserIDs of the members with advanced features */
  userid_list?: Array<string>;
}

/** Params of `security.vip.submitBatchAddJob`: Assign advanced-feature accounts, as a job (分配高级功能账号) */
export interface WorkSecurityVipSubmitBatchAddJobParams {
  /**
   * UserIDs of the members to get the advanced features, at most 100
   * (items ≤ 100)
   */
  userid_list: Array<string>;
}

/** Result of `security.vip.submitBatchAddJob`: Assign advanced-feature accounts, as a job (分配高级功能账号) */
export interface WorkSecurityVipSubmitBatchAddJobResult {
  /** Id of the assignment job */
  jobid?: string;
  /** Invalid UserIDs (outside the app's visible range or unknown) */
  invalid_userid_list?: Array<string>;
}

/** Params of `security.vip.submitBatchDelJob`: Revoke advanced-feature accounts, as a job (取消高级功能账号) */
export interface WorkSecurityVipSubmitBatchDelJobParams {
  /**
   * UserIDs of the members to lose the advanced features, at most 100
   * (items ≤ 100)
   */
  userid_list: Array<string>;
}

/** Result of `security.vip.submitBatchDelJob`: Revoke advanced-feature accounts, as a job (取消高级功能账号) */
export interface WorkSecurityVipSubmitBatchDelJobResult {
  /** Id of the revocation job */
  jobid?: string;
  /** Invalid UserIDs (outside the app's visible range or unknown) */
  invalid_userid_list?: Array<string>;
}
