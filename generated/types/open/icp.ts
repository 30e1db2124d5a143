// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `icp.applyFiling`: Apply for the Mini Program's ICP filing (申请小程序备案 applyIcpFiling) */
export interface OpenIcpApplyFilingParams {
  /** Filing subject (备案主体信息) */
  icp_subject: S.In.IcpSubject;
  /** The Mini Program's information (微信小程序信息) */
  icp_applets: S.In.IcpApplets;
  /** Other filing materials (其他备案媒体材料) */
  icp_materials: S.In.IcpMaterials;
}

/** Result of `icp.applyFiling`: Apply for the Mini Program's ICP filing (申请小程序备案 applyIcpFiling) */
export interface OpenIcpApplyFilingResult {
  /** Field check errors, when the application is refused */
  hints?: Array<{
    /** Field check error code */
    errcode?: number;
    /** Check failure message, e.g. 缺少必填字段 */
    errmsg?: string;
    /** Field that failed the check, e.g. icp_subject.principal_info.certificate_photo_front */
    err_field?: string;
  }>;
}

/** Params of `icp.cancelApplyFiling`: Withdraw the Mini Program's ICP filing application in progress (撤回小程序备案申请 cancelApplyIcpFiling) */
export type OpenIcpCancelApplyFilingParams = Record<string, never>;
/** Result of `icp.cancelApplyFiling`: Withdraw the Mini Program's ICP filing application in progress (撤回小程序备案申请 cancelApplyIcpFiling) */
export type OpenIcpCancelApplyFilingResult = Record<string, unknown>;

/** Params of `icp.cancelFiling`: Cancel the Mini Program's completed ICP filing (注销小程序备案 cancelIcpfiling) */
export interface OpenIcpCancelFilingParams {
  /** What to cancel: 1 the subject (注销主体), 2 the Mini Program (注销小程序), 3 the WeChat Mini Program (注销微信小程序) */
  cancel_type: 1 | 2 | 3;
  /** Reason: 1 the Mini Program is no longer run, 2 the subject's information changed and it must be filed again */
  reason_type?: 1 | 2;
}

/** Result of `icp.cancelFiling`: Cancel the Mini Program's completed ICP filing (注销小程序备案 cancelIcpfiling) */
export type OpenIcpCancelFilingResult = Record<string, unknown>;

/** Params of `icp.createVerifyTask`: Start face verification of the Mini Program's administrator for ICP filing (发起小程序管理员人脸核身 createIcpVerifyTask) */
export interface OpenIcpCreateVerifyTaskParams {
  /**
   * true for the combined verification (认证) and filing flow; false (default) for filing only
   * @default false
   */
  along_with_auth?: boolean;
}

/** Result of `icp.createVerifyTask`: Start face verification of the Mini Program's administrator for ICP filing (发起小程序管理员人脸核身 createIcpVerifyTask) */
export interface OpenIcpCreateVerifyTaskResult {
  /** Face verification task id (valid 3 days; 1 day when along_with_auth is true) */
  task_id?: string;
  /** Face verification task URL, returned when along_with_auth is true */
  verify_url?: string;
}

/** Params of `icp.getEntranceInfo`: Get the Mini Program's ICP filing state and the reasons of a rejection (获取小程序备案状态及驳回原因 getIcpEntranceInfo) */
export type OpenIcpGetEntranceInfoParams = Record<string, never>;

/** Result of `icp.getEntranceInfo`: Get the Mini Program's ICP filing state and the reasons of a rejection (获取小程序备案状态及驳回原因 getIcpEntranceInfo) */
export interface OpenIcpGetEntranceInfoResult {
  /** Filing state */
  info?: {
    /** Filing state: 2 platform review, 3 rejected by the platform, 4 authority (管局) review, 5 rejected by the authority, 6 filed, 1024 not filed, 1025 not filed and … (more values on the page) */
    status?: number;
    /** Whether a cancellation of the filing is in progress */
    is_canceling?: boolean;
    /** Rejection reasons, when the filing was rejected */
    audit_data?: Array<{
      /** Chinese name of the rejected field */
      key_name?: string;
      /** Why the field was rejected */
      error?: string;
      /** How to fix it */
      suggest?: string;
    }>;
    /** Whether the filing entrance is open to this Mini Program (0 no, 1 yes); an application can only be made when open */
    available?: 0 | 1;
    /** Authority SMS check, only meaningful when status is 4: 1 waiting, 2 done, 3 timed out */
    sms_verify_status?: 1 | 2 | 3;
  };
}

/** Params of `icp.getMedia`: Download an uploaded ICP filing image or video (获取小程序备案媒体材料 getIcpMedia) */
export interface OpenIcpGetMediaParams {
  /** media_id returned by icp.uploadMedia */
  media_id: string;
}

/** Params of `icp.getOnlineOrder`: Get the Mini Program's completed ICP filing (获取小程序已备案详情 getOnlineIcpOrder) */
export type OpenIcpGetOnlineOrderParams = Record<string, never>;

/** Result of `icp.getOnlineOrder`: Get the Mini Program's completed ICP filing (获取小程序已备案详情 getOnlineIcpOrder) */
export interface OpenIcpGetOnlineOrderResult {
  /** Filing subject, without the image and video media */
  icp_subject?: S.IcpSubject;
  /** The Mini Program's filing information, without the image and video media (the table says objarray; the sample returns an object) */
  icp_applets?: S.IcpApplets;
}

/** Params of `icp.queryCertificateTypes`: Get the certificate types for ICP filing (获取证件类型 queryIcpCertificateTypes) */
export type OpenIcpQueryCertificateTypesParams = Record<string, never>;

