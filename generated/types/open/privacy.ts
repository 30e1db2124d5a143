// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `privacy.applyInterface`: Apply for a privacy API (e.g. a location API) of the Mini Program (申请隐私接口 applyPrivacyInterface) */
export interface OpenPrivacyApplyInterfaceParams {
  /** English name of the API, case-sensitive, e.g. wx.choosePoi */
  api_name: string;
  /**
   * Reason for the application, at most 300 characters, UTF-8
   * (length ≤ 300)
   */
  content: string;
  /** Supporting web pages (e.g. the official site); one of url_list, pic_list, video_list is needed for location APIs */
  url_list?: Array<string>;
  /**
   * Supporting image URLs, at most 10
   * (items ≤ 10)
   */
  pic_list?: Array<string>;
  /** Supporting video URLs (mp4 only), at most 1 */
  video_list?: Array<string>;
}

/** Result of `privacy.applyInterface`: Apply for a privacy API (e.g. a location API) of the Mini Program (申请隐私接口 applyPrivacyInterface) */
export interface OpenPrivacyApplyInterfaceResult {
  /** Review id (the result is pushed as wxa_privacy_apply) */
  audit_id?: number;
}

/** Params of `privacy.applySetOrderPathInfo`: Apply to set the order page path of several authorized Mini Programs (申请设置订单页path信息 applySetOrderPathInfo) */
export interface OpenPrivacyApplySetOrderPathInfoParams {
  /** The batch application */
  batch_req: {
    /** Order page path applied for */
    path: string;
    /** Image URLs (shown in the version under review) */
    img_list?: Array<string>;
    /** Video URL (shown in the version under review) */
    video?: string;
    /** Test account (shown in the version under review) */
    test_account?: string;
    /** Test password (shown in the version under review) */
    test_pwd?: string;
    /** Test remark (shown in the version under review) */
    test_remark?: string;
    /** AppIDs of the Mini Programs applied for, at most 100 per call (items ≤ 100) */
    appid_list: Array<string>;
  };
}

/** Result of `privacy.applySetOrderPathInfo`: Apply to set the order page path of several authorized Mini Programs (申请设置订单页path信息 applySetOrderPathInfo) */
export type OpenPrivacyApplySetOrderPathInfoResult = Record<string, unknown>;
/** Params of `privacy.getInterface`: Get the privacy APIs that need an application, with their state (获取隐私接口列表 getPrivacyInterface) */
export type OpenPrivacyGetInterfaceParams = Record<string, never>;

/** Result of `privacy.getInterface`: Get the privacy APIs that need an application, with their state (获取隐私接口列表 getPrivacyInterface) */
export interface OpenPrivacyGetInterfaceResult {
  /** Privacy APIs */
  interface_list?: Array<{
    /** English name of the API */
    api_name?: string;
    /** Chinese name of the API */
    api_ch_name?: string;
    /** Description of the API */
    api_desc?: string;
    /** Application time (only after an application) */
    apply_time?: number;
    /** 1 to apply for, 2 no permission, 3 applying, 4 application failed, 5 enabled */
    status?: 1 | 2 | 3 | 4 | 5;
    /** Application id (only after an application) */
    audit_id?: number;
    /** Why the application was rejected or there is no permission */
    fail_reason?: string;
    /** Link to the API documentation */
    api_link?: string;
    /** Group name */
    group_name?: string;
  }>;
}

/** Params of `privacy.getOrderPathInfo`: Get the Mini Program's order page path information (获取订单页path信息 getOrderPathInfo) */
export interface OpenPrivacyGetOrderPathInfoParams {
  /** 0 the live version, 1 the version under review */
  info_type: 0 | 1;
}

/** Result of `privacy.getOrderPathInfo`: Get the Mini Program's order page path information (获取订单页path信息 getOrderPathInfo) */
export interface OpenPrivacyGetOrderPathInfoResult {
  /** Order page path information */
  msg?: {
    /** Order page path */
    path?: string;
    /** Image URLs of the application (version under review) */
    img_list?: Array<string>;
    /** Video URL of the application (version under review) */
    video?: string;
    /** Test account of the application (version under review) */
    test_account?: string;
    /** Test password of the application (version under review) */
    test_pwd?: string;
    /** Test remark of the application (version under review) */
    test_remark?: string;
    /** State: 2 under review, 3 rejected, 4 approved */
    status?: 2 | 3 | 4;
    /** Application time (Unix seconds) */
    apply_time?: number;
    /** In the official sample only, not in the table */
    come_from?: number;
  };
}

