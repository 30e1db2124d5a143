// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `intp.activateCode`: Activate a range of QR codes for a marketing campaign (激活二维码接口) */
export interface IntpActivateCodeParams {
  /** Application id */
  application_id: string | number;
  /** Activity name (used to tell activities apart in data analysis) */
  activity_name: string;
  /** Product brand (used to tell brands apart in data analysis) */
  product_brand: string;
  /** Product title (used to tell products apart in data analysis) */
  product_title: string;
  /** EAN product barcode */
  product_code: string;
  /** AppID of the Mini Program the scan opens */
  wxa_appid: string;
  /** Path in the Mini Program the scan opens */
  wxa_path: string;
  /**
   * Mini Program version: 0 release (default), 1 develop, 2 trial
   * @default 0
   */
  wxa_type?: 0 | 1 | 2;
  /** First code of the range, e.g. 0 (inclusive) */
  code_start: number;
  /** Last code of the range, e.g. 9999 (inclusive) */
  code_end: number;
}

/** Result of `intp.activateCode`: Activate a range of QR codes for a marketing campaign (激活二维码接口) */
export type IntpActivateCodeResult = Record<string, unknown>;

/** Params of `intp.applyCode`: Apply for a batch of marketing QR codes (申请二维码接口) */
export interface IntpApplyCodeParams {
  /**
   * Number of codes to apply for: 10000 to 20000000, a multiple of 10000
   * (value 10000–20000000)
   */
  code_count: number;
  /** External order number; the same isv_application_id is the same application */
  isv_application_id: string;
}

/** Result of `intp.applyCode`: Apply for a batch of marketing QR codes (申请二维码接口) */
export interface IntpApplyCodeResult {
  /** Application (order) id (Uint64 on the older page) */
  application_id: string;
}

/** Params of `intp.downloadCodePackage`: Download an encrypted package of generated QR codes (下载二维码包接口) */
export interface IntpDownloadCodePackageParams {
  /** Application id */
  application_id: string | number;
  /** Start position (from intp.queryCodeApplication) */
  code_start: number;
  /** End position (from intp.queryCodeApplication) */
  code_end: number;
}

/** Result of `intp.downloadCodePackage`: Download an encrypted package of generated QR codes (下载二维码包接口) */
export interface IntpDownloadCodePackageResult {
  /** File buffer: base64-decode, then decrypt (see the page's section 3.1) */
  buffer?: string;
}

/** Params of `intp.getRealNameAuthUrl`: Get the link where a user authorizes sharing real-name info (获取用户实名信息-获取授权链接) */
export interface IntpGetRealNameAuthUrlParams {
  /** URL the user is sent back to after authorizing */
  redirect_url?: string;
}

/** Result of `intp.getRealNameAuthUrl`: Get the link where a user authorizes sharing real-name info (获取用户实名信息-获取授权链接) */
export interface IntpGetRealNameAuthUrlResult {
  /** Authorization link */
  auth_url?: string;
  /** Validity of the link, in seconds */
  expires_in?: number;
  /** AppID of the authorizing Mini Program */
  appid?: string;
}

/** Params of `intp.queryCodeActivation`: Query a QR code's activation status and activity info (查询二维码激活状态接口) */
export interface IntpQueryCodeActivationParams {
  /** Application id (query by application_id + code_index) */
  application_id?: string | number;
  /** Offset of the code in the batch; required when application_id is given */
  code_index?: number;
  /** 28-character code URL; give code or code_url */
  code_url?: string;
  /** 9-character raw code; give code or code_url */
  code?: string;
}

/** Result of `intp.queryCodeActivation`: Query a QR code's activation status and activity info (查询二维码激活状态接口) */
export interface IntpQueryCodeActivationResult {
  /** The raw code */
  code?: string;
  /** Application id */
  application_id?: string;
  /** External order number */
  isv_application_id?: string;
  /** Activity name */
  activity_name?: string;
  /** Product brand */
  product_brand?: string;
  /** Product title */
  product_title?: string;
  /** Mini Program AppID */
  wxa_appid?: string;
  /** Mini Program path */
  wxa_path?: string;
  /** Mini Program version */
  wxa_type?: number;
  /** First code of the activated range (inclusive) */
  code_start?: number;
  /** Last code of the activated range (inclusive) */
  code_end?: number;
}

/** Params of `intp.queryCodeApplication`: Query a QR code application and its generated code ranges (查询二维码申请单接口) */
export interface IntpQueryCodeApplicationParams {
  /** Application id (give this or isv_application_id) */
  application_id?: string | number;
  /** External order number (give this or application_id) */
  isv_application_id?: string;
}

/** Result of `intp.queryCodeApplication`: Query a QR code application and its generated code ranges (查询二维码申请单接口) */
export interface IntpQueryCodeApplicationResult {
  /** Application status (FINISH when the codes can be downloaded) */
  status?: string;
  /** Application id */
  application_id?: string;
  /** External order number */
  isv_application_id?: string;
  /** Generated code ranges */
  code_generate_list?: Array<{
    /** Start position */
    code_start?: number;
    /** End position */
    code_end?: number;
  }>;
  /** Creation time */
  create_time?: number;
  /** Update time */
  update_time?: number;
}

/** Params of `intp.ticketToCode`: Exchange the code_ticket from a scan for the raw code and its activation info (CODE_TICKET换CODE接口) */
export interface IntpTicketToCodeParams {
  /** The user's openid */
  openid: string;
  /** The code_ticket parameter carried by the jump after the scan */
  code_ticket: string;
}

/** Result of `intp.ticketToCode`: Exchange the code_ticket from a scan for the raw code and its activation info (CODE_TICKET换CODE接口) */
export interface IntpTicketToCodeResult {
  /** The raw code */
  code?: string;
  /** Application id */
  application_id?: string;
  /** External order number */
  isv_application_id?: string;
  /** Activity name */
  activity_name?: string;
  /** Product brand */
  product_brand?: string;
  /** Product title */
  product_title?: string;
  /** EAN product barcode (in the official example, not the table) */
  product_code?: string;
  /** Mini Program AppID */
  wxa_appid?: string;
  /** Mini Program path */
  wxa_path?: string;
  /** First code of the activated range (inclusive) */
  code_start?: number;
  /** Last code of the activated range (inclusive) */
  code_end?: number;
}