/** Result of `icp.queryCertificateTypes`: Get the certificate types for ICP filing (获取证件类型 queryIcpCertificateTypes) */
export interface OpenIcpQueryCertificateTypesResult {
  /** Certificate types (updated from time to time: do not hard-code) */
  items?: Array<{
    /** Certificate type id */
    type?: number;
    /** Subject type (单位性质) this certificate type belongs to */
    subject_type?: number;
    /** Certificate name */
    name?: string;
    /** Remark */
    remark?: string;
  }>;
}

/** Params of `icp.queryDistrictCode`: Get the province, city and district codes for ICP filing (获取区域信息 queryIcpDistrictCode) */
export type OpenIcpQueryDistrictCodeParams = Record<string, never>;

/** Result of `icp.queryDistrictCode`: Get the province, city and district codes for ICP filing (获取区域信息 queryIcpDistrictCode) */
export interface OpenIcpQueryDistrictCodeResult {
  /** Areas usable for filing (updated from time to time; Hong Kong, Macao and Taiwan are not returned) */
  items?: Array<{
    /** Area level: 1 province, 2 city, 3 district */
    type?: 1 | 2 | 3;
    /** Area code */
    code?: number;
    /** Area name */
    name?: string;
    /** Areas one level down */
    sub_list?: Array<{
      /** Area level: 1 province, 2 city, 3 district */
      type?: 1 | 2 | 3;
      /** Area code */
      code?: number;
      /** Area name */
      name?: string;
      /** Areas one level down */
      sub_list?: Array<{
        /** Area level: 1 province, 2 city, 3 district */
        type?: 1 | 2 | 3;
        /** Area code */
        code?: number;
        /** Area name */
        name?: string;
      }>;
    }>;
  }>;
}

/** Params of `icp.queryNrlxTypes`: Get the pre-approval item types for ICP filing (获取前置审批项类型 queryIcpNrlxTypes) */
export type OpenIcpQueryNrlxTypesParams = Record<string, never>;

/** Result of `icp.queryNrlxTypes`: Get the pre-approval item types for ICP filing (获取前置审批项类型 queryIcpNrlxTypes) */
export interface OpenIcpQueryNrlxTypesResult {
  /** Pre-approval item types (updated from time to time: do not hard-code) */
  items?: Array<{
    /** Pre-approval item type id */
    type?: number;
    /** Name */
    name?: string;
  }>;
}

/** Params of `icp.queryServiceContentTypes`: Get the Mini Program service content types for ICP filing (获取小程序服务内容类型 queryIcpServiceContentTypes) */
export type OpenIcpQueryServiceContentTypesParams = Record<string, never>;

/** Result of `icp.queryServiceContentTypes`: Get the Mini Program service content types for ICP filing (获取小程序服务内容类型 queryIcpServiceContentTypes) */
export interface OpenIcpQueryServiceContentTypesResult {
  /** Service content types (updated from time to time: do not hard-code); the filing takes second-level types only */
  items?: Array<{
    /** Service content type id */
    type?: number;
    /** Parent type id; 0 for a first-level type */
    parent_type?: number;
    /** Name */
    name?: string;
    /** Remark */
    remark?: string;
  }>;
}

/** Params of `icp.querySubjectTypes`: Get the subject types (单位性质) for ICP filing (获取单位性质 queryIcpSubjectTypes) */
export type OpenIcpQuerySubjectTypesParams = Record<string, never>;

/** Result of `icp.querySubjectTypes`: Get the subject types (单位性质) for ICP filing (获取单位性质 queryIcpSubjectTypes) */
export interface OpenIcpQuerySubjectTypesResult {
  /** Subject types (updated from time to time: do not hard-code) */
  items?: Array<{
    /** Subject type id */
    type?: number;
    /** Name */
    name?: string;
    /** Remark */
    remark?: string;
  }>;
}

/** Params of `icp.queryVerifyTask`: Query the state of a face verification task (查询人脸核身任务状态 queryIcpVerifyTask) */
export interface OpenIcpQueryVerifyTaskParams {
  /** Face verification task id (from icp.createVerifyTask) */
  task_id: string;
}

/** Result of `icp.queryVerifyTask`: Query the state of a face verification task (查询人脸核身任务状态 queryIcpVerifyTask) */
export interface OpenIcpQueryVerifyTaskResult {
  /** Whether the task is finished; face_status is final only when true */
  is_finish?: boolean;
  /** Task state: 0 not started, 1 waiting, 2 failed, 3 succeeded */
  face_status?: 0 | 1 | 2 | 3;
  /** Only when started with along_with_auth true: 9 = the verification SMS check passed */
  along_with_auth_result?: number;
}

/** Params of `icp.uploadMedia`: Upload an image or video for the ICP filing (上传小程序备案媒体材料 uploadIcpMedia) */
export interface OpenIcpUploadMediaParams {
  /** Media type: image or video */
  type: "image" | "video";
  /** Certificate type (see icp.queryCertificateTypes); required when the media is a certificate */
  certificate_type?: number;
  /** Filing field the media is for (see applyIcpFiling), e.g. icp_subject.principal_info.certificate_photo_front; for several fields, name one */
  icp_order_field: string;
  /** The image or video (binary form-data part) */
  media: WechatUpload;
}

/** Result of `icp.uploadMedia`: Upload an image or video for the ICP filing (上传小程序备案媒体材料 uploadIcpMedia) */
export interface OpenIcpUploadMediaResult {
  /** Media type: image or video */
  type?: string;
  /** Media id, to use in the filing application */
  media_id?: string;
  /** Creation time (Unix seconds) */
  created_at?: number;
}