/** Params of `privacy.getSetting`: Get the Mini Program's user privacy guidelines (查询小程序用户隐私保护指引 getPrivacySetting) */
export interface OpenPrivacyGetSettingParams {
  /**
   * Which version to read: 1 the live version, 2 the development version (default). Send {} when left out
   * @default 2
   */
  privacy_ver?: 1 | 2;
}

/** Result of `privacy.getSetting`: Get the Mini Program's user privacy guidelines (查询小程序用户隐私保护指引 getPrivacySetting) */
export interface OpenPrivacyGetSettingResult {
  /** Whether code exists (0 when no code was uploaded with commit lately) */
  code_exist?: 0 | 1;
  /** User information types (privacy_key) detected in the code */
  privacy_list?: Array<string>;
  /** User information to collect, as configured */
  setting_list?: Array<{
    /** User information type (official value or a custom one) */
    privacy_key?: string;
    /** Purpose of the collection (empty: not configured yet) */
    privacy_text?: string;
    /** Chinese name of the information type (older page only) */
    privacy_label?: string;
  }>;
  /** Update time (Unix seconds) */
  update_time?: number;
  /** The collector's (developer's) information */
  owner_setting?: {
    /** Collector's phone number */
    contact_phone?: string;
    /** Collector's email address */
    contact_email?: string;
    /** Collector's QQ number */
    contact_qq?: string;
    /** Collector's WeChat ID */
    contact_weixin?: string;
    /** How users are told when the collection changes */
    notice_method?: string;
    /** How long the information is kept */
    store_expire_timestamp?: string;
    /** media_id of a custom privacy guidelines file */
    ext_file_media_id?: string;
  };
  /** Chinese and English descriptions of the user information types */
  privacy_desc?: {
    /** User information types */
    privacy_desc_list?: Array<{
      /** Chinese description of the type */
      privacy_desc?: string;
      /** English key of the type */
      privacy_key?: string;
    }>;
  };
  /** Third-party SDKs used in the Mini Program and what they collect (item table not readable in the stored page) */
  sdk_privacy_info_list?: Array<unknown>;
}

/** Params of `privacy.setSetting`: Configure the Mini Program's user privacy guidelines (配置小程序用户隐私保护指引 setPrivacySetting) */
export interface OpenPrivacySetSettingParams {
  /**
   * Version to set: 1 the live version (only owner_setting except ext_file_media_id; errcode 86074 if there is none yet), 2 the development version (default)
   * @default 2
   */
  privacy_ver?: 1 | 2;
  /** User information to collect; required when privacy_ver is 2 or left out, not allowed with privacy_ver 1 */
  setting_list?: Array<{
    /** User information type (official value or a custom one; also for SDK-collected information) */
    privacy_key: string;
    /** Purpose of the collection, shown as 为了xxx (do not start with 为了 or 用于) */
    privacy_text: string;
  }>;
  /** The collector's (developer's) information; at least one of the 4 contact fields */
  owner_setting: {
    /** Collector's email address */
    contact_email?: string;
    /** Collector's phone number */
    contact_phone?: string;
    /** Collector's QQ number */
    contact_qq?: string;
    /** Collector's WeChat ID */
    contact_weixin?: string;
    /** media_id of a custom privacy guidelines file (from privacy.uploadExtFile) */
    ext_file_media_id?: string;
    /** How users are told when the collection changes (pop-up, announcement or other) */
    notice_method: string;
    /** How long the information is kept */
    store_expire_timestamp?: string;
  };
  /** Third-party SDKs used in the Mini Program and what they collect (item table not readable in the stored page) */
  sdk_privacy_info_list?: Array<unknown>;
}

/** Result of `privacy.setSetting`: Configure the Mini Program's user privacy guidelines (配置小程序用户隐私保护指引 setPrivacySetting) */
export type OpenPrivacySetSettingResult = Record<string, unknown>;

/** Params of `privacy.uploadExtFile`: Upload a custom user privacy guidelines file (上传小程序用户隐私保护指引 uploadPrivacySetting) */
export interface OpenPrivacyUploadExtFileParams {
  /** The guidelines as a .txt file, at most 100 KB (errcode 40126 above) */
  file: WechatUpload;
}

/** Result of `privacy.uploadExtFile`: Upload a custom user privacy guidelines file (上传小程序用户隐私保护指引 uploadPrivacySetting) */
export interface OpenPrivacyUploadExtFileResult {
  /** The file's media_id (for owner_setting.ext_file_media_id) */
  ext_file_media_id?: string;
}
