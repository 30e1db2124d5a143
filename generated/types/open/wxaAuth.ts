// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';
/** Params of `wxaAuth.getIdentityTree`: Get the identity options for a personal Mini Program's verification (查询个人认证身份选项列表 secwxaapi_authidentitytree) */
export type OpenWxaAuthGetIdentityTreeParams = Record<string, never>;

/** Result of `wxaAuth.getIdentityTree`: Get the identity options for a personal Mini Program's verification (查询个人认证身份选项列表 secwxaapi_authidentitytree) */
export interface OpenWxaAuthGetIdentityTreeResult {
  /** Identity (career) tree (职业树); a leaf's name is what wxaAuth.submit takes as auth_identification */
  identity_tree_list?: Array<S.WxaAuthIdentityNode>;
}

/** Params of `wxaAuth.queryTask`: Query the progress of a Mini Program verification task (小程序认证进度查询 secwxaapi_queryauth) */
export interface OpenWxaAuthQueryTaskParams {
  /** Verification task id (认证任务id, from wxaAuth.submit) */
  taskid: string;
}

/** Result of `wxaAuth.queryTask`: Query the progress of a Mini Program verification task (小程序认证进度查询 secwxaapi_queryauth) */
export interface OpenWxaAuthQueryTaskResult {
  /** Task state: 0 initial, 1 timed out (valid 24 h), 2 administrator refused, 3 administrator agreed, 4 face verification started, 5 face verification failed, 6 face verification ok, 7 SMS code sent after face verification, 8 phone check failed, 9 phone check ok, 11 creating the review order failed, 12 review order created, 14 verification failed, 15 waiting for payment */
  task_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 11 | 12 | 14 | 15;
  /** The Mini Program administrator's authorization link */
  auth_url?: string;
  /** Review order state, valid once the review order is created: 0 none, 1 waiting for payment, 2 under review, 3 sent back to be refilled, 4 verified, 5 finally failed (cannot be changed) */
  apply_status?: 0 | 1 | 2 | 3 | 4 | 5;
  /** Verification order number shown in the Mini Program's admin console */
  orderid?: string;
  /** The Mini Program's AppID */
  appid?: string;
  /** Why it was sent back (when apply_status is 3) */
  refill_reason?: string;
  /** Why it finally failed (when apply_status is 5) */
  fail_reason?: string;
}

/** Params of `wxaAuth.resubmit`: Resubmit the Mini Program verification after it was sent back (小程序认证重新提审 secwxaapi_reauth) */
export interface OpenWxaAuthResubmitParams {
  /** Verification data (认证数据) */
  auth_data: {
    /** Subject type: 1 company, 12 individual business (个体工商户), 15 individual (see getAccountBasicInfo) */
    customer_type?: 1 | 12 | 15;
    /** Verification task id (required when resubmitting) */
    taskid: string;
    /** Contact information (联系人信息) */
    contact_info: S.In.WxaAuthContactInfo;
    /** Invoice information; not needed when the platform pays (服务商代缴) */
    invoice_info?: S.In.WxaAuthInvoiceInfo;
    /** Required for non-individual subjects: media_id of the subject's qualification (one image; jpg, jpeg, bmp, gif, png) */
    qualification?: string;
    /** media_ids of other subject qualification proofs (at most 10 images) */
    qualification_other?: Array<string>;
    /** The Mini Program's account name */
    account_name: string;
    /** How the name is chosen: 1 from freely chosen words, 2 from a trademark (not closed: the official sample sends 0) */
    account_name_type: number;
    /** media_ids of supplementary materials when the name hits keywords (several images) */
    account_supplemental?: Array<string>;
    /** Payment: 1 from the platform's prepaid package (服务商预购包), 2 paid by the Mini Program's developer (not closed: the official sample sends 0) */
    pay_type: number;
    /** Individual subjects: the identity to verify, a leaf name from wxaAuth.getIdentityTree */
    auth_identification?: string;
    /** Required when auth_identification is set: media_ids of identity proofs (up to 10 images; jpg, jpeg, bmp, gif, png) */
    auth_ident_material?: Array<string>;
    /** The third-party platform's contact phone (第三方联系电话) */
    third_party_phone: string;
    /** Required when the platform pays: its service-market appid, of the same subject as the platform */
    service_appid?: string;
  };
}

/** Result of `wxaAuth.resubmit`: Resubmit the Mini Program verification after it was sent back (小程序认证重新提审 secwxaapi_reauth) */
export interface OpenWxaAuthResubmitResult {
  /** Verification task id (in the sample; not in any table read) */
  taskid?: string;
}

/** Params of `wxaAuth.submit`: Apply for the Mini Program's WeChat verification (小程序认证 secwxaapi_wxaauth) */
export interface OpenWxaAuthSubmitParams {
  /** Verification data (认证数据) */
  auth_data: {
    /** Subject type: 1 company, 12 individual business (个体工商户), 15 individual (see getAccountBasicInfo) */
    customer_type: 1 | 12 | 15;
    /** Verification task id; required only when resubmitting (wxaAuth.resubmit) */
    taskid?: string;
    /** Contact information (联系人信息) */
    contact_info: S.In.WxaAuthContactInfo;
    /** Invoice information; not needed when the platform pays (服务商代缴) */
    invoice_info?: S.In.WxaAuthInvoiceInfo;
    /** Required for non-individual subjects: media_id of the subject's qualification (one image; jpg, jpeg, bmp, gif, png) */
    qualification?: string;
    /** media_ids of other subject qualification proofs (at most 10 images) */
    qualification_other?: Array<string>;
    /** The Mini Program's account name */
    account_name: string;
    /** How the name is chosen: 1 from freely chosen words, 2 from a trademark (not closed: the official sample sends 0) */
    account_name_type: number;
    /** media_ids of supplementary materials when the name hits keywords (several images) */
    account_supplemental?: Array<string>;
    /** Payment: 1 from the platform's prepaid package (服务商预购包), 2 paid by the Mini Program's developer (not closed: the official sample sends 0) */
    pay_type: number;
    /** Individual subjects: the identity to verify, a leaf name from wxaAuth.getIdentityTree */
    auth_identification?: string;
    /** Required when auth_identification is set: media_ids of identity proofs (up to 10 images; jpg, jpeg, bmp, gif, png) */
    auth_ident_material?: Array<string>;
    /** The third-party platform's contact phone (第三方联系电话) */
    third_party_phone: string;
    /** Required when the platform pays: its service-market appid, of the same subject as the platform */
    service_appid?: string;
  };
}

/** Result of `wxaAuth.submit`: Apply for the Mini Program's WeChat verification (小程序认证 secwxaapi_wxaauth) */
export interface OpenWxaAuthSubmitResult {
  /** Verification task id, for wxaAuth.queryTask */
  taskid?: string;
  /** The Mini Program administrator's authorization link (from the SDK quotes; not in the sample) */
  auth_url?: string;
}

/** Params of `wxaAuth.uploadMaterial`: Upload a supplementary material image for the Mini Program verification (小程序认证上传补充材料 secwxaapi_uploadauthmaterial) */
export interface OpenWxaAuthUploadMaterialParams {
  /** Image: at most 2 MB, PNG/JPEG/JPG/GIF */
  media: WechatUpload;
}

/** Result of `wxaAuth.uploadMaterial`: Upload a supplementary material image for the Mini Program verification (小程序认证上传补充材料 secwxaapi_uploadauthmaterial) */
export interface OpenWxaAuthUploadMaterialResult {
  /** Type */
  type?: string;
  /** Media id, to use as a material media_id in wxaAuth.submit */
  mediaid?: string;
}
